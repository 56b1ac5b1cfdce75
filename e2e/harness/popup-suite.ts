/**
 * The popup in every browser, opened as a page of its own for a tab (`?tabId=N`), on the
 * Xueqiu-style post: its securities by mentions with their price chips, key points and claims, each
 * a click away from its place in the page, its switches, and the badge. Checked on what the reader
 * sees and meets in the page; the switches are clicked as a reader clicks them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tencentCode } from '../../src/quotes/tencent.ts';
import { axeViolations } from './axe.ts';
import type { BrowserPage } from './browser-page.ts';
import { clickOn, inContents, inShowsText, setChoice } from './controls.ts';
import { openFixture, type SuiteContext } from './extension-suite.ts';
import { fixtureNamed } from './fixtures.ts';
import {
  liveBody,
  lostTextNodes,
  markedMentions,
  paintedHighlights,
  pristineBody,
  rememberTextNodes,
} from './in-page.ts';
import { screenshotPath } from './paths.ts';
import { describePopupPages } from './popup-pages-suite.ts';

/** Opens the popup for a page's tab, as the toolbar button would for the active tab. */
export async function popupFor(ctx: SuiteContext, page: BrowserPage): Promise<BrowserPage> {
  return ctx.browser.openExtensionPage(`extension/popup/index.html?tabId=${await ctx.browser.tabIdOf(page)}`);
}

/** Whether the page marks exactly `text` for the reader: the focus a jump from the popup sets (runs in the page). */
export function focusShows(text: string): boolean {
  const ranges = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('finlens-focus');
  return [...(ranges ?? [])].map((r) => r.toString()).join() === text;
}

/** Each row's security id and the price its chip shows (the first number of its visible text); null until every row of `n` has one. */
function pricedRows(n: number): [string, number][] | null {
  const rows = [...document.querySelectorAll<HTMLElement>('li[data-security-id]')];
  if (rows.length < n || rows.some((r) => !r.querySelector('.chip[data-price]'))) return null;
  return rows.map((r) => [
    r.dataset.securityId ?? '',
    Number((r.querySelector<HTMLElement>('.chip')?.innerText ?? '').split(' ')[0].replace(/,/g, '')),
  ]);
}

/** Whether no FinLens claim or figure is painted (runs in the page). */
function noClaimsPainted(): boolean {
  return [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].every(
    (name) => !name.startsWith('finlens-claim-') && name !== 'finlens-figure',
  );
}

