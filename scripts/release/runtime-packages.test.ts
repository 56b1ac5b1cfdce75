import { describe, expect, it } from 'vitest';
import { formatPackages, runtimePackages } from './runtime-packages.ts';

const lock = {
  lockfileVersion: 3,
  packages: {
    '': { name: 'x' },
    'node_modules/preact': { version: '10.29.8', license: 'MIT' },
    'node_modules/webextension-polyfill': { version: '0.12.0', license: 'MPL-2.0' },
    'node_modules/vite': { version: '8.3.8', license: 'MIT', dev: true },
  },
};

describe('runtimePackages', () => {
  it('lists the dependencies, not the devDependencies, with what the lockfile resolved', () => {
    const pkg = {
      dependencies: { 'webextension-polyfill': '0.12.0', preact: '^10.0.0' },
      devDependencies: { vite: '8' },
    };
    expect(runtimePackages(pkg, lock)).toEqual([
      { name: 'preact', wanted: '^10.0.0', version: '10.29.8', license: 'MIT' },
      { name: 'webextension-polyfill', wanted: '0.12.0', version: '0.12.0', license: 'MPL-2.0' },
    ]);
  });

  it('says when the lockfile lacks a package, and survives malformed input', () => {
    const list = runtimePackages({ dependencies: { leftpad: '1.0.0' } }, lock);
    expect(list).toEqual([{ name: 'leftpad', wanted: '1.0.0', version: undefined, license: undefined }]);
    expect(formatPackages(list)[0]).toContain('NOT IN LOCKFILE (wants 1.0.0)');
    expect(runtimePackages(null, 'junk')).toEqual([]);
    expect(formatPackages([])).toEqual(['  (none)']);
  });
});
