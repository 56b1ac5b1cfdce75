/**
 * `npm start`: serves the demo pages (`e2e/fixtures/`) and shows FinLens at work in Chromium with
 * the built extension. Offline by default: the e2e stand-in answers for the quote providers with
 * the demo's sample prices and daily bars (`demo-samples.ts`), and the extension is told they are
 * sample data (the `sampleData` setting: the card and the popup say so). `--live` asks the real
 * providers instead. With a display it opens a real window (close it or press Ctrl+C to stop);
 * without one (or with `--headless`) it writes screenshots to demo-screenshots/ and prints what
 * each shows. Page names after the options (`npm start -- --headless holdup-post`) show only those.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../e2e/harness/chromium.ts';
import { tabIdOf } from '../e2e/harness/chromium-extension.ts';
import { startFixtureServer } from '../e2e/harness/fixture-server.ts';
import { loadFixtures } from '../e2e/harness/fixtures.ts';
import { ROOT } from '../e2e/harness/paths.ts';
import { startQuoteServerForBrowsers } from '../e2e/harness/quote-server.ts';
import { settledState, shootPage, shown } from './demo-page.ts';
import { seedDemoMarket, seedExtra } from './demo-samples.ts';
import { shootOptions } from './demo-shots.ts';

const live = process.argv.includes('--live');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.argv.includes('--headless');
const outDir = join(ROOT, 'demo-screenshots');
/** The article made for "did the article hold up?" first, then every fixture with what it must show. */
const ALL_PAGES = ['holdup-post', ...loadFixtures().map((f) => f.slug)];
/** Pages named on the command line (`npm start -- holdup-post`), else all. */
const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const unknown = named.filter((slug) => !ALL_PAGES.includes(slug));
if (unknown.length > 0) {
  console.error(`No demo page ${unknown.join(', ')}; the pages are: ${ALL_PAGES.join(', ')}`);
  process.exit(2);
}
const PAGES = named.length > 0 ? named : ALL_PAGES;

const server = await startFixtureServer(Number(process.env.PORT ?? 0));
const quotes = live ? undefined : await startQuoteServerForBrowsers();
if (quotes) seedDemoMarket(quotes);
const browser = await launchChromium({ headed, lang: process.env.FINLENS_LANG, quotes });
if (quotes) await browser.setSettings({ sampleData: true });
console.log(
  quotes
    ? `Quotes: the local stand-in on port ${quotes.port} (sample prices and daily bars; the card says "Sample data").`
    : 'Quotes: the real providers (--live).',
);

try {
  if (!headed) {
    mkdirSync(outDir, { recursive: true });
    // Screenshots of an earlier run would pass for this one's.
    for (const file of readdirSync(outDir)) if (file.endsWith('.png')) rmSync(join(outDir, file));
  }
  for (const slug of PAGES) {
    const page = await browser.newPage();
    await page.goto(server.url(slug));
    const tabId = await tabIdOf(browser, page);
    const state = await settledState(browser, tabId);
    const securities = state.ok ? state.value.securities.map((s) => s.id) : [];
    console.log(`\n${slug}  ${server.url(slug)}`);
    console.log(`  securities: ${state.ok ? securities.join(', ') || '(none)' : `error: ${state.error}`}`);
    // A security the sample set lacks (a fixture added since) gets bars too, before any card asks.
    const extra = quotes ? securities.filter((id) => seedExtra(quotes, id)) : [];
    if (extra.length > 0) console.log(`  (made-up bars added for ${extra.join(', ')})`);
    if (headed) continue;
    await shootPage(browser, page, tabId, slug, state.ok && state.value.page.isArticle, outDir);
    await page.close();
  }
  if (headed) {
    console.log('\nFinLens is loaded in the Chromium window: hover or Tab to a highlight; click the toolbar icon.');
    console.log('Close the window or press Ctrl+C to stop.');
    await new Promise<void>((resolve) => {
      browser.context.on('close', () => resolve());
      process.once('SIGINT', () => resolve());
    });
  } else {
    console.log(`\noptions page\n  screenshot: ${shown(await shootOptions(browser, join(outDir, 'options.png')))}`);
    console.log(`\nNo display: the screenshots are in ${shown(outDir)}/`);
  }
} finally {
  await browser.close().catch(() => {});
  await quotes?.close();
  await server.close();
}
