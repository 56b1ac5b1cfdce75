/** Where the e2e tests find the built extension, the fixtures and the browsers. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES_DIR = join(ROOT, 'e2e/fixtures');
export const RESULTS_DIR = join(ROOT, 'test-results');

/** The built extension for a browser; a clear error when the build is missing. */
export function builtExtension(browser: 'chrome' | 'firefox'): string {
  const dir = join(ROOT, 'dist', browser);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${dir} has no build: run \`npm run build\` before the e2e tests.`);
  }
  return dir;
}

/** A browser executable: the env override, else Debian's path. */
export function browserExecutable(browser: 'chromium' | 'firefox'): string {
  const path =
    browser === 'chromium'
      ? (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')
      : (process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr');
  if (!existsSync(path)) {
    throw new Error(
      `${path} not found: install it (apt-get install -y chromium firefox-esr) or set ${browser.toUpperCase()}_PATH.`,
    );
  }
  return path;
}

/**
 * Where a suite shared by both browsers writes a screenshot: Chromium's under the names the README
 * and the store images use (`popup.png`), Firefox's beside them (`popup-firefox.png`).
 */
export function screenshotPath(browser: 'chromium' | 'firefox', name: string): string {
  return join(RESULTS_DIR, browser === 'chromium' ? `${name}.png` : `${name}-${browser}.png`);
}
