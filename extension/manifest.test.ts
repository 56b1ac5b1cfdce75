import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDER_HOSTS } from '../src/quotes/provider-names.ts';

describe('manifest', () => {
  it('asks for the quote providers’ hosts and the pages the content script reads, and no other host', () => {
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'manifest.json'), 'utf8'));
    const hosts = Object.values(PROVIDER_HOSTS)
      .flat()
      .map((h) => `https://${h}/*`);
    // The pages: the first stage runs on them, and the background injects the full script into them.
    const pages = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect(pages.sort()).toEqual(['http://*/*', 'https://*/*']);
    expect([...manifest.host_permissions].sort()).toEqual([...hosts, ...pages].sort());
  });
});

describe('the built manifests', () => {
  it("carry package.json's version, in both browsers", async () => {
    const { manifestFor } = await import('../vite.config.ts');
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8'));
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    expect((manifestFor('chrome') as { version: string }).version).toBe(pkg.version);
    expect((manifestFor('firefox') as { version: string }).version).toBe(pkg.version);
  });
});

describe('what the extension may run', () => {
  it("keeps the extension pages' default policy: no eval, no script from anywhere but the extension", async () => {
    const { manifestFor } = await import('../vite.config.ts');
    for (const browser of ['chrome', 'firefox'] as const) {
      const built = manifestFor(browser) as { content_security_policy?: Record<string, string> };
      // MV3's default for extension pages is "script-src 'self'; object-src 'self'"; any policy
      // the manifest sets must be no looser.
      for (const policy of Object.values(built.content_security_policy ?? {})) {
        expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
      }
    }
  });
});