export function describePopup(ctx: SuiteContext): void {
  describe('popup', () => {
    const xueqiu = fixtureNamed('xueqiu-post');
    let page: BrowserPage;
    let tabId: number;
    let popup: BrowserPage;

    beforeAll(async () => {
      page = await openFixture(ctx, xueqiu);
      tabId = await ctx.browser.tabIdOf(page);
      popup = await popupFor(ctx, page);
    });
    afterAll(async () => {
      await ctx.browser.setSettings({ highlight: true, claims: true, offSites: [] });
      await popup?.close();
      await page?.close();
    });

    it('lists the securities of its tab by mentions, each with its price chip; no axe violations', async () => {
      const count = (id: string) => xueqiu.expected.mentions.filter((m) => m.id === id).length;
      const order = xueqiu.expected.securities
        .map((id, first) => ({ id, first }))
        .sort((a, b) => count(b.id) - count(a.id) || a.first - b.first)
        .map((s) => s.id);
      // One call priced every row; each chip shows the provider's price for its code.
      const rows = await popup.waitFor(pricedRows, order.length, 15_000);
      expect(rows.map(([id]) => id)).toEqual(order);
      for (const [id, price] of rows) {
        const [market, symbol] = id.split(':');
        const code = tencentCode({ id, market: market as never, symbol, type: 'stock' });
        expect(price, id).toBe(Number(ctx.quotes.priceOf(code ?? '').toFixed(2)));
      }
      await popup.setViewport(400, 420);
      await popup.screenshot(screenshotPath(ctx.browser.name, 'popup'));
      expect(await axeViolations(popup)).toEqual([]);
      await popup.setViewport(400, 560);
      await popup.screenshot(screenshotPath(ctx.browser.name, 'popup-prices'));
    });

    it("lists the article's key points and claims; each takes the reader to its place in the page", async () => {
      await popup.waitFor(inShowsText, ['.key-points h2', 'Key points']);
      expect(await popup.evaluate(inContents, '.headline')).toEqual(['大模型的门槛到底有多高？从算力账单说起']);
      // The byline the post marks with class="author", and its <time> (09:15 at +08:00) on the clock it
      // was printed on, in the reader's locale (ICU puts a space or a narrow no-break space before AM).
      expect((await popup.evaluate(inContents, '.article-meta'))[0]).toMatch(
        /^价值投资小站 · Feb 6, 2023, 9:15\s?AM GMT\+8$/u,
      );
      const points = await popup.evaluate(inContents, '.key-points li .text');
      // A Chinese post of some 400 characters holds two points (one each 200 characters, at most five).
      expect(points.length).toBeGreaterThanOrEqual(1);
      expect(points.length).toBeLessThanOrEqual(5);
      const pageText = (await page.evaluate(liveBody)).text;
      for (const p of points) expect(pageText).toContain(p);

      expect(await popup.evaluate(inContents, '.claims li .text')).toEqual(xueqiu.expected.claims.map((c) => c.text));
      // Every type a claim has is shown, in the reader's language.
      const nth = (n: number, part: string) => popup.evaluate(inContents, `.claims li:nth-of-type(${n}) ${part}`);
      expect(await nth(2, '.type')).toEqual(['Figure', 'Comparison', 'Attributed']);
      expect(await nth(3, '.type')).toEqual(['Figure', 'Forecast']);
      // Figures as a reader writes them: 数百万美元以上 is more than 2 million, not 1 million; a
      // forecast's figure is marked so.
      expect(await nth(1, '.figure')).toEqual(['100B', '> $2M']);
      expect(await nth(3, '.figure.forecast')).toEqual(['≈ 30%']);

      await clickOn(popup, { selector: '.claims li:nth-of-type(3) > button' });
      await page.waitFor(focusShows, xueqiu.expected.claims[2].text);
      await clickOn(popup, { selector: '.key-points li:nth-of-type(1) > button' });
      await page.waitFor(focusShows, points[0]);
      await popup.screenshot(screenshotPath(ctx.browser.name, 'popup-article'), { fullPage: true });
    });

    it('switching claims off takes their highlights out of the page; on paints them again', async () => {
      const before = await page.evaluate(paintedHighlights);
      expect(Object.keys(before)).toContain('finlens-claim-figure');
      await setChoice(popup, 'Highlight claims', false);
      await page.waitFor(noClaimsPainted);
      // The securities' marks stay.
      expect((await page.evaluate(markedMentions)).length).toBe(xueqiu.expected.mentions.length);
      await setChoice(popup, 'Highlight claims', true);
      await page.waitFor(() =>
        (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('finlens-figure'),
      );
      const after = await page.evaluate(paintedHighlights);
      for (const name of Object.keys(before).filter((n) => n !== 'finlens-focus'))
        expect(after[name]).toEqual(before[name]);
    });

    it('shows the number of securities on the toolbar badge', async () => {
      expect(await ctx.browser.badgeOf(tabId)).toBe(String(xueqiu.expected.securities.length));
    });

    it('takes the reader to a security in the page', async () => {
      await clickOn(popup, { selector: 'li[data-security-id="SH:600519"] button' });
      // The mark has the focus and is in view, where the reader looks.
      await page.waitFor(() => {
        const mark = document.activeElement as HTMLElement | null;
        const r = mark?.getBoundingClientRect();
        return (
          mark?.dataset?.finlensId === 'SH:600519' &&
          r !== undefined &&
          r.height > 0 &&
          r.top >= 0 &&
          r.bottom <= window.innerHeight &&
          document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === mark
        );
      });
    });

    it('switching highlights off restores the page exactly; on brings them back', async () => {
      const unmarked = () => document.querySelectorAll('finlens-mark, finlens-card, [data-finlens-id]').length === 0;
      const pristine = await page.evaluate(pristineBody);
      await setChoice(popup, 'Highlight securities', false);
      await page.waitFor(unmarked);
      expect((await page.evaluate(liveBody)).html).toBe(pristine.html);

      // Remember the very text nodes of the clean page, then go round once more.
      expect(await page.evaluate(rememberTextNodes)).toBeGreaterThan(0);
      await setChoice(popup, 'Highlight securities', true);
      await page.waitFor(() => document.querySelectorAll('finlens-mark').length > 0);
      expect((await page.evaluate(markedMentions)).map(({ text, id }) => ({ text, id }))).toEqual(
        xueqiu.expected.mentions,
      );
      expect(await page.evaluate(lostTextNodes)).toBeGreaterThan(0);
      await setChoice(popup, 'Highlight securities', false);
      await page.waitFor(unmarked);
      expect(await page.evaluate(lostTextNodes)).toBe(0);
      expect((await page.evaluate(liveBody)).html).toBe(pristine.html);
      await setChoice(popup, 'Highlight securities', true);
      await page.waitFor(() => document.querySelectorAll('finlens-mark').length > 0);
      // Claims were painted over the page's own text nodes while the marks were out, and over
      // the marks' pieces now: the same sentences either way.
      const painted = await page.evaluate(paintedHighlights);
      expect(painted['finlens-claim-figure']).toEqual(
        xueqiu.expected.claims.filter((c) => c.type === 'figure').map((c) => c.text),
      );
      expect(page.errors).toEqual([]);
    });

    it('switching FinLens off on the site clears the page and says so; on marks it again', async () => {
      const pristine = await page.evaluate(pristineBody);
      await setChoice(popup, 'FinLens on this site', false);
      await page.waitFor(() => document.querySelectorAll('finlens-mark, [data-finlens-id]').length === 0);
      await page.waitFor(noClaimsPainted);
      expect((await page.evaluate(liveBody)).html).toBe(pristine.html);
      await popup.waitFor(inShowsText, ['.site-off', 'FinLens is off on this site.']);
      await setChoice(popup, 'FinLens on this site', true);
      await page.waitFor((n) => document.querySelectorAll('finlens-mark').length >= n, xueqiu.expected.mentions.length);
      expect((await page.evaluate(markedMentions)).map(({ text, id }) => ({ text, id }))).toEqual(
        xueqiu.expected.mentions,
      );
      await popup.waitFor((n) => document.querySelectorAll('.claims li').length === n, xueqiu.expected.claims.length);
    });

    it('says so when a passage it lists is no longer in the page', async () => {
      await popup.waitFor(() => document.querySelector('.claims li:nth-of-type(3) > button'));
      expect(await popup.evaluate(() => document.querySelector('.claims li:nth-of-type(3)')?.textContent)).toContain(
        '业内预计',
      );
      // The page re-renders that paragraph (as a framework would) with other words: the old text
      // nodes are gone, and a reading of the page afresh no longer has the passage where it was.
      await page.evaluate(() => {
        const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes('业内预计'));
        const next = p?.cloneNode(true) as HTMLElement | undefined;
        if (!p || !next) throw new Error('no paragraph with 业内预计');
        next.textContent = (next.textContent ?? '').replace(/业内预计[^。]*。/, '（本段已更新）');
        p.replaceWith(next);
      });
      await clickOn(popup, { selector: '.claims li:nth-of-type(3) > button' });
      await popup.waitFor(inShowsText, ['.notice', 'That passage is no longer on the page.']);
      expect(page.errors).toEqual([]);
      expect(popup.errors).toEqual([]);
    });
  });

  describePopupPages(ctx);
}
