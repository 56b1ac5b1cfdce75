import { mkdirSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumExtension, launchChromium } from './harness/chromium.ts';
import { badgeOf, pageStateOf, tabIdOf } from './harness/chromium-extension.ts';
import { describeExtension, openFixture, QUIET_PAGE_MS, type SuiteContext } from './harness/extension-suite.ts';
import { startFixtureServer } from './harness/fixture-server.ts';
import { fixtureNamed } from './harness/fixtures.ts';
import { applyLiveUpdates, probeExtensionFiles, visibleCard } from './harness/in-page.ts';
import { builtExtension, RESULTS_DIR } from './harness/paths.ts';

const fixture = fixtureNamed;

/** Every file of a build, relative to its root. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)));
}

describe('Chromium with the built extension', () => {
  describeExtension((quotes) => launchChromium({ quotes }), {
    // A page with nothing to highlight: the first stage has had its look once the quiet period has
    // passed, and the popup's way in (the full script, injected on demand) still finds nothing.
    settled: async (ctx, page) => {
      await new Promise((resolve) => setTimeout(resolve, QUIET_PAGE_MS));
      const browser = ctx.browser as ChromiumExtension;
      const state = await pageStateOf(browser, await tabIdOf(browser, page));
      if (!state.ok) throw new Error(`content script did not answer: ${state.error}`);
    },
    extra: (ctx) => {
      const chromium = () => ctx.browser as ChromiumExtension;

      describe('two stages', () => {
        /** Opens a fixture with a debugger on its page, which lists every script the page's renderer parses. */
        const openWatched = async (slug: string) => {
          const page = await ctx.browser.newPage();
          const cdp = await chromium().context.newCDPSession(chromium().raw(page));
          const parsed: string[] = [];
          cdp.on('Debugger.scriptParsed', ({ url }) => parsed.push(url));
          await cdp.send('Debugger.enable');
          await page.goto(ctx.server.url(slug));
          const ran = (file: string) => parsed.some((u) => u.endsWith(`/extension/content/${file}`));
          return { page, cdp, ran };
        };

        it('a page with nothing for FinLens gets the first stage alone, until the popup asks', async () => {
          const { page, cdp, ran } = await openWatched('sports-news');
          await expect.poll(() => ran('first-stage.iife.js'), { timeout: 5000 }).toBe(true);
          await new Promise((resolve) => setTimeout(resolve, QUIET_PAGE_MS));
          expect(ran('full-stage.iife.js')).toBe(false);
          // The popup's way in: the background injects the full script, which reads the page for it.
          const state = await pageStateOf(chromium(), await tabIdOf(chromium(), page));
          expect(state.ok).toBe(true);
          expect(ran('full-stage.iife.js')).toBe(true);
          await cdp.detach();
          await page.close();
        });

        it('a page that names companies only in passing gets the first stage alone; the popup lists them', async () => {
          const { page, cdp, ran } = await openWatched('travel-notes');
          await expect.poll(() => ran('first-stage.iife.js'), { timeout: 5000 }).toBe(true);
          await new Promise((resolve) => setTimeout(resolve, QUIET_PAGE_MS));
          // A quiet page marks no name: the full reading would draw nothing here.
          expect(ran('full-stage.iife.js')).toBe(false);
          const popup = await chromium().context.newPage();
          await popup.goto(
            `chrome-extension://${chromium().extensionId}/extension/popup/index.html?tabId=${await tabIdOf(chromium(), page)}`,
          );
          const rows = popup.locator('li[data-security-id]');
          await rows.first().waitFor();
          expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-security-id')))).toEqual([
            'US:UBER',
            'US:GOOGL',
          ]);
          expect(await page.evaluate(() => document.querySelectorAll('finlens-mark').length)).toBe(0);
          await popup.close();
          await cdp.detach();
          await page.close();
        });

        it('an article gets the full script and its highlights', async () => {
          const { page, cdp, ran } = await openWatched('xueqiu-post');
          await page.waitFor(() => document.querySelectorAll('finlens-mark').length > 0);
          expect(ran('first-stage.iife.js')).toBe(true);
          expect(ran('full-stage.iife.js')).toBe(true);
          await cdp.detach();
          await page.close();
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
