/**
 * What the demo shows of a page, and the screenshots of it: the page's card opened over its first
 * highlight (price, sparkline, the since-publication row), each verdict's words on hover, the popup
 * as it speaks for the page, and the options page. Each step reports what it saw, so the demo's
 * printout says what a screenshot should show.
 */
import type { Page } from 'playwright-core';
import type { ChromiumExtension } from '../e2e/harness/chromium.ts';

/** The open card as the reader sees it. */
export interface CardSeen {
  symbol: string;
  /** The quote's face: `quote`, `loading`, `error`, `offline`... */
  face: string;
  price?: string;
  since?: string;
  gap?: string;
  spark: boolean;
  sample: boolean;
}

/** The open card, read from its shadow root; null while none is on screen. Runs in the page (no named inner functions: tsx would wrap them). */
function openCard(): CardSeen | null {
  const host = document.querySelector('finlens-card') as HTMLElement | null;
  const root = host?.shadowRoot;
  if (!host || !root || getComputedStyle(host).display === 'none') return null;
  const [symbol, price, since, gap] = ['.symbol', '.price-row', '[data-row="since-publication"]', '.since-gap'].map(
    (selector) => (root.querySelector<HTMLElement>(selector)?.innerText ?? '').replace(/\s+/g, ' ').trim() || undefined,
  );
  return {
    symbol: symbol ?? '',
    face: root.querySelector<HTMLElement>('[data-face]')?.dataset.face ?? '',
    price,
    since,
    gap,
    spark: root.querySelector('svg.spark') !== null,
    sample: root.querySelector('[data-sample-data]') !== null,
  };
}

/** The card once it has all it will get: a quote (with its sparkline) or a fault, and its since row or gap. */
function settledCard(article: boolean): boolean {
  const host = document.querySelector('finlens-card') as HTMLElement | null;
  const root = host?.shadowRoot;
  if (!host || !root || getComputedStyle(host).display === 'none') return false;
  const face = root.querySelector<HTMLElement>('[data-face]')?.dataset.face;
  if (!face || face === 'loading') return false;
  if (face === 'quote' && !root.querySelector('svg.spark')) return false;
  return !article || face !== 'quote' || root.querySelector('[data-row="since-publication"], .since-gap') !== null;
}

/** The verdict badges over the page, in page order. Runs in the page. */
function verdictBadges(): string[] {
  const root = document.querySelector('finlens-verdicts')?.shadowRoot;
  return [...(root?.querySelectorAll<HTMLElement>('.badge') ?? [])]
    .map((b) => ({ verdict: b.dataset.verdict ?? '', r: b.getBoundingClientRect() }))
    .sort((a, b) => a.r.y - b.r.y || a.r.x - b.r.x)
    .map((b) => b.verdict);
}

/** The open verdict's words and whether they fit in the view; null while none is open. Runs in the page. */
function openTip(): { text: string; inView: boolean } | null {
  const root = document.querySelector('finlens-verdicts')?.shadowRoot;
  const tip = [...(root?.querySelectorAll<HTMLElement>('.tip') ?? [])].find(
    (t) => getComputedStyle(t).display !== 'none' && t.getBoundingClientRect().height > 0,
  );
  if (!tip) return null;
  const r = tip.getBoundingClientRect();
  return { text: tip.innerText, inView: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight };
}

/** Opens the card over a highlight (the page's first unless told) and waits for it to settle; undefined when there is none. */
export async function showCard(
  page: Page,
  article: boolean,
  mark = page.locator('finlens-mark').first(),
): Promise<CardSeen | undefined> {
  if ((await mark.count()) === 0) return undefined;
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  await page
    .waitForFunction(settledCard, article, { timeout: 20_000 })
    .catch(() => console.warn('  (the card did not settle in 20 s: the screenshot shows it as it was)'));
  return (await page.evaluate(openCard)) ?? undefined;
}

