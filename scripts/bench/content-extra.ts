/** The content-cost bench's two extra runs: the service worker's cold start, and a feed that grows to 10,000 items. */
import type { BrowserContext, Page } from 'playwright-core';
import { ORIGIN, SETTLE_MS } from './content-browsers.ts';
import { CHINESE, textOfSize } from './texts.ts';

/** The worker's cold start: stopped, then one 10 KB analysis, timed from an extension page; and warm. */
export async function workerStart(context: BrowserContext): Promise<{ coldMs: number[]; warmMs: number[] }> {
  const id = new URL(context.serviceWorkers()[0].url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/extension/popup/index.html`);
  const cdp = await context.newCDPSession(page);
  let status = '';
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    status = versions[0]?.runningStatus ?? status;
  });
  await cdp.send('ServiceWorker.enable');
  const text = textOfSize(CHINESE, 10_000);
  const call = () =>
    page.evaluate(async (t) => {
      const t0 = performance.now();
      const answer = await (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }
      ).chrome.runtime.sendMessage({ finlens: 1, method: 'analyze', args: { text: t, links: [], article: true } });
      if (!answer.ok) throw new Error('analysis failed');
      return performance.now() - t0;
    }, text);
  const coldMs: number[] = [];
  const warmMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    for (let wait = 0; status !== 'stopped' && wait < 100; wait++) await page.waitForTimeout(50);
    coldMs.push(await call());
    warmMs.push(await call());
  }
  await page.close();
  return { coldMs, warmMs };
}

/** A feed that appends 10,000 items in batches of 100; main-thread time read at 0, 1,000, 9,000 and 10,000 items. */
export async function growth(context: BrowserContext, marks: boolean): Promise<number[]> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(`${ORIGIN}/grow`, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const task = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  const readings: number[] = [await task()];
  let added = 0;
  for (const checkpoint of [1000, 9000, 10_000]) {
    while (added < checkpoint) {
      added = (await page.evaluate('window.grow(100)')) as number;
      await page.waitForTimeout(100);
    }
    // Settled: the last item marked (FinLens), checked at the same cost in every browser: an O(1)
    // look at the last item, twice a second (a query over the whole feed would be the bench's own
    // O(page) cost, counted against FinLens alone).
    await page.waitForFunction(
      (mustMark) => {
        const last = document.getElementById('feed')?.lastElementChild;
        return last !== null && last !== undefined && (!mustMark || last.querySelector('finlens-mark') !== null);
      },
      marks,
      { timeout: 60_000, polling: 500 },
    );
    await page.waitForTimeout(800);
    readings.push(await task());
  }
  await page.close();
  return readings;
}
