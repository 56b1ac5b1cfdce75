/**
 * "Did the article hold up?" in the popup, in every browser: the header says when the article was
 * published and how many sessions ago, each security's chip its change since the post, and each
 * price-move claim its verdict in an icon and words. Checked on what the reader sees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionClose } from '../../src/quotes/sessions.ts';
import type { BrowserPage } from './browser-page.ts';
import type { SuiteContext } from './extension-suite.ts';
import { verdictBadges } from './hold-up-suite.ts';
import { screenshotPath } from './paths.ts';
import { popupFor } from './popup-suite.ts';

/** The visible text of the first element matching `selector` once it is on screen (runs in the page). */
function shownText(selector: string): string | null {
  const el = document.querySelector<HTMLElement>(selector);
  return el && el.getClientRects().length > 0 ? el.innerText : null;
}

/** Each claim's verdict as shown, once `n` are: its kind and its visible words; null before. */
function shownVerdicts(n: number): [string, string][] | null {
  const verdicts = [...document.querySelectorAll<HTMLElement>('.claims li .verdict')];
  if (verdicts.length < n || verdicts.some((v) => v.getClientRects().length === 0)) return null;
  return verdicts.map((v) => [v.dataset.verdict ?? '', v.innerText]);
}

export function describeHoldUpPopup(ctx: SuiteContext): void {
  describe('the popup on an article that can be checked (holdup-post)', () => {
    let page: BrowserPage;
    let popup: BrowserPage;
    beforeAll(async () => {
      page = await ctx.browser.newPage();
      await page.goto(ctx.server.url('holdup-post'));
      await page.waitFor(verdictBadges, 3, 20_000);
      popup = await popupFor(ctx, page);
    });
    afterAll(async () => {
      await popup?.close();
      await page?.close();
    });

    it('says when the article was published, on its own clock, and how many sessions ago', async () => {
      // 13:21 at +08:00: the page names no city, so the zone is written as its offset.
      expect(await popup.waitFor(shownText, '.article-meta')).toMatch(/^中概观察 · Feb 4, 2023, 1:21\s?PM GMT\+8$/u);
      // The sessions Baidu's record closed after the Friday close before the post (today's, if still open, not yet).
      const today = new Date().toISOString().slice(0, 10);
      const closedToday = Date.now() >= (sessionClose('US', today) ?? 0);
      const bars = ctx.quotes.history.get('US:BIDU')?.raw ?? [];
      const sessions = bars.filter((b) => b.date > '2023-02-03' && (b.date < today || closedToday)).length;
      expect(await popup.waitFor(shownText, '.published-ago', 15_000)).toBe(`${sessions} trading days ago`);
    });

    it("shows each security's change since the post beside its price", async () => {
      expect(await popup.waitFor(shownText, 'li[data-security-id="US:BIDU"] .chip.since', 15_000)).toMatch(
        /^since post \+\d+\.\d\d%$/,
      );
    });

    it('shows each checked claim with its verdict, in an icon and words', async () => {
      const shown = await popup.waitFor(shownVerdicts, 3, 15_000);
      expect(shown).toHaveLength(3);
      expect(shown[0][0]).toBe('matches');
      expect(shown[0][1]).toMatch(/^✓ Matches the record · Record: \+5\.0\d% on 3 Feb, close to close$/);
      expect(shown[1][0]).toBe('differs');
      expect(shown[1][1]).toMatch(/^≠ Differs from the record · Record: −2\.0\d% on 3 Feb, close to close$/);
      expect(shown[2][0]).toBe('unverifiable');
      expect(shown[2][1]).toMatch(/^\? Not checked/);
      await popup.setViewport(400, 900);
      await popup.screenshot(screenshotPath(ctx.browser.name, 'popup-hold-up'), { fullPage: true });
    });

    it('logs no errors', () => {
      expect(page.errors).toEqual([]);
      expect(popup.errors).toEqual([]);
    });
  });
}
