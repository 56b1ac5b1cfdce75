/**
 * A page that grows, in every browser: a live page adds a short line and then a feed's batches after
 * FinLens has read it; each is marked, and taking highlights off restores the page exactly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserPage } from './browser-page.ts';
import type { SuiteContext } from './extension-suite.ts';
import { applyLiveUpdates, feedMarks, type LiveUpdate, liveBody, pristineLiveBody, visibleCard } from './in-page.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A live page that adds a short line, then a feed's batches, after FinLens has read it. */
export function describeGrowth(ctx: SuiteContext): void {
  describe('a page that grows (live-market)', () => {
    const tickers = ['AAPL', 'TSLA', 'NVDA', 'MSFT', 'AMZN'];
    const updates: LiveUpdate[] = [];
    let page: BrowserPage;
    const apply = async (update: LiveUpdate) => {
      updates.push(update);
      await page.evaluate(applyLiveUpdates, [update]);
    };
    beforeAll(async () => {
      page = await ctx.browser.newPage();
      await page.goto(ctx.server.url('live-market'));
      await page.waitFor(() => document.querySelectorAll('finlens-mark').length > 0);
    });
    afterAll(async () => {
      await ctx.browser.setSettings({ highlight: true });
      await page?.close();
    });

    it('marks a short line with a cashtag that arrives seconds after load, and its card opens', async () => {
      await sleep(2000);
      await apply({ line: '$NVDA 盘前涨2%' });
      await page.waitFor(() =>
        [...document.querySelectorAll('#live finlens-mark')].some((m) => m.textContent === '$NVDA'),
      );
      await page.hover('#live li:last-child finlens-mark');
      expect((await page.waitFor(visibleCard)).symbol).toBe('NVDA');
      await page.moveMouseTo(0, 0);
    });

    it('marks each batch a feed appends, every item with its own security', async () => {
      for (let b = 0; b < 4; b++) {
        await apply({ batch: [b * 25, 25] });
        await sleep(250);
      }
      const expected = Array.from({ length: 100 }, (_, i) => `US:${tickers[i % tickers.length]}`);
      await page.waitFor((n) => document.querySelectorAll('#feed finlens-mark').length >= n, expected.length);
      expect(await page.evaluate(feedMarks)).toEqual(expected);
      // The line that arrived first keeps its mark, once.
      expect(await page.evaluate(() => document.querySelectorAll('#live finlens-mark').length)).toBe(2);
    });

    it('taking highlights off restores the page exactly, the text that arrived later included', async () => {
      const pristine = await page.evaluate(pristineLiveBody, updates);
      await ctx.browser.setSettings({ highlight: false });
      await page.waitFor(() => document.querySelectorAll('finlens-mark, [data-finlens-id]').length === 0);
      expect((await page.evaluate(liveBody)).html).toBe(pristine);
      // Text that arrives while highlights are off is not marked; on again, the whole page is.
      await apply({ line: '港股$腾讯控股(00700)$午后走强' });
      await sleep(1000);
      expect(await page.evaluate(() => document.querySelectorAll('finlens-mark').length)).toBe(0);
      await ctx.browser.setSettings({ highlight: true });
      await page.waitFor(() =>
        [...document.querySelectorAll<HTMLElement>('finlens-mark')].some((m) => m.dataset.finlensId === 'HK:00700'),
      );
      expect((await page.evaluate(feedMarks)).filter(Boolean).length).toBe(100);
    });

    it('logs no errors', () => {
      expect(page.errors).toEqual([]);
    });
  });

  describe('a page with nothing for FinLens that is sent finance later (sports-news)', () => {
    it('marks the line once it arrives, though the page had nothing at first', async () => {
      const page = await ctx.browser.newPage();
      await page.goto(ctx.server.url('sports-news'));
      // The first stage has looked and found nothing: no highlight.
      await sleep(1500);
      expect(await page.evaluate(() => document.querySelectorAll('finlens-mark').length)).toBe(0);
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = '赛后快讯：赞助商 $NKE 盘后涨2%。';
        (document.querySelector('article') ?? document.body).append(p);
      });
      await page.waitFor(() => [...document.querySelectorAll('finlens-mark')].some((m) => m.textContent === '$NKE'));
      await page.hover('finlens-mark');
      expect((await page.waitFor(visibleCard)).symbol).toBe('NKE');
      expect(page.errors).toEqual([]);
      await page.close();
    });
  });

  describe('a page opened while FinLens is off on its site (xueqiu-post)', () => {
    it('is left alone, what it adds too, and marked once the site is switched back on', async () => {
      await ctx.browser.setSettings({ offSites: [new URL(ctx.server.origin).hostname] });
      const page = await ctx.browser.newPage();
      try {
        await page.goto(ctx.server.url('xueqiu-post'));
        await sleep(1500);
        expect(await page.evaluate(() => document.querySelectorAll('finlens-mark').length)).toBe(0);
        // What the page adds while FinLens is off there is left alone too.
        await page.evaluate(() => {
          const p = document.createElement('p');
          p.textContent = '补充：$NKE 盘后涨2%。';
          // In the story, beside its paragraphs: an article's reading is its story.
          const story = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes('$百度(BIDU)$'));
          (story?.parentElement ?? document.body).append(p);
        });
        await sleep(1000);
        expect(await page.evaluate(() => document.querySelectorAll('finlens-mark').length)).toBe(0);
        // The options page's way: only the stored settings change; no popup opens on the tab.
        await ctx.browser.setSettings({ offSites: [] });
        await page.waitFor(() =>
          [...document.querySelectorAll('finlens-mark')].some((m) => m.textContent === '$百度(BIDU)$'),
        );
        await page.waitFor(() => [...document.querySelectorAll('finlens-mark')].some((m) => m.textContent === '$NKE'));
        await page.hover('finlens-mark[data-finlens-id="US:BIDU"]');
        expect((await page.waitFor(visibleCard)).symbol).toBe('BIDU');
        expect(page.errors).toEqual([]);
      } finally {
        await ctx.browser.setSettings({ offSites: [] });
        await page.close();
      }
    });
  });
}
