/**
 * Chromium: the quote UI's accessibility (axe-core on the popup, the options page, the first-run
 * page and the open card), the options page applying to open tabs at once, and the README's screenshots of the card
 * (red-up and green-up, a light and a dark page) and of the popup's price chips.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserPage } from './harness/browser-page.ts';
import { type ChromiumExtension, launchChromium } from './harness/chromium.ts';
import { tabIdOf } from './harness/chromium-extension.ts';
import { type FixtureServer, startFixtureServer } from './harness/fixture-server.ts';
import { cardGone } from './harness/in-page.ts';
import { RESULTS_DIR } from './harness/paths.ts';
import { type QuoteServer, startQuoteServerForBrowsers } from './harness/quote-server.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown }[];
}

/** Runs axe-core in a page (evaluated over CDP, so extension pages' CSP does not stop it). */
async function axeViolations(page: Page, include?: string[][]): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (context) => {
    const axe = (
      globalThis as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(context ? { include: context } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  }, include ?? null);
}

/**
 * The open card's colours as the reader sees them: whether its change reads up or down (its sign),
 * the hue it is painted in, and whether the card itself is dark (the luminance of its background).
 */
const cardColours = () => {
  const host = document.querySelector<HTMLElement>('finlens-card');
  const root = host && getComputedStyle(host).display !== 'none' ? host.shadowRoot : null;
  const change = root?.querySelector<HTMLElement>('.change');
  const card = root?.querySelector<HTMLElement>('.card');
  if (!change || !card) return null;
  const rgb = (css: string) => (/rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css) ?? []).slice(1).map(Number);
  const [r, g] = rgb(getComputedStyle(change).color);
  const [br, bg, bb] = rgb(getComputedStyle(card).backgroundColor).map((v) => v / 255);
  const text = change.innerText.trim();
  return {
    rising: text.startsWith('+'),
    falling: /^[-−]/.test(text),
    hue: r > g ? 'red' : 'green',
    dark: 0.2126 * br + 0.7152 * bg + 0.0722 * bb < 0.4,
  };
};
/** Whether the card on screen shows a price and the day's sparkline. */
const cardPriced = () => {
  const host = document.querySelector<HTMLElement>('finlens-card');
  const root = host && getComputedStyle(host).display !== 'none' ? host.shadowRoot : null;
  const price = root?.querySelector('.price')?.getBoundingClientRect();
  return Boolean(price && price.width > 0 && root?.querySelector('svg.spark polyline'));
};
/** The hue a move in this direction takes under a convention. */
const expectedHue = (c: { rising: boolean }, redUp: boolean) => (c.rising === redUp ? 'red' : 'green');

describe('Chromium: the quote UI', () => {
  let browser: ChromiumExtension;
  let server: FixtureServer;
  let quotes: QuoteServer;
  let page: BrowserPage;
  let raw: Page;

  beforeAll(async () => {
    server = await startFixtureServer();
    quotes = await startQuoteServerForBrowsers();
    browser = await launchChromium({ quotes });
    page = await browser.newPage();
    raw = browser.raw(page);
    await page.goto(server.url('xueqiu-post'));
    await page.waitFor(() => document.querySelector('finlens-mark[data-finlens-id="SH:600519"]') !== null);
    mkdirSync(RESULTS_DIR, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await quotes?.close();
  });

  const openCard = async (id: string) => {
    await raw.mouse.move(0, 0);
    await page.waitFor(cardGone, null);
    await raw.locator(`finlens-mark[data-finlens-id="${id}"]`).first().hover();
    await page.waitFor(cardPriced, undefined, 15_000);
  };

  it('the open card has no axe violations', async () => {
    await openCard('SH:600519');
    expect(await axeViolations(raw, [['finlens-card']])).toEqual([]);
  });

  it('the popup with its price chips has no axe violations', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(
      `chrome-extension://${browser.extensionId}/extension/popup/index.html?tabId=${await tabIdOf(browser, page)}`,
    );
    await popup.locator('.chip[data-price]').first().waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.setViewportSize({ width: 400, height: 560 });
    await popup.screenshot({ path: join(RESULTS_DIR, 'popup-prices.png') });
    await popup.close();
  });

  it('the first-run page, and the options page with its privacy policy open, have no axe violations', async () => {
    const firstRun = browser.firstRun!;
    await firstRun.getByRole('heading', { level: 1 }).waitFor();
    expect(await axeViolations(firstRun)).toEqual([]);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/extension/options/index.html#privacy`);
    await options.locator('.privacy-text table').first().waitFor();
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  it('the options page has no axe violations, and a colour change reaches the open tab at once', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/extension/options/index.html`);
    await options.getByRole('radio', { name: 'Green up, red down' }).waitFor();
    expect(await axeViolations(options)).toEqual([]);
    await options.setViewportSize({ width: 700, height: 900 });
    await options.screenshot({ path: join(RESULTS_DIR, 'options.png'), fullPage: true });

    // Saving is asynchronous: the next card opened after the tab hears of it is red-up.
    await options.getByRole('radio', { name: 'Red up, green down' }).check();
    await expect
      .poll(async () => {
        await openCard('SH:600519');
        const c = await page.evaluate(cardColours);
        return c && (c.rising || c.falling) ? c.hue === expectedHue(c, true) : false;
      })
      .toBe(true);
    await raw.screenshot({ path: join(RESULTS_DIR, 'card-red-up.png'), clip: await cardClip(raw) });

    await options.getByRole('radio', { name: 'Green up, red down' }).check();
    await expect
      .poll(async () => {
        await openCard('US:BIDU');
        const c = await page.evaluate(cardColours);
        return c && (c.rising || c.falling) ? c.hue === expectedHue(c, false) : false;
      })
      .toBe(true);
    await raw.screenshot({ path: join(RESULTS_DIR, 'card-green-up.png'), clip: await cardClip(raw) });
    await options.close();
  });

  it('on a dark page the card is dark', async () => {
    await page.evaluate(() => {
      document.body.style.background = '#14181d';
      document.body.style.color = '#d8dde3';
    });
    await openCard('HK:00700');
    expect((await page.evaluate(cardColours))?.dark).toBe(true);
    await raw.screenshot({ path: join(RESULTS_DIR, 'card-dark-page.png'), clip: await cardClip(raw) });
    expect(page.errors).toEqual([]);
  });
});

/** The card and its mark, with a margin, for a screenshot. */
async function cardClip(page: Page) {
  const box = await page.evaluate(() => {
    const r = document.querySelector('finlens-card')?.shadowRoot?.querySelector('.card')?.getBoundingClientRect();
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  });
  if (!box) throw new Error('no card open');
  return { x: Math.max(0, box.x - 40), y: Math.max(0, box.y - 50), width: box.width + 80, height: box.height + 70 };
}
