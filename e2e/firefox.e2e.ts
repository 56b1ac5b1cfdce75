import { describe } from 'vitest';
import { describeExtension } from './harness/extension-suite.ts';
import { launchFirefox } from './harness/firefox.ts';
import { describeProviderPermission } from './harness/permission-suite.ts';

describe('Firefox ESR with the built extension', () => {
  describeExtension(launchFirefox, {
    // Firefox alone lets a reader withhold an add-on's host permissions.
    extra: (ctx) => describeProviderPermission(ctx),
  });
});
