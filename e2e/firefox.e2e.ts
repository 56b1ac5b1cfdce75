import { describe } from 'vitest';
import { describeExtension } from './harness/extension-suite.ts';
import { launchFirefox } from './harness/firefox.ts';

describe('Firefox ESR with the built extension', () => {
  describeExtension(launchFirefox);
});
