/**
 * `npm run store:images`: the store listings' pictures, shot in headless Chromium from the built
 * extension (`dist/chrome`; this builds nothing) on the demo pages, with the demo's sample market
 * served by the local stand-in for the quote providers (the card and the popup say "Sample data").
 * Once a UI language, Chromium speaking it (`--lang`): `store/images/<locale>/` gets four 1280×800
 * screenshots (a Chinese post with the card open, an English story with its highlights, the popup
 * over an article, the options page) and the 440×280 promotional tile. Then the listings are
 * checked against what was written (`checkListings`: each listed picture exists at its size).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { launchChromium } from '../../e2e/harness/chromium.ts';
import { startFixtureServer } from '../../e2e/harness/fixture-server.ts';
import { startQuoteServerForBrowsers } from '../../e2e/harness/quote-server.ts';
import { seedDemoMarket } from '../demo-samples.ts';
import { checkListings } from './check-listing.ts';
import { shootLocale } from './image-shots.ts';
import { loadListings, loadManifest, ROOT } from './listing.ts';

/** Each listing's locale and the UI language Chromium is started in for it. */
const UI_LANGUAGES: Record<string, string> = { en: 'en-US', zh_CN: 'zh-CN' };

const shown = (path: string) => relative(process.cwd(), path);
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** What must be there before a browser starts: the build, and a font that has Chinese characters. */
function preflight(): string[] {
  const problems: string[] = [];
  if (!existsSync(join(ROOT, 'dist', 'chrome', 'manifest.json'))) {
    problems.push('dist/chrome has no build: run `npm run build:chrome` (or `npm run build`) first.');
  }
  try {
    if (execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() === '') {
      problems.push('no font with Chinese characters: they would show as boxes (apt-get install fonts-noto-cjk).');
    }
  } catch {
    console.warn('(fc-list is not here: cannot tell whether a Chinese font is installed)');
  }
  return problems;
}

/** The pictures in `dir` no listing names. */
function unlisted(dir: string, listed: Set<string>): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .map((f) => relative(join(ROOT, 'store'), join(dir, f)))
    .filter((p) => !listed.has(p));
}

const problems = preflight();
if (problems.length > 0) {
  for (const p of problems) console.error(`store:images: ${p}`);
  process.exit(1);
}

const listings = loadListings();
const server = await startFixtureServer();
const quotes = await startQuoteServerForBrowsers();
seedDemoMarket(quotes);
const tmp = mkdtempSync(join(tmpdir(), 'finlens-store-'));
const written: string[] = [];
try {
  for (const [locale, lang] of Object.entries(UI_LANGUAGES)) {
    const listing = listings[locale];
    if (!listing) throw new Error(`no store/${locale}/listing.json`);
    const outDir = join(ROOT, 'store', 'images', locale);
    mkdirSync(outDir, { recursive: true });
    // Pictures of an earlier run would pass for this one's.
    for (const file of readdirSync(outDir)) if (file.endsWith('.png')) rmSync(join(outDir, file));
    console.log(`\n${locale}: Chromium in ${lang}`);
    const browser = await launchChromium({ lang, quotes });
    try {
      await browser.setSettings({ sampleData: true });
      for (const shot of await shootLocale({ browser, server, quotes, locale, listing, outDir, tmp })) {
        console.log(`  ${shown(shot.path)}  ${kb(statSync(shot.path).size)}\n    ${shot.shows}`);
        written.push(shot.path);
      }
    } finally {
      await browser.close().catch(() => {});
    }
  }
} catch (e) {
  console.error(`\nstore:images: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
} finally {
  await quotes.close();
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
}

if (process.exitCode !== 1) {
  const fresh = loadListings();
  const listed = new Set(Object.values(fresh).flatMap((l) => [...(l.images?.screenshots ?? []), l.images?.promoTile]));
  const found = [
    ...checkListings(fresh, loadManifest()),
    ...Object.keys(UI_LANGUAGES).flatMap((locale) =>
      unlisted(join(ROOT, 'store', 'images', locale), listed as Set<string>).map((p) => `${p} is in no listing`),
    ),
  ];
  const total = written.reduce((sum, path) => sum + statSync(path).size, 0);
  console.log(`\n${written.length} pictures, ${kb(total)} in all.`);
  for (const p of found) console.error(`store:images: ${p}`);
  if (found.length > 0) process.exitCode = 1;
  else console.log('The listings name every picture, each at a size the stores take.');
}
