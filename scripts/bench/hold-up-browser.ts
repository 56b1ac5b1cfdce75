/**
 * How `scripts/bench/hold-up.ts` drives Chromium: an article opened and settled, one hover timed by
 * the page's probe (with the daily-bar requests the stand-in saw meanwhile), the service worker
 * stopped, and message round trips timed from an extension page (where a warm row's time goes).
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { QuoteServer } from '../../e2e/harness/quote-server.ts';
import { dailyBarCounts, type HoverTiming } from './hold-up-pages.ts';

/** A timed hover: the probe's stamps, the daily-bar requests made meanwhile, and the card's gap line if it showed one instead of the row. */
export interface HoverSample extends HoverTiming {
  barRequests: number;
  gap?: string;
}

/** Waits until the stand-in has had no request for `quietMs` (the page's analysis and checks are done), at most `maxMs`. */
export async function quiet(quotes: QuoteServer, quietMs = 700, maxMs = 10_000): Promise<void> {
  const start = Date.now();
  let seen = quotes.log.length;
  let since = Date.now();
  while (Date.now() - start < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (quotes.log.length !== seen) {
      seen = quotes.log.length;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}

/** Opens `url` in a new tab and waits for marks on `ids` distinct securities, then for the stand-in to go quiet. */
export async function openArticle(context: BrowserContext, quotes: QuoteServer, url: string, ids: number) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    (n) =>
      new Set([...document.querySelectorAll('finlens-mark')].map((m) => m.getAttribute('data-finlens-id'))).size >= n,
    ids,
    { timeout: 20_000 },
  );
  await quiet(quotes);
  return page;
}

type Probe = { __holdUpProbe: { arm(id: string): void; sample: HoverTiming | null } };

/** Hovers a security's mark and waits for its row (or the card's gap line); then moves away and waits for the card to close. */
export async function timedHover(page: Page, quotes: QuoteServer, id: string): Promise<HoverSample> {
  const before = quotes.log.length;
  await page.evaluate((i) => (globalThis as unknown as Probe).__holdUpProbe.arm(i), id);
  await page.hover(`finlens-mark[data-finlens-id="${id}"]`);
  const outcome = await page.waitForFunction(
    () => {
      const s = (globalThis as unknown as Probe).__holdUpProbe.sample;
      if (s?.rowFrame !== undefined) return { sample: s, gap: undefined };
      const host = document.querySelector('finlens-card') as HTMLElement | null;
      const gap = host && !host.hidden ? host.shadowRoot?.querySelector<HTMLElement>('.since-gap') : null;
      return s && gap ? { sample: s, gap: gap.textContent ?? '' } : null;
    },
    undefined,
    { timeout: 30_000, polling: 50 },
  );
  const { sample, gap } = (await outcome.jsonValue()) as { sample: HoverTiming; gap?: string };
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => (document.querySelector('finlens-card') as HTMLElement | null)?.hidden !== false);
  const barRequests = Object.values(dailyBarCounts(quotes.log.slice(before))).reduce((a, b) => a + b, 0);
  return { ...sample, barRequests, ...(gap ? { gap } : {}) };
}

/** Stops the extension's service worker (its memory, the in-memory bar cache with it, is gone; `storage.local` stays). */
export async function stopWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  let status = '';
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    status = versions[0]?.runningStatus ?? status;
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  for (let wait = 0; status !== 'stopped' && wait < 100; wait++) await page.waitForTimeout(50);
  await cdp.detach();
}

/** Round trips timed from an extension page (ms, each call in turn), and the stored bar cache's size. */
export interface RoundTrips {
  /** `quotes` with no targets: the message alone, both ways. */
  empty: number[];
  /** `quotes` for one security whose answer the background holds. */
  quote: number[];
  /** `since` for a security whose bars (and its benchmark's) the background holds in memory. */
  since: number[];
  /** `storage.local.get('historyCache')` from the page: what a restarted worker reads before its first answer. */
  storageRead: number[];
  storedBytes: number;
  /** `since` right after the worker was stopped (it starts, reads storage, answers), then once more. */
  sinceAfterStop: { first: number; second: number }[];
}

type Chrome = {
  chrome: {
    runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> };
    storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
  };
};

/** Times a background call `n` times from an extension page. */
function timeCalls(page: Page, method: string, args: unknown, n: number): Promise<number[]> {
  return page.evaluate(
    async ({ method, args, n }) => {
      const { chrome } = globalThis as unknown as Chrome;
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        const answer = await chrome.runtime.sendMessage({ finlens: 1, method, args });
        times.push(performance.now() - t0);
        if (!answer?.ok) throw new Error(`${method}: ${answer?.error ?? 'no answer'}`);
      }
      return times;
    },
    { method, args, n },
  );
}

/** Where a warm row's time goes, measured from the popup page: the message, a held quote, a held `since`, the storage read. */
export async function roundTrips(
  context: BrowserContext,
  extensionId: string,
  target: unknown,
  published: unknown,
): Promise<RoundTrips> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/extension/popup/index.html`);
  const empty = await timeCalls(page, 'quotes', { targets: [] }, 20);
  const quote = await timeCalls(page, 'quotes', { targets: [target] }, 20);
  const since = await timeCalls(page, 'since', { target, published }, 20);
  const storage = await page.evaluate(async () => {
    const { chrome } = globalThis as unknown as Chrome;
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const got = await chrome.storage.local.get('historyCache');
      times.push(performance.now() - t0);
      bytes = JSON.stringify(got.historyCache ?? null).length;
    }
    return { times, bytes };
  });
  const sinceAfterStop: { first: number; second: number }[] = [];
  for (let i = 0; i < 3; i++) {
    await stopWorker(context, page);
    const [first, second] = await timeCalls(page, 'since', { target, published }, 2);
    sinceAfterStop.push({ first, second });
  }
  await page.close();
  return { empty, quote, since, storageRead: storage.times, storedBytes: storage.bytes, sinceAfterStop };
}
