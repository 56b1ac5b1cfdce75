/**
 * One UI language's store pictures, shot from the built extension at work on the demo pages (the
 * demo's machinery: its pages, its sample market, its card and popup shots). Each shot first makes
 * sure it shows what its name says (highlights in view, the card with its price, since row and
 * "Sample data" label, the popup with prices), and throws rather than write a picture that does not.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ChromiumExtension } from '../../e2e/harness/chromium.ts';
import { tabIdOf } from '../../e2e/harness/chromium-extension.ts';
import type { FixtureServer } from '../../e2e/harness/fixture-server.ts';
import type { QuoteServer } from '../../e2e/harness/quote-server.ts';
import type { PageState } from '../../extension/messages.ts';
import { cardLine, settledState } from '../demo-page.ts';
import { seedExtra } from '../demo-samples.ts';
import { closeCard, shootOptions, shootPopup, showCard, verdictsOf } from '../demo-shots.ts';
import { popupOverPage, promoTile } from './compose.ts';
import { type Listing, ROOT } from './listing.ts';

/** The stores' screenshot size. */
const VIEW = { width: 1280, height: 800 };

/** The demo pages shown: a Xueqiu post in Chinese, a news story in English. */
const ZH_ARTICLE = 'xueqiu-post';
const EN_ARTICLE = 'english-news';
/** The security whose card is open over the Chinese post (Kweichow Moutai), and how far down the view its mark is put. */
const CARD_SECURITY = 'SH:600519';
const CARD_MARK_TOP = 320;
/** The page the popup speaks for, in the listing's language: an article whose price claims are checked. */
const POPUP_PAGE: Record<string, string> = { en: 'english-news', zh_CN: 'holdup-post' };

/** What one locale's shots need. */
export interface ShotContext {
  browser: ChromiumExtension;
  server: FixtureServer;
  quotes: QuoteServer;
  locale: string;
  listing: Listing;
  /** Where the pictures go: `store/images/<locale>/`. */
  outDir: string;
  /** A scratch folder for the popup's own screenshot. */
  tmp: string;
}

/** A picture written, and what it shows. */
export interface Shot {
  path: string;
  shows: string;
}

/** A demo page open at the store's size, its findings settled, its highlights in view. */
interface DemoPage {
  raw: Page;
  tabId: number;
  state: PageState;
}

/** The marks of securities inside the view. Runs in the page. */
function marksInView(): number {
  return [...document.querySelectorAll('finlens-mark')].filter((m) => {
    const r = m.getBoundingClientRect();
    return r.width > 0 && r.top >= 0 && r.bottom <= innerHeight;
  }).length;
}

/** Opens a demo page at 1280×800 and waits until its highlights, claims and verdicts are laid. */
async function openDemoPage(ctx: ShotContext, slug: string): Promise<DemoPage> {
  const page = await ctx.browser.newPage();
  const raw = ctx.browser.raw(page);
  await raw.setViewportSize(VIEW);
  await page.goto(ctx.server.url(slug));
  const tabId = await tabIdOf(ctx.browser, page);
  const settled = await settledState(ctx.browser, tabId);
  if (!settled.ok) throw new Error(`${slug}: the content script did not answer (${settled.error})`);
  const state = settled.value;
  // A security the sample set lacks gets bars too, before any card asks.
  for (const security of state.securities) seedExtra(ctx.quotes, security.id);
  if (!state.highlighted || !state.claimsHighlighted || state.claims.length === 0) {
    throw new Error(`${slug}: securities or claims are not highlighted (is dist/chrome up to date?)`);
  }
  await verdictsOf(raw, state.page.isArticle);
  await raw.mouse.move(1, 1);
  if ((await raw.evaluate(marksInView)) === 0) throw new Error(`${slug}: no highlight in view`);
  return { raw, tabId, state };
}

/** The open card's box is inside the view. Runs in the page. */
function cardInView(): boolean {
  const card = document.querySelector('finlens-card')?.shadowRoot?.querySelector('.card');
  const r = card?.getBoundingClientRect();
  return (
    r !== undefined && r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight
  );
}

/** The open card's height. Runs in the page. */
function cardHeight(): number {
  return (
    document.querySelector('finlens-card')?.shadowRoot?.querySelector('.card')?.getBoundingClientRect().height ?? 0
  );
}

