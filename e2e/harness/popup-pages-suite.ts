/**
 * The popup on pages other than a finance post, in every browser: a claim that is part of a
 * sentence, a page not about finance (names listed apart, claims listed and not painted), a page
 * that is no article, and a tab FinLens cannot read.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserPage } from './browser-page.ts';
import { clickOn, inContents, inShowsText } from './controls.ts';
import { openFixture, type SuiteContext } from './extension-suite.ts';
import { fixtureNamed } from './fixtures.ts';
import { paintedHighlights } from './in-page.ts';
import { popupFor } from './popup-suite.ts';

/** A claim of the popup found by the start of its own words, as shown: its part, its context and its figures. */
function claimWhosePart(start: string) {
  const li = [...document.querySelectorAll('.claims li')].find((e) =>
    (e.querySelector('.part')?.textContent ?? '').startsWith(start),
  );
  if (!li) return null;
  const all = (selector: string) => [...li.querySelectorAll(selector)].map((e) => e.textContent ?? '');
  return {
    part: li.querySelector('.part')?.textContent ?? '',
    context: all('.context'),
    figures: all('.figure'),
    forecasts: all('.figure.forecast'),
  };
}

/** Opens a fixture page with no wait for marks (the popup waits for FinLens to have read it). */
async function openPage(ctx: SuiteContext, slug: string): Promise<BrowserPage> {
  const page = await ctx.browser.newPage();
  await page.goto(ctx.server.url(slug));
  return page;
}

export function describePopupPages(ctx: SuiteContext): void {
  describe('popup on other pages', () => {
    it('shows a claim that is part of a sentence inside the rest of it, as context', async () => {
      const news = await openFixture(ctx, fixtureNamed('english-news'));
      const popup = await popupFor(ctx, news);
      const part = await popup.waitFor(claimWhosePart, 'and analysts estimate');
      expect(part.part).toBe('and analysts estimate the industry will spend $12.9bn on computing power this year.');
      expect(part.context).toEqual(['A start-up in the sector raised $12M last week, ']);
      expect(part.forecasts).toEqual(['$12.9B']);
      const reported = await popup.evaluate(claimWhosePart, 'A start-up in the sector');
      expect(reported?.part).toBe('A start-up in the sector raised $12M last week');
      expect(reported?.figures).toEqual(['$12M']);
      expect(reported?.forecasts).toEqual([]);
      expect(popup.errors).toEqual([]);
      await popup.close();
      await news.close();
    });

    it('on a page not about finance, lists names apart under "Also mentioned", and counts only what is highlighted', async () => {
      const review = await openFixture(ctx, fixtureNamed('tech-review'));
      const popup = await popupFor(ctx, review);
      await popup.waitFor(inShowsText, ['.also-mentioned h3', 'Also mentioned']);
      const ids = (selector: string) =>
        popup.evaluate(
          (s) => [...document.querySelectorAll(s)].map((e) => e.getAttribute('data-security-id')),
          selector,
        );
      expect(await ids('ul.securities:not(.also-mentioned ul) > li[data-security-id]')).toEqual(['US:NVDA']);
      expect((await ids('.also-mentioned li[data-security-id]')).sort()).toEqual(['US:AMZN', 'US:GOOGL', 'US:MSFT']);
      expect(await ctx.browser.badgeOf(await ctx.browser.tabIdOf(review))).toBe('1');
      await popup.close();
      await review.close();
    });

    it('lists the claims of an article that is not about finance, without painting them', async () => {
      const sports = await openPage(ctx, 'sports-news');
      const popup = await popupFor(ctx, sports);
      await popup.waitFor(inShowsText, ['.not-finance', 'This article is not about finance']);
      expect((await popup.evaluate(inContents, '.claims li')).length).toBeGreaterThan(0);
      expect((await popup.evaluate(inContents, '.key-points li')).length).toBeGreaterThanOrEqual(3);
      expect(await sports.evaluate(paintedHighlights)).toEqual({});
      // The reader can still jump to a claim: the passage is marked for a moment.
      const first = (await popup.evaluate(inContents, '.claims li .text'))[0];
      await clickOn(popup, { selector: '.claims li:nth-of-type(1) > button' });
      await sports.waitFor((text) => {
        const ranges = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('finlens-focus');
        return [...(ranges ?? [])].map((r) => r.toString()).join() === text;
      }, first);
      expect(sports.errors).toEqual([]);
      await popup.close();
      await sports.close();
    });
  });
}
