/**
 * Chromium whose UI speaks one language while pages are asked for the other (an English browser
 * set to ask for Chinese pages, and the reverse): the card and the popup write every number, date
 * and unit in the UI's language, as their labels are, never in the page's. Checked on the text the
 * reader sees.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserPage } from './harness/browser-page.ts';
import { type ChromiumExtension, launchChromium } from './harness/chromium.ts';
import { tabIdOf } from './harness/chromium-extension.ts';
import { type FixtureServer, startFixtureServer } from './harness/fixture-server.ts';
import { type QuoteServer, startQuoteServerForBrowsers } from './harness/quote-server.ts';

const HAN = /\p{Script=Han}/u;
const MONTH = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/;
const ENGLISH_DATE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}\b/;
const CHINESE_DATE = /\d{1,2}月\d{1,2}日/;
const ENGLISH_UNIT = /\d[KMBT]\b/;
const CHINESE_UNIT = /\d(万|亿)/;

/** The text a reader sees in an element (innerText: what CSS hides or clips is not in it), never the DOM's. */
function visibleText(locator: Locator): Promise<string> {
  return locator.innerText();
}

interface Setup {
  /** The browser's UI language (and so the extension's). */
  ui: string;
  /** The language pages are asked in, and their default locale. */
  pages: string;
  /** How `Intl` with no locale writes 2×10¹⁰ short in such a page: proof the page's default is the other language. */
  pageCompact: string;
  labels: [dayRange: string, volume: string];
  /** The xueqiu-post's publish date (2023-02-06) as the popup writes it. */
  published: string;
}

const SETUPS: Setup[] = [
  { ui: 'en-US', pages: 'zh-CN', pageCompact: '200亿', labels: ['Day range', 'Volume'], published: 'Feb 6, 2023' },
  { ui: 'zh-CN', pages: 'en-US', pageCompact: '20B', labels: ['日内区间', '成交量'], published: '2023年2月6日' },
];

for (const setup of SETUPS) {
  const english = setup.ui.startsWith('en');

  describe(`Chromium with a ${setup.ui} UI asking pages for ${setup.pages}`, () => {
    let browser: ChromiumExtension;
    let server: FixtureServer;
    let quotes: QuoteServer;
    let page: BrowserPage;
    let raw: Page;

    beforeAll(async () => {
      server = await startFixtureServer();
      quotes = await startQuoteServerForBrowsers();
      browser = await launchChromium({ lang: setup.ui, pageLocale: setup.pages, quotes });
      page = await browser.newPage();
      raw = browser.raw(page);
      await page.goto(server.url('xueqiu-post'));
      await page.waitFor(() => document.querySelector('finlens-mark[data-finlens-id="SH:600519"]') !== null);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await quotes?.close();
    });

    it("the set-up holds: the extension's strings are in one language, the page's default locale is the other", async () => {
      // getUILanguage() is no proof: Chromium answers it from the emulated page locale in pages.
      const dayRange = await browser.serviceWorker.evaluate(() =>
        (globalThis as unknown as { chrome: { i18n: { getMessage(k: string): string } } }).chrome.i18n.getMessage(
          'cardDayRange',
        ),
      );
      expect(dayRange).toBe(setup.labels[0]);
      const inPage = await raw.evaluate(() => ({
        language: navigator.language,
        compact: new Intl.NumberFormat(undefined, { notation: 'compact' }).format(2e10),
      }));
      expect(inPage).toEqual({ language: setup.pages, compact: setup.pageCompact });
    });

    it(`the card's labels, date, units and market state are all ${english ? 'English' : 'Chinese'}`, async () => {
      await raw.locator('finlens-mark[data-finlens-id="SH:600519"]').first().hover();
      const card = raw.locator('finlens-card .card');
      const quote = card.locator('.quote');
      await quote.locator('.price').waitFor({ state: 'visible', timeout: 15_000 });
      expect(await card.isVisible()).toBe(true);
      for (const label of setup.labels) expect(await card.getByText(label, { exact: true }).isVisible()).toBe(true);

      const shown = await visibleText(quote);
      const state = await visibleText(quote.locator('.state'));
      if (english) {
        expect(state).toMatch(ENGLISH_DATE);
        expect(shown).toMatch(ENGLISH_UNIT);
        expect(shown).not.toMatch(CHINESE_UNIT);
        expect(shown).not.toMatch(HAN);
      } else {
        expect(state).toMatch(CHINESE_DATE);
        expect(state).toMatch(HAN);
        expect(shown).toMatch(CHINESE_UNIT);
        expect(shown).not.toMatch(ENGLISH_UNIT);
        expect(shown).not.toMatch(MONTH);
      }
      expect(page.errors).toEqual([]);
    });

    it("the popup writes the article's date in the UI's language", async () => {
      const popup = await browser.context.newPage();
      try {
        await popup.goto(
          `chrome-extension://${browser.extensionId}/extension/popup/index.html?tabId=${await tabIdOf(browser, page)}`,
        );
        const meta = popup.locator('.article-meta');
        await meta.waitFor({ state: 'visible' });
        expect(await visibleText(meta)).toContain(setup.published);
      } finally {
        await popup.close();
      }
    });
  });
}
