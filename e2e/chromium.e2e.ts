import { mkdirSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tencentCode } from '../src/quotes/tencent.ts';
import type { BrowserPage } from './harness/browser-page.ts';
import { type ChromiumExtension, launchChromium } from './harness/chromium.ts';
import { badgeOf, openPopupFor, pageStateOf, tabIdOf } from './harness/chromium-extension.ts';
import { describeExtension, openFixture, type SuiteContext } from './harness/extension-suite.ts';
import { startFixtureServer } from './harness/fixture-server.ts';
import { type Fixture, loadFixtures } from './harness/fixtures.ts';
import {
  applyLiveUpdates,
  liveBody,
  lostTextNodes,
  markedMentions,
  paintedHighlights,
  pristineBody,
  probeExtensionFiles,
  rememberTextNodes,
  visibleCard,
} from './harness/in-page.ts';
import { builtExtension, RESULTS_DIR } from './harness/paths.ts';

const fixture = (slug: string): Fixture => {
  const found = loadFixtures().find((f) => f.slug === slug);
  if (!found) throw new Error(`no fixture ${slug}`);
  return found;
};

/** Every file of a build, relative to its root. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)));
}

describe('Chromium with the built extension', () => {
  describeExtension((quotes) => launchChromium({ quotes }), {
    // A page with nothing to highlight has been handled once its content script answers.
    settled: async (ctx, page) => {
      const browser = ctx.browser as ChromiumExtension;
      const state = await pageStateOf(browser, await tabIdOf(browser, page));
      if (!state.ok) throw new Error(`content script did not answer: ${state.error}`);
    },
    openPopup: (ctx, page) => openPopupFor(ctx.browser as ChromiumExtension, page),
    extra: (ctx) => {
      const chromium = () => ctx.browser as ChromiumExtension;

      describe('popup', () => {
        const xueqiu = fixture('xueqiu-post');
        let page: BrowserPage;
        let tabId: number;
        let popup: Page;

        const openPopup = async (forTab: number) => {
          const p = await chromium().context.newPage();
          await p.goto(`chrome-extension://${chromium().extensionId}/extension/popup/index.html?tabId=${forTab}`);
          return p;
        };
        const setSwitch = async (name: string, on: boolean) => {
          const box = popup.getByRole('checkbox', { name });
          await expect.poll(() => box.isEnabled()).toBe(true);
          if ((await box.isChecked()) !== on) await box.click();
        };
        const setHighlight = (on: boolean) => setSwitch('Highlight securities', on);
        const setClaims = (on: boolean) => setSwitch('Highlight claims', on);

        beforeAll(async () => {
          page = await openFixture(ctx as SuiteContext, xueqiu);
          tabId = await tabIdOf(chromium(), page);
          popup = await openPopup(tabId);
        });
        afterAll(async () => {
          await popup?.close();
          await page?.close();
        });

        it('lists the securities of its tab by mentions, each with its price chip', async () => {
          const rows = popup.locator('li[data-security-id]');
          await rows.first().waitFor();
          const count = (id: string) => xueqiu.expected.mentions.filter((m) => m.id === id).length;
          const order = xueqiu.expected.securities
            .map((id, first) => ({ id, first }))
            .sort((a, b) => count(b.id) - count(a.id) || a.first - b.first)
            .map((s) => s.id);
          expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-security-id')))).toEqual(order);
          // One call priced every row; each chip shows the provider's price for its code.
          await popup
            .locator('.chip[data-price]')
            .nth(order.length - 1)
            .waitFor();
          // Each chip's price as the reader reads it: the first number of its visible text (`1,780.00 +1.25%`).
          const chips = await rows.evaluateAll((els) =>
            els.map((e) => [
              e.getAttribute('data-security-id'),
              Number((e.querySelector<HTMLElement>('.chip')?.innerText ?? '').split(' ')[0].replace(/,/g, '')),
            ]),
          );
          for (const [id, price] of chips) {
            const [market, symbol] = String(id).split(':');
            const code = tencentCode({ id: String(id), market: market as never, symbol, type: 'stock' });
            expect(price, String(id)).toBe(Number(ctx.quotes.priceOf(code ?? '').toFixed(2)));
          }
          await popup.setViewportSize({ width: 400, height: 420 });
          await popup.screenshot({ path: join(RESULTS_DIR, 'popup.png') });
        });

        it("lists the article's key points and claims; each takes the reader to its place in the page", async () => {
          await popup.getByText('Key points', { exact: true }).waitFor();
          expect(await popup.locator('.headline').textContent()).toBe('大模型的门槛到底有多高？从算力账单说起');
          // The byline the post marks with class="author", and its <time> (09:15 at +08:00) on the clock it
          // was printed on, in the reader's locale (ICU puts a space or a narrow no-break space before AM).
          expect(await popup.locator('.article-meta').textContent()).toMatch(
            /^价值投资小站 · Feb 6, 2023, 9:15\s?AM GMT\+8$/u,
          );
          const points = await popup.locator('.key-points li .text').allTextContents();
          // A Chinese post of some 400 characters holds two points (one each 200 characters, at most five).
          expect(points.length).toBeGreaterThanOrEqual(1);
          expect(points.length).toBeLessThanOrEqual(5);
          const pageText = (await page.evaluate(liveBody)).text;
          for (const p of points) expect(pageText).toContain(p);

          const claims = popup.locator('.claims li');
          expect(await claims.locator('.text').allTextContents()).toEqual(xueqiu.expected.claims.map((c) => c.text));
          // Every type a claim has is shown, in the reader's language.
          expect(await claims.nth(1).locator('.type').allTextContents()).toEqual([
            'Figure',
            'Comparison',
            'Attributed',
          ]);
          expect(await claims.nth(2).locator('.type').allTextContents()).toEqual(['Figure', 'Forecast']);
          // Figures as a reader writes them: 数百万美元以上 is more than 2 million, not 1 million; a
          // forecast's figure is marked so.
          expect(await claims.nth(0).locator('.figure').allTextContents()).toEqual(['100B', '> $2M']);
          expect(await claims.nth(2).locator('.figure.forecast').allTextContents()).toEqual(['≈ 30%']);

          await claims.nth(2).locator('button').click();
          await page.waitFor(
            (text) =>
              [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('finlens-focus') ?? [])]
                .map((r) => r.toString())
                .join() === text,
            xueqiu.expected.claims[2].text,
          );
          await popup.locator('.key-points li button').first().click();
          await page.waitFor(
            (text) =>
              [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('finlens-focus') ?? [])]
                .map((r) => r.toString())
                .join() === text,
            points[0],
          );
          await popup.screenshot({ path: join(RESULTS_DIR, 'popup-article.png'), fullPage: true });
        });

        it('shows a claim that is part of a sentence inside the rest of it, as context', async () => {
          const news = await openFixture(ctx as SuiteContext, fixture('english-news'));
          const newsPopup = await openPopup(await tabIdOf(chromium(), news));
          const claimWhosePart = (start: string) =>
            newsPopup.locator('.claims li').filter({ has: newsPopup.locator('.part', { hasText: start }) });
          const part = claimWhosePart('and analysts estimate');
          await part.waitFor();
          expect(await part.locator('.part').textContent()).toBe(
            'and analysts estimate the industry will spend $12.9bn on computing power this year.',
          );
          expect(await part.locator('.context').allTextContents()).toEqual([
            'A start-up in the sector raised $12M last week, ',
          ]);
          expect(await part.locator('.figure.forecast').allTextContents()).toEqual(['$12.9B']);
          const reported = claimWhosePart('A start-up in the sector');
          expect(await reported.locator('.part').textContent()).toBe('A start-up in the sector raised $12M last week');
          expect(await reported.locator('.figure').allTextContents()).toEqual(['$12M']);
          expect(await reported.locator('.figure.forecast').count()).toBe(0);
          await newsPopup.close();
          await news.close();
        });

        it('on a page not about finance, lists names apart under "Also mentioned", and counts only what is highlighted', async () => {
          const review = await openFixture(ctx as SuiteContext, fixture('tech-review'));
          const reviewTab = await tabIdOf(chromium(), review);
          const reviewPopup = await openPopup(reviewTab);
          const ids = (selector: string) =>
            reviewPopup.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('data-security-id')));
          await reviewPopup.getByText('Also mentioned', { exact: true }).waitFor();
          expect(await ids('ul.securities:not(.also-mentioned ul) > li[data-security-id]')).toEqual(['US:NVDA']);
          expect((await ids('.also-mentioned li[data-security-id]'))?.sort()).toEqual([
            'US:AMZN',
            'US:GOOGL',
            'US:MSFT',
          ]);
          expect(await badgeOf(chromium(), reviewTab)).toBe('1');
          await reviewPopup.close();
          await review.close();
        });

        it('switching claims off takes their highlights out of the page; on paints them again', async () => {
          const before = await page.evaluate(paintedHighlights);
          expect(Object.keys(before)).toContain('finlens-claim-figure');
          await setClaims(false);
          await page.waitFor(() =>
            [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].every(
              (name) => !name.startsWith('finlens-claim-') && name !== 'finlens-figure',
            ),
          );
          // The securities' marks stay.
          expect((await page.evaluate(markedMentions)).length).toBe(xueqiu.expected.mentions.length);
          await setClaims(true);
          await page.waitFor(() =>
            (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('finlens-figure'),
          );
          const after = await page.evaluate(paintedHighlights);
          for (const name of Object.keys(before).filter((n) => n !== 'finlens-focus'))
            expect(after[name]).toEqual(before[name]);
        });

        it('shows the number of securities on the toolbar badge', async () => {
          expect(await badgeOf(chromium(), tabId)).toBe(String(xueqiu.expected.securities.length));
        });

        it('takes the reader to a security in the page', async () => {
          await popup.locator('li[data-security-id="SH:600519"] button').click();
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
          const pristine = await page.evaluate(pristineBody);
          await setHighlight(false);
          await page.waitFor(
            () => document.querySelectorAll('finlens-mark, finlens-card, [data-finlens-id]').length === 0,
          );
          expect((await page.evaluate(liveBody)).html).toBe(pristine.html);

          // Remember the very text nodes of the clean page, then go round once more.
          expect(await page.evaluate(rememberTextNodes)).toBeGreaterThan(0);
          await setHighlight(true);
          await page.waitFor(() => document.querySelectorAll('finlens-mark').length > 0);
          expect((await page.evaluate(markedMentions)).map(({ text, id }) => ({ text, id }))).toEqual(
            xueqiu.expected.mentions,
          );
          expect(await page.evaluate(lostTextNodes)).toBeGreaterThan(0);
          await setHighlight(false);
          await page.waitFor(
            () => document.querySelectorAll('finlens-mark, finlens-card, [data-finlens-id]').length === 0,
          );
          expect(await page.evaluate(lostTextNodes)).toBe(0);
          expect((await page.evaluate(liveBody)).html).toBe(pristine.html);
          await setHighlight(true);
          await page.waitFor(() => document.querySelectorAll('finlens-mark').length > 0);
          // Claims were painted over the page's own text nodes while the marks were out, and over
          // the marks' pieces now: the same sentences either way.
          const painted = await page.evaluate(paintedHighlights);
          expect(painted['finlens-claim-figure']).toEqual(
            xueqiu.expected.claims.filter((c) => c.type === 'figure').map((c) => c.text),
          );
          expect(page.errors).toEqual([]);
        });

        it('lists the claims of an article that is not about finance, without painting them', async () => {
          const sports = await openFixture(ctx as SuiteContext, fixture('sports-news'), async (p) => {
            await pageStateOf(chromium(), await tabIdOf(chromium(), p));
          });
          const sportsPopup = await openPopup(await tabIdOf(chromium(), sports));
          await sportsPopup.getByText('This article is not about finance', { exact: false }).waitFor();
          expect(await sportsPopup.locator('.claims li').count()).toBeGreaterThan(0);
          expect(await sportsPopup.locator('.key-points li').count()).toBeGreaterThanOrEqual(3);
          expect(await sports.evaluate(paintedHighlights)).toEqual({});
          // The reader can still jump to a claim: the passage is marked for a moment.
          await sportsPopup.locator('.claims li button').first().click();
          await sports.waitFor(() =>
            (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('finlens-focus'),
          );
          await sportsPopup.close();
          await sports.close();
        });

        it('says so when a passage it lists is no longer in the page', async () => {
          const claim = popup.locator('.claims li').nth(2);
          await claim.waitFor();
          // The page re-renders that paragraph (as a framework would): the old text nodes are gone.
          await page.evaluate(() => {
            const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes('业内预计'));
            p?.replaceWith(p.cloneNode(true));
          });
          await claim.locator('button').click();
          await popup.getByText('That passage is no longer on the page.').waitFor();
          expect(page.errors).toEqual([]);
        });
      });

      describe('the service worker stopped mid-session', () => {
        it('the card, growth, the popup and the badge keep working, and the worker starts again', async () => {
          const page = await ctx.browser.newPage();
          await page.goto(ctx.server.url('live-market'));
          await page.waitFor(() => document.querySelectorAll('finlens-mark').length > 0);
          const tabId = await tabIdOf(chromium(), page);
          // The ServiceWorker domain of a page sees its own origin's workers: ask from an extension page.
          const own = await chromium().context.newPage();
          await own.goto(`chrome-extension://${chromium().extensionId}/extension/popup/index.html`);
          const cdp = await chromium().context.newCDPSession(own);
          const statuses: string[] = [];
          const stopped = new Promise<void>((resolve) => {
            cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
              for (const v of versions) if (statuses.at(-1) !== v.runningStatus) statuses.push(v.runningStatus);
              if (versions.some((v) => v.runningStatus === 'stopped')) resolve();
            });
          });
          await cdp.send('ServiceWorker.enable');
          await cdp.send('ServiceWorker.stopAllWorkers');
          await stopped;
          // The card needs no worker: the page keeps what it was told.
          await page.hover('finlens-mark');
          expect((await page.waitFor(visibleCard)).symbol).toBe('BIDU');
          await page.moveMouseTo(0, 0);
          // Text the page adds goes to the background, which Chromium starts again for the call.
          await page.evaluate(applyLiveUpdates, [{ line: '$AMD 盘前涨3%' }]);
          await page.waitFor(() =>
            [...document.querySelectorAll<HTMLElement>('finlens-mark')].some((m) => m.dataset.finlensId === 'US:AMD'),
          );
          // The worker went from stopped to running again for that call.
          expect(statuses.slice(statuses.lastIndexOf('stopped'))).toContain('running');
          await cdp.detach();
          await own.close();
          const popup = await chromium().context.newPage();
          await popup.goto(`chrome-extension://${chromium().extensionId}/extension/popup/index.html?tabId=${tabId}`);
          const rows = popup.locator('li[data-security-id]');
          await rows.first().waitFor();
          expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-security-id')))).toEqual([
            'US:BIDU',
            'US:AMD',
          ]);
          expect(await badgeOf(chromium(), tabId)).toBe('2');
          expect(page.errors).toEqual([]);
          await popup.close();
          await page.close();
        });
      });

      describe('privacy', () => {
        it('declares no web-accessible resources', async () => {
          const manifest = await chromium().serviceWorker.evaluate(() =>
            (globalThis as unknown as { chrome: { runtime: { getManifest(): object } } }).chrome.runtime.getManifest(),
          );
          expect(manifest).not.toHaveProperty('web_accessible_resources');
        });

        it("a page cannot load any of the extension's files", async () => {
          const page = await openFixture(ctx as SuiteContext, fixture('english-news'));
          const paths = filesUnder(builtExtension('chrome'));
          expect(paths.length).toBeGreaterThan(5);
          const loaded = await page.evaluate(probeExtensionFiles, {
            base: `chrome-extension://${chromium().extensionId}/`,
            paths,
          });
          expect(loaded).toEqual([]);
          await page.close();
        });
      });

      describe('screenshot for the README', () => {
        it('shows the annotated Xueqiu-style post with the card open', async () => {
          const page = await openFixture(ctx as SuiteContext, fixture('xueqiu-post'));
          await chromium().raw(page).locator('finlens-mark[data-finlens-id="US:KWEB"]').hover();
          await page.waitFor(visibleCard);
          mkdirSync(RESULTS_DIR, { recursive: true });
          await page.screenshot(join(RESULTS_DIR, 'xueqiu-post-annotated.png'));
          await page.close();
        });
      });
    },
  });
});

describe('Chromium in Chinese', () => {
  const ctx = {} as SuiteContext;
  beforeAll(async () => {
    ctx.server = await startFixtureServer();
    ctx.browser = await launchChromium({ lang: 'zh-CN' });
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });

  it('speaks Chinese in the card and the popup, naming securities in Chinese first', async () => {
    const browser = ctx.browser as ChromiumExtension;
    const page = await openFixture(ctx, fixture('xueqiu-post'));
    await page.hover('finlens-mark');
    const card = await page.waitFor(visibleCard);
    expect(card.text).toContain('美股 · 股票');
    expect(card.text.indexOf('百度')).toBeLessThan(card.text.indexOf('Baidu'));
    const popup = await browser.context.newPage();
    await popup.goto(
      `chrome-extension://${browser.extensionId}/extension/popup/index.html?tabId=${await tabIdOf(browser, page)}`,
    );
    await popup.getByText('本页提到的证券').waitFor();
    await popup.getByText('要点', { exact: true }).waitFor();
    expect(await popup.locator('.claims li').nth(2).locator('.type').allTextContents()).toEqual(['数字', '预测']);
    expect(await popup.locator('li[data-security-id="HK:00700"] .name').textContent()).toBe('腾讯控股');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(page.errors).toEqual([]);
  });
});