/** Closes the card: the pointer leaves for the page's corner. */
export async function closeCard(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await page.waitForFunction(() => {
    const host = document.querySelector('finlens-card') as HTMLElement | null;
    return !host || getComputedStyle(host).display === 'none';
  });
}

/** The verdicts beside the page's claims, once laid (they wait on the daily bars); empty when there are none. */
export async function verdictsOf(page: Page, article: boolean): Promise<string[]> {
  if (!article) return [];
  await page
    .waitForFunction(() => document.querySelector('finlens-verdicts') !== null, undefined, { timeout: 8_000 })
    .catch(() => {});
  return page.evaluate(verdictBadges);
}

/** Hovers the `index`th verdict badge (in page order) and screenshots its words; returns them. */
export async function shootVerdict(
  page: Page,
  index: number,
  path: string,
): Promise<{ text: string; inView: boolean }> {
  const badges = page.locator('finlens-verdicts .badge button');
  const boxes = await Promise.all((await badges.all()).map((b) => b.boundingBox()));
  const ordered = boxes
    .map((box, i) => ({ box, i }))
    .filter((b) => b.box !== null)
    .sort((a, b) => (a.box?.y ?? 0) - (b.box?.y ?? 0) || (a.box?.x ?? 0) - (b.box?.x ?? 0));
  const target = badges.nth(ordered[index].i);
  await target.scrollIntoViewIfNeeded();
  await target.hover();
  const tip = await (await page.waitForFunction(openTip, undefined, { timeout: 5_000 })).jsonValue();
  await page.screenshot({ path });
  await page.mouse.move(1, 1);
  return tip as { text: string; inView: boolean };
}

/** What the popup showed: its note, price and since chips, claims with verdicts. */
export interface PopupSeen {
  sampleNote: boolean;
  prices: number;
  sinces: number;
  verdicts: number;
}

/**
 * Opens the popup for a tab (as its own page), waits for its prices and since chips, and screenshots
 * it: all of it, or (`fullPage: false`) the 400×600 Chrome gives a popup at most, as a reader sees it.
 */
export async function shootPopup(
  browser: ChromiumExtension,
  tabId: number,
  article: boolean,
  path: string,
  { fullPage = true } = {},
): Promise<PopupSeen> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/extension/popup/index.html?tabId=${tabId}`);
  // The page's state first (the securities heading is there once it has come), then the prices
  // (no chip still loading), then, on articles, the since chips (daily bars come after the prices).
  await popup
    .waitForFunction(
      (wantSince) => {
        if (!document.getElementById('securities-heading') && !document.querySelector('.nothing-here')) return false;
        if (document.querySelector('.chip.loading')) return false;
        // No price now, no change since the post: nothing more will come.
        if (!document.querySelector('.chip[data-price]')) return true;
        const rows = document.querySelectorAll('.securities li').length;
        return rows === 0 || !wantSince || document.querySelector('.chip.since') !== null;
      },
      article,
      { timeout: 15_000 },
    )
    .catch(() => console.warn('  (the popup did not settle in 15 s: the screenshot shows it as it was)'));
  await popup.screenshot({ path, fullPage });
  const seen = await popup.evaluate(() => ({
    sampleNote: document.querySelector('.sample-note') !== null,
    prices: document.querySelectorAll('.chip[data-price]').length,
    sinces: document.querySelectorAll('.chip.since').length,
    verdicts: document.querySelectorAll('.verdict').length,
  }));
  await popup.close();
  return seen;
}

/** Screenshots the options page to `path`: whole at 800 wide, or (`fullPage: false`) what a view of `size` shows. */
export async function shootOptions(
  browser: ChromiumExtension,
  path: string,
  { size = { width: 800, height: 700 }, fullPage = true } = {},
): Promise<string> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${browser.extensionId}/extension/options/index.html`);
  await page.locator('input').first().waitFor();
  await page.screenshot({ path, fullPage });
  await page.close();
  return path;
}
