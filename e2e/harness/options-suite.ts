/**
 * The options page in every browser: no axe violations, and each setting, changed as a reader
 * changes it (a click, typing), reaches the tabs already open at once: price colours, highlights,
 * claims and their types, names on every page, the price history, the sites FinLens is off on, the
 * providers' order and use. Not covered: "refresh the quote while a card is open" (its effect needs
 * a card held open past its 15 s refresh and the quote cache's 20 s to 10 min).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import type { BrowserPage } from './browser-page.ts';
import { cardClip, cardColours, expectedHue, openPricedCard } from './card-look.ts';
import { clickOn, inShowsText, setChoice } from './controls.ts';
import { openFixture, type SuiteContext } from './extension-suite.ts';
import { fixtureNamed } from './fixtures.ts';
import { verdictBadges } from './hold-up-suite.ts';
import { markedMentions, paintedHighlights } from './in-page.ts';
import { screenshotPath } from './paths.ts';
import { cashtagPage, hoverFace } from './quote-suite.ts';

const NAMES_EVERYWHERE = 'Highlight company names on every page, not only on finance pages';
const HISTORY = 'Show how the price has moved since an article’s date (asks the providers for daily prices)';

/** Whether no FinLens claim or figure is painted (runs in the page). */
function noClaimsPainted(): boolean {
  return [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].every(
    (name) => !name.startsWith('finlens-claim-') && name !== 'finlens-figure',
  );
}

