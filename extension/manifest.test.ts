import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDER_HOSTS } from '../src/quotes/provider-names.ts';

describe('manifest', () => {
  it('asks for the quote providers’ hosts, and no other host', () => {
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'manifest.json'), 'utf8'));
    const hosts = Object.values(PROVIDER_HOSTS)
      .flat()
      .map((h) => `https://${h}/*`);
    expect([...manifest.host_permissions].sort()).toEqual(hosts.sort());
  });
});
