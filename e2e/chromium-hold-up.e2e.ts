/**
 * Chromium: "did the article hold up?" in the popup. The header says when the article was published
 * and how many sessions ago, each security's chip its change since the post, and each price-move
 * claim its verdict in an icon and words. Checked on what the reader sees.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionClose } from '../src/quotes/sessions.ts';
import type { BrowserPage } from './harness/browser-page.ts';
import { type ChromiumExtension, launchChromium } from './harness/chromium.ts';
import { tabIdOf } from './harness/chromium-extension.ts';
import { type FixtureServer, startFixtureServer } from './harness/fixture-server.ts';
import { setHoldUpSamples, verdictBadges } from './harness/hold-up-suite.ts';
import { type QuoteServer, startQuoteServerForBrowsers } from './harness/quote-server.ts';

describe('Chromium: the popup on an article that can be checked', () => {
  let browser: ChromiumExtension;
  let server: FixtureServer;
  let quotes: QuoteServer;
  let page: BrowserPage;
  let popup: Page;

  beforeAll(async () => {
    server = await startFixtureServer();
    quotes = await startQuoteServerForBrowsers();
    setHoldUpSamples(quotes);
    browser = await launchChromium({ quotes });
    page = await browser.newPage();
    await page.goto(server.url('holdup-post'));
    await page.waitFor(verdictBadges, 3, 20_000);
    popup = await browser.context.newPage();
    await popup.goto(
      `chrome-extension://${browser.extensionId}/extension/popup/index.html?tabId=${await tabIdOf(browser, page)}`,
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await quotes?.close();
  });

  it('says when the article was published, on its own clock, and how many sessions ago', async () => {
    const meta = popup.locator('.article-meta');
    await meta.waitFor();
    // 13:21 at +08:00: the page names no city, so the zone is written as its offset.
    expect(await meta.innerText()).toMatch(/^中概观察 · Feb 4, 2023, 1:21\s?PM GMT\+8$/u);
    const ago = popup.locator('.published-ago');
    await ago.waitFor();
    // The sessions Baidu's record closed after the Friday close before the post (today's, if still open, not yet).
    const closedToday = Date.now() >= (sessionClose('US', new Date().toISOString().slice(0, 10)) ?? 0);
    const bars = quotes.history.get('US:BIDU')?.raw ?? [];
    const today = new Date().toISOString().slice(0, 10);
    const sessions = bars.filter((b) => b.date > '2023-02-03' && (b.date < today || closedToday)).length;
    expect(await ago.innerText()).toBe(`${sessions} trading days ago`);
  });

  it("shows each security's change since the post beside its price", async () => {
    const chip = popup.locator('li[data-security-id="US:BIDU"] .chip.since');
    await chip.waitFor();
    expect(await chip.isVisible()).toBe(true);
    expect(await chip.innerText()).toMatch(/^since post \+\d+\.\d\d%$/);
  });

  it('shows each checked claim with its verdict, in an icon and words', async () => {
    const verdicts = popup.locator('.claims li .verdict');
    await verdicts.nth(2).waitFor();
    const shown = await verdicts.evaluateAll((els) =>
      els.map((e) => [(e as HTMLElement).dataset.verdict, (e as HTMLElement).innerText]),
    );
    expect(shown).toHaveLength(3);
    expect(shown[0][0]).toBe('matches');
    expect(shown[0][1]).toMatch(/^✓ Matches the record · Record: \+5\.0\d% on 3 Feb, close to close$/);
    expect(shown[1][0]).toBe('differs');
    expect(shown[1][1]).toMatch(/^≠ Differs from the record · Record: −2\.0\d% on 3 Feb, close to close$/);
    expect(shown[2][0]).toBe('unverifiable');
    expect(shown[2][1]).toMatch(/^\? Not checked/);
    for (let i = 0; i < 3; i++) expect(await verdicts.nth(i).isVisible()).toBe(true);
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.screenshot({ path: 'test-results/popup-hold-up.png', fullPage: true });
  });

  it('logs no errors', () => {
    expect(page.errors).toEqual([]);
  });
});