/** How far the page must scroll for a card of `height` to open under the mark `el`, with a margin. Runs in the page. */
function roomUnder(el: Element, height: number): number {
  return Math.ceil(el.getBoundingClientRect().bottom + height + 24 - innerHeight);
}

/** The Chinese post with the card of an A-share open: price, sparkline, since-publication row. */
async function articleWithCard(ctx: ShotContext, path: string): Promise<string> {
  const { raw, state } = await openDemoPage(ctx, ZH_ARTICLE);
  const mark = raw.locator(`finlens-mark[data-finlens-id="${CARD_SECURITY}"]`).first();
  await mark.evaluate((el, top) => window.scrollBy(0, el.getBoundingClientRect().top - top), CARD_MARK_TOP);
  let card = await showCard(raw, true, mark);
  // The card opens above a mark it has no room under, over the headline: lift the mark until it fits below.
  const lift = await mark.evaluate(roomUnder, await raw.evaluate(cardHeight));
  if (lift > 0) {
    await closeCard(raw);
    await raw.evaluate((by) => window.scrollBy(0, by), lift);
    card = await showCard(raw, true, mark);
  }
  if (!card?.price || !card.since || !card.sample || !(await raw.evaluate(cardInView))) {
    throw new Error(`${ZH_ARTICLE}: the card is not all there (${card ? cardLine(card, true) : 'no card'})`);
  }
  await raw.screenshot({ path });
  await raw.close();
  return `${ZH_ARTICLE}: ${state.securities.length} securities, ${state.claims.length} claims; card ${cardLine(card, true)}`;
}

/** The English story with its securities and claims highlighted. */
async function articleHighlighted(ctx: ShotContext, path: string): Promise<string> {
  const { raw, state } = await openDemoPage(ctx, EN_ARTICLE);
  await raw.screenshot({ path });
  const verdicts = await verdictsOf(raw, true);
  await raw.close();
  return `${EN_ARTICLE}: ${state.securities.length} securities, ${state.claims.length} claims, ${verdicts.length} verdicts`;
}

/** The popup as Chrome shows it (400×600 at most), over the page it speaks for. */
async function popupOverArticle(ctx: ShotContext, path: string): Promise<string> {
  const slug = POPUP_PAGE[ctx.locale] ?? EN_ARTICLE;
  const { raw, tabId } = await openDemoPage(ctx, slug);
  const page = await raw.screenshot();
  const popupPath = join(ctx.tmp, `${ctx.locale}-popup.png`);
  const seen = await shootPopup(ctx.browser, tabId, true, popupPath, { fullPage: false });
  await raw.close();
  if (seen.prices === 0 || !seen.sampleNote)
    throw new Error(`${slug}: the popup shows no prices or no sample-data note`);
  writeFileSync(path, await popupOverPage(ctx.browser.context, page, readFileSync(popupPath)));
  return `popup over ${slug}: ${seen.prices} prices, ${seen.sinces} since chips, ${seen.verdicts} verdicts, sample-data note`;
}

/** Every picture of one locale, in the order the listing shows them, the tile last. */
export async function shootLocale(ctx: ShotContext): Promise<Shot[]> {
  const at = (file: string) => join(ctx.outDir, file);
  const shots: Shot[] = [];
  const take = async (file: string, make: (path: string) => Promise<string>) => {
    shots.push({ path: at(file), shows: await make(at(file)) });
  };
  await take('1-article-zh.png', (path) => articleWithCard(ctx, path));
  await take('2-article-en.png', (path) => articleHighlighted(ctx, path));
  await take('3-popup.png', (path) => popupOverArticle(ctx, path));
  await take('4-options.png', async (path) => {
    await shootOptions(ctx.browser, path, { size: VIEW, fullPage: false });
    return 'the options page';
  });
  await take('tile-440x280.png', async (path) => {
    const icon = readFileSync(join(ROOT, 'icons', 'finlens.svg'));
    const { name, images } = ctx.listing;
    writeFileSync(path, await promoTile(ctx.browser.context, icon, name, images.tagline));
    return `tile: "${name}", "${images.tagline}"`;
  });
  return shots;
}
