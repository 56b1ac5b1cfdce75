/**
 * Live quotes in every browser, against the local provider stand-in: the card's price, one batched
 * request for the page's securities with no cookie or referrer, the priced card's accessibility
 * (axe-core) on a light and a dark page, each fault's face and recovery, and fallback to the second
 * provider.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import type { BrowserPage } from './browser-page.ts';
import { cardClip, cardColours, openPricedCard } from './card-look.ts';
import { clickOn, inContents, inShowsText } from './controls.ts';
import type { SuiteContext } from './extension-suite.ts';
import { cardGone } from './in-page.ts';
import { screenshotPath } from './paths.ts';
import { focusShows, popupFor } from './popup-suite.ts';
import type { Fault } from './quote-server.ts';

const TENCENT = 'qt.gtimg.cn';

/** Opens a page naming one security and waits for its mark. */
export async function cashtagPage(ctx: SuiteContext, code: string, name: string): Promise<BrowserPage> {
  const page = await ctx.browser.newPage();
  await page.goto(`${ctx.server.origin}/_cashtag/?code=${code}&name=${encodeURIComponent(name)}`);
  await page.waitFor(() => document.querySelectorAll('finlens-mark').length > 0);
  return page;
}

/** Brings the page to the front and hovers its first mark (or `mark`) until the card shows a face other than loading; returns what it shows. */
export async function hoverFace(page: BrowserPage, timeoutMs = 15_000, mark = 'finlens-mark') {
  await page.bringToFront();
  await page.moveMouseTo(0, 0);
  await page.waitFor(cardGone, null);
  await page.hover(mark);
  return page.waitFor(cardFaceSettled, undefined, timeoutMs);
}

/** The card's face once it is no longer loading (runs in the page). */
function cardFaceSettled(): {
  face: string;
  price?: number;
  source: string;
  text: string;
  spark: boolean;
  former: string;
} | null {
  const host = document.querySelector('finlens-card') as HTMLElement | null;
  const root = host?.shadowRoot;
  // On screen: displayed (computed style, not the attribute), with a box.
  if (!root || !host || getComputedStyle(host).display === 'none') return null;
  const face = root.querySelector<HTMLElement>('.quote [data-face]');
  if (!face || face.dataset.face === 'loading' || face.getBoundingClientRect().height === 0) return null;
  // The price as the reader reads it (`1,780.00`), not an attribute standing for it.
  const price = root.querySelector<HTMLElement>('.price')?.innerText.replace(/[,\s]/g, '');
  return {
    face: face.dataset.face ?? '',
    price: price === undefined ? undefined : Number(price),
    source: root.querySelector('.source')?.textContent ?? '',
    text: face.innerText ?? '',
    spark: root.querySelector('svg.spark polyline') !== null,
    former: root.querySelector<HTMLElement>('.former-name')?.innerText ?? '',
  };
}