export function describeOptions(ctx: SuiteContext): void {
  describe('the options page', () => {
    const xueqiu = fixtureNamed('xueqiu-post');
    let page: BrowserPage;
    let options: BrowserPage;
    const marks = () => page.evaluate(() => document.querySelectorAll('finlens-mark').length);

    beforeAll(async () => {
      page = await openFixture(ctx, xueqiu);
      options = await ctx.browser.openExtensionPage('extension/options/index.html');
      await options.waitFor(inShowsText, ['label', 'Green up, red down']);
    });
    afterAll(async () => {
      await ctx.browser.setSettings({
        colors: 'auto',
        highlight: true,
        claims: true,
        claimTypes: { figure: true, comparison: true, forecast: true, attribution: true, fact: true },
        namesEverywhere: false,
        history: true,
        offSites: [],
        providers: ['tencent', 'eastmoney', 'yahoo'],
      });
      await options?.close();
      await page?.close();
    });

    it('has no axe violations', async () => {
      expect(await axeViolations(options)).toEqual([]);
      await options.setViewport(700, 900);
      await options.screenshot(screenshotPath(ctx.browser.name, 'options'), { fullPage: true });
    });

    it('a colour change reaches the open tab’s card at once', async () => {
      // Saving is asynchronous: the next card opened after the tab hears of it is red-up.
      await setChoice(options, 'Red up, green down', true);
      await expect
        .poll(async () => {
          await openPricedCard(page, 'SH:600519');
          const c = await page.evaluate(cardColours);
          return c && (c.rising || c.falling) ? c.hue === expectedHue(c, true) : false;
        })
        .toBe(true);
      await page.screenshot(screenshotPath(ctx.browser.name, 'card-red-up'), { clip: await cardClip(page) });

      await setChoice(options, 'Green up, red down', true);
      await expect
        .poll(async () => {
          await openPricedCard(page, 'US:BIDU');
          const c = await page.evaluate(cardColours);
          return c && (c.rising || c.falling) ? c.hue === expectedHue(c, false) : false;
        })
        .toBe(true);
      await page.screenshot(screenshotPath(ctx.browser.name, 'card-green-up'), { clip: await cardClip(page) });
      await page.moveMouseTo(0, 0);
    });

    it('highlights off clears the open tab; on marks it again', async () => {
      await setChoice(options, 'Highlight securities', false);
      await page.waitFor(() => document.querySelectorAll('finlens-mark, [data-finlens-id]').length === 0);
      await setChoice(options, 'Highlight securities', true);
      await page.waitFor((n) => document.querySelectorAll('finlens-mark').length >= n, xueqiu.expected.mentions.length);
      expect((await page.evaluate(markedMentions)).map(({ text, id }) => ({ text, id }))).toEqual(
        xueqiu.expected.mentions,
      );
    });

    it('claims off takes them out of the open tab; a type off takes out only the claims of no other type kept', async () => {
      const before = await page.evaluate(paintedHighlights);
      expect(before['finlens-claim-comparison']?.length).toBeGreaterThan(0);
      await setChoice(options, 'Highlight claims', false);
      await page.waitFor(noClaimsPainted);
      expect(await marks()).toBeGreaterThan(0);
      await setChoice(options, 'Highlight claims', true);
      await page.waitFor(() =>
        (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('finlens-figure'),
      );
      expect(await page.evaluate(paintedHighlights)).toEqual(before);

      // The two comparisons are comparisons alone: they go; the figures' claims stay.
      await setChoice(options, 'Comparison', false);
      await page.waitFor(
        () => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('finlens-claim-comparison'),
      );
      const without = await page.evaluate(paintedHighlights);
      expect(without['finlens-claim-figure']).toEqual(before['finlens-claim-figure']);
      await setChoice(options, 'Comparison', true);
      await page.waitFor(() =>
        (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('finlens-claim-comparison'),
      );
      expect(await page.evaluate(paintedHighlights)).toEqual(before);
    });

    it('names on every page: an open page not about finance marks its names too, and not when asked back', async () => {
      const review = await openFixture(ctx, fixtureNamed('tech-review'));
      const shown = async () => (await review.evaluate(markedMentions)).map((m) => m.text);
      expect(await shown()).toEqual(['NASDAQ: NVDA']);
      await setChoice(options, NAMES_EVERYWHERE, true);
      await review.waitFor(() => document.querySelectorAll('finlens-mark').length >= 5);
      expect(await shown()).toEqual(['Microsoft', 'Nvidia', 'Amazon', 'Google', 'NASDAQ: NVDA']);
      await setChoice(options, NAMES_EVERYWHERE, false);
      await review.waitFor(() => document.querySelectorAll('finlens-mark').length === 1);
      expect(review.errors).toEqual([]);
      await review.close();
    });

    it('price history off takes the verdicts out of an open article; on brings them back', async () => {
      const holdup = await ctx.browser.newPage();
      await holdup.goto(ctx.server.url('holdup-post'));
      await holdup.waitFor(verdictBadges, 3, 20_000);
      await setChoice(options, HISTORY, false);
      await holdup.waitFor(() => !document.querySelector('finlens-verdicts'));
      await setChoice(options, HISTORY, true);
      expect((await holdup.waitFor(verdictBadges, 3, 20_000)).map((b) => b.verdict)).toEqual([
        'matches',
        'differs',
        'unverifiable',
      ]);
      expect(holdup.errors).toEqual([]);
      await holdup.close();
    });

    it('a site added to the off list is cleared in its open tab; removed, it is marked again', async () => {
      const site = new URL(ctx.server.origin).hostname;
      await clickOn(options, { selector: '#site-input' });
      await options.type(site);
      await clickOn(options, { selector: 'form.add-site button[type="submit"]', name: 'Add' });
      await options.waitFor(inShowsText, ['ul.sites li', site]);
      await page.waitFor(() => document.querySelectorAll('finlens-mark, [data-finlens-id]').length === 0);
      await page.waitFor(noClaimsPainted);
      await clickOn(options, { selector: 'ul.sites button', name: `Remove ${site}` });
      await options.waitFor(inShowsText, ['section p.help', 'None.']);
      await page.waitFor((n) => document.querySelectorAll('finlens-mark').length >= n, xueqiu.expected.mentions.length);
    });

    it('the providers’ order and use decide who is asked for the next quote', async () => {
      await clickOn(options, { selector: 'button', name: 'Move Eastmoney up' });
      await options.waitFor(
        () => document.querySelector('ol.providers li')?.getAttribute('data-provider') === 'eastmoney',
      );
      const first = await cashtagPage(ctx, 'SH600104', '上汽集团');
      const fromEastmoney = await hoverFace(first);
      expect(fromEastmoney.face).toBe('quote');
      expect(fromEastmoney.source).toContain('Eastmoney');
      await first.close();

      await setChoice(options, 'Use Eastmoney', false);
      const second = await cashtagPage(ctx, 'SZ000333', '美的集团');
      const fromTencent = await hoverFace(second);
      expect(fromTencent.face).toBe('quote');
      expect(fromTencent.source).toContain('Tencent');
      expect(ctx.quotes.log.some((r) => r.host === 'push2.eastmoney.com' && r.path.includes('0.000333'))).toBe(false);
      await second.close();
      expect(options.errors).toEqual([]);
      expect(page.errors).toEqual([]);
    });
  });
}
