import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import { FULL_STAGE_FILE } from './extension/content/full-stage-file.ts';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { aboutModule } from './scripts/about/about-module.ts';
import { injectedScript } from './scripts/injected-script.ts';
import { noHtmlSinks } from './scripts/no-html-sinks.ts';

type Browser = 'chrome' | 'firefox';

/**
 * Each browser's copy of the one manifest: Chrome runs the background as a service worker and has
 * no use for `browser_specific_settings`; Firefox runs it as an event page from `background.scripts`.
 * Both carry package.json's version: the one place a release sets it.
 */
export function manifestFor(browser: Browser): ManifestV3Export {
  const { background, browser_specific_settings, ...rest } = structuredClone(manifest);
  const common = { ...rest, version: pkg.version };
  const derived =
    browser === 'chrome'
      ? { ...common, background: { service_worker: background.service_worker, type: background.type } }
      : { ...common, browser_specific_settings, background: { scripts: background.scripts, type: background.type } };
  // The JSON import widens literal unions (e.g. gecko's data_collection_permissions) to string.
  return derived as ManifestV3Export;
}

const browser: Browser = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  build: {
    outDir: `dist/${browser}`,
    emptyOutDir: true,
    target: browser === 'chrome' ? 'chrome120' : 'firefox128',
    // Readable builds: store reviewers read them, and stack traces stay useful.
    minify: false,
    sourcemap: false,
    // Pages the manifest does not name: the first-run page (opened by background/first-run.ts).
    rollupOptions: { input: { firstRun: 'extension/first-run/index.html' } },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [
    crx({ manifest: manifestFor(browser), browser }),
    aboutModule(import.meta.dirname),
    injectedScript('extension/content/full-stage.iife.ts', FULL_STAGE_FILE),
    noHtmlSinks(),
  ],
});