export function describeQuotes(ctx: SuiteContext): void {
  describe('live quotes', () => {
    it('the card shows the live price, its state and source, then the day’s sparkline; one batch for the page, no cookie or referrer', async () => {
      const before = ctx.quotes.log.length;
      const page = await ctx.browser.newPage();
      await page.goto(ctx.server.url('xueqiu-post'));
      await page.waitFor(() => document.querySelector('finlens-mark[data-finlens-id="US:BIDU"]') !== null);
      await page.hover('finlens-mark[data-finlens-id="US:BIDU"]');
      const shown = await page.waitFor(cardFaceSettled, undefined, 15_000);
      expect(shown.face).toBe('quote');
      expect(shown.price).toBe(Number(ctx.quotes.priceOf('usBIDU').toFixed(2)));
      expect(shown.source).toContain('Tencent');
      await page.waitFor(() => {
        const root = document.querySelector('finlens-card')?.shadowRoot;
        return root?.querySelector('svg.spark polyline') ?? null;
      });
      // Baidu was asked for at most once for this page, in one batch with the page's other
      // securities whose cached quotes had run out (a quote holds 20 s to 10 min by its market's
      // state, so whether an earlier page's batch still answers depends on the hour): the card
      // never asks on its own.
      const asked = ctx.quotes.log.filter((r) => r.host === TENCENT && r.path.includes('usBIDU'));
      expect(asked.length).toBeGreaterThanOrEqual(1);
      const forThisPage = ctx.quotes.log.slice(before).filter((r) => r.host === TENCENT && r.path.includes('usBIDU'));
      expect(forThisPage.length).toBeLessThanOrEqual(1);
      for (const batch of forThisPage) expect(batch.path.split(',').length).toBeGreaterThanOrEqual(2);
      for (const request of ctx.quotes.log) {
        expect(request.cookie).toBeUndefined();
        expect(request.referer).toBeUndefined();
      }
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it('the open card with its price has no axe violations, and on a dark page it is dark', async () => {
      const page = await ctx.browser.newPage();
      await page.goto(ctx.server.url('xueqiu-post'));
      await page.waitFor(() => document.querySelector('finlens-mark[data-finlens-id="SH:600519"]') !== null);
      await openPricedCard(page, 'SH:600519');
      expect(await axeViolations(page, [['finlens-card']])).toEqual([]);
      await page.evaluate(() => {
        document.body.style.background = '#14181d';
        document.body.style.color = '#d8dde3';
      });
      await openPricedCard(page, 'HK:00700');
      expect((await page.evaluate(cardColours))?.dark).toBe(true);
      expect(await axeViolations(page, [['finlens-card']])).toEqual([]);
      await page.screenshot(screenshotPath(ctx.browser.name, 'card-dark-page'), { clip: await cardClip(page) });
      expect(page.errors).toEqual([]);
      await page.close();
    });

    describe('faults: each has its face, the page stays usable, and the next hover after it clears shows a price', () => {
      const cases: [fault: Fault, code: string, name: string, face: string, says: RegExp][] = [
        ['500', 'SH600000', '浦发银行', 'error', /Tencent/],
        ['429', 'SH600036', '招商银行', 'rate-limited', /slow down/],
        ['garbage', 'SZ000001', '平安银行', 'error', /Tencent/],
        ['truncated', 'SZ000002', '万科A', 'error', /Tencent/],
        ['empty', 'SH601318', '中国平安', 'error', /Tencent/],
        ['slow', 'SH600028', '中国石化', 'error', /in time/],
      ];
      for (const [fault, code, name, face, says] of cases) {
        it(`${fault}`, async () => {
          await ctx.browser.setSettings({ providers: ['tencent'] });
          ctx.quotes.fault(TENCENT, fault);
          const page = await cashtagPage(ctx, code, name);
          try {
            const shown = await hoverFace(page);
            expect(shown.face).toBe(face);
            expect(shown.text).toMatch(says);
            expect(await page.evaluate(() => (document.body.textContent ?? '').length > 0)).toBe(true);
            ctx.quotes.fault(TENCENT, null);
            // A 429 asked for 2 s: the provider is left alone that long.
            if (fault === '429') await new Promise((resolve) => setTimeout(resolve, 2200));
            const after = await hoverFace(page);
            expect(after.face).toBe('quote');
            expect(page.errors).toEqual([]);
          } finally {
            ctx.quotes.fault(TENCENT, null);
            await page.close();
          }
        });
      }

      it('an unknown code says so', async () => {
        ctx.quotes.unknown.add('sz000858');
        const page = await cashtagPage(ctx, 'SZ000858', '五粮液');
        try {
          const shown = await hoverFace(page);
          expect(shown.face).toBe('unknown');
        } finally {
          ctx.quotes.unknown.delete('sz000858');
          await page.close();
        }
      });
    });

    it('names beyond the A-share and HK lists: Yahoo prices a foreign home listing, a former name says the name today, a delisted company asks no provider, a company with no listing is listed apart in the popup', async () => {
      await ctx.browser.setSettings({ providers: ['tencent', 'eastmoney', 'yahoo'] });
      const before = ctx.quotes.log.length;
      const page = await ctx.browser.newPage();
      try {
        await page.goto(ctx.server.url('world-markets'));
        const mark = (id: string) => `finlens-mark[data-finlens-id="${id}"]`;
        await page.waitFor((sel) => document.querySelector(sel) !== null, mark('INTL:005930.KS'));
        // 三星电子: Tencent and Eastmoney have no Seoul quotes; Yahoo's, in its own spelling.
        const samsung = await hoverFace(page, 15_000, mark('INTL:005930.KS'));
        expect(samsung.face).toBe('quote');
        expect(samsung.source).toContain('Yahoo');
        expect(
          await page.evaluate(
            () => document.querySelector('finlens-card')?.shadowRoot?.querySelector<HTMLElement>('.market')?.innerText,
          ),
        ).toBe('KRX · Stock');
        expect(samsung.price).toBe(Number(ctx.quotes.priceOf('005930.KS').toFixed(2)));
        const asked = ctx.quotes.log.slice(before);
        expect(asked.some((r) => r.host === 'query1.finance.yahoo.com' && r.path.includes('/005930.KS?'))).toBe(true);
        await page.screenshot(screenshotPath(ctx.browser.name, 'card-foreign-listing'), { clip: await cardClip(page) });
        // 小康股份 is 赛力斯 today: the card says so above its quote.
        const seres = await hoverFace(page, 15_000, mark('SH:601127'));
        expect(seres.former).toBe('formerly 小康股份 · now 赛力斯');
        // 推特公司 left the exchange: the card says so, and no provider was asked for it.
        const twitter = await hoverFace(page, 15_000, mark('US:TWTR'));
        expect(twitter.face).toBe('delisted');
        expect(twitter.text).toBe('Delisted: this company no longer trades.');
        expect(ctx.quotes.log.slice(before).some((r) => /TWTR/i.test(r.path))).toBe(false);
        // A company named by its registered name that no exchange lists: the popup lists it apart, with
        // the short name the article gives it counted, and a click finds it in the page.
        const popup = await popupFor(ctx, page);
        try {
          await popup.waitFor(inShowsText, ['#companies-heading', 'Other companies named']);
          expect(await popup.evaluate(inContents, '.companies li .name')).toEqual(['星河智能（上海）有限公司']);
          expect(await popup.evaluate(inContents, '.companies li .meta')).toEqual(['Mentions: 3']);
          await clickOn(popup, { selector: '.companies li:nth-of-type(1) > button' });
          await page.waitFor(focusShows, '星河智能（上海）有限公司');
          await popup.screenshot(screenshotPath(ctx.browser.name, 'popup-companies'), { fullPage: true });
          expect(await axeViolations(popup)).toEqual([]);
        } finally {
          await popup.close();
        }
        expect(page.errors).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('when Tencent fails, the card shows Eastmoney’s quote and says so', async () => {
      await ctx.browser.setSettings({ providers: ['tencent', 'eastmoney', 'yahoo'] });
      ctx.quotes.fault(TENCENT, '500');
      const page = await cashtagPage(ctx, 'SH601988', '中国银行');
      try {
        const shown = await hoverFace(page);
        expect(shown.face).toBe('quote');
        expect(shown.source).toContain('Eastmoney');
        expect(ctx.quotes.log.some((r) => r.host === 'push2.eastmoney.com' && r.path.includes('secids=1.601988'))).toBe(
          true,
        );
      } finally {
        ctx.quotes.fault(TENCENT, null);
        await page.close();
      }
    });
  });
}
