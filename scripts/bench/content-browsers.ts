/**
 * The content-cost bench's browsers: headless Chromium with no extension, with a floor extension
 * (one TreeWalker pass over the page's text), and with FinLens; the pages served from memory; and
 * what one page load costs its main thread.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { isFirstRun } from '../../e2e/harness/chromium.ts';
import { browserExecutable, builtExtension } from '../../e2e/harness/paths.ts';

export const ORIGIN = 'http://bench.invalid';
/** How long a page is given to settle after load before its cost is read (ms): FinLens starts at idle. */
export const SETTLE_MS = 2000;

export type Config = 'none' | 'floor' | 'finlens';
export const CONFIGS = ['none', 'floor', 'finlens'] as const;

/** The floor: an extension whose content script walks the page's text once and does nothing else. */
export function floorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'finlens-floor-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'floor',
      version: '1.0',
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['walk.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(
    join(dir, 'walk.js'),
    `let n = 0; const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
     while (w.nextNode()) n += w.currentNode.data.length;`,
  );
  return dir;
}

/** Long tasks on the page's main thread, from the page's own view. */
const LONG_TASKS = `window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });`;

export async function launch(config: Config, floor: string): Promise<BrowserContext> {
  const extension = config === 'finlens' ? builtExtension('chrome') : config === 'floor' ? floor : undefined;
  const context = await chromium.launchPersistentContext('', {
    executablePath: browserExecutable('chromium'),
    headless: true,
    args: [
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  if (config === 'finlens') {
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
    // The first-run page FinLens opens on install: closed, so no tab but the measured one is busy.
    const firstRun =
      context.pages().find(isFirstRun) ??
      (await context.waitForEvent('page', { predicate: isFirstRun, timeout: 10_000 }).catch(() => undefined));
    await firstRun?.close();
  }
  await context.addInitScript(LONG_TASKS);
  return context;
}

/** Serves `pages` (by path) from memory; everything else a page asks for is refused. */
export async function serve(context: BrowserContext, pages: Map<string, string>): Promise<void> {
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const html = url.origin === ORIGIN ? pages.get(url.pathname) : undefined;
    return html !== undefined
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort();
  });
}

export interface Cost {
  taskMs: number;
  heapBytes: number;
  longTasks: number[];
}

/** What one browser cost: each real page (median of its loads), the 1 MB article, the growing feed. */
export interface PageCosts {
  pages: Cost[];
  huge?: Cost;
  growth?: number[];
}

/**
 * Opens a page in a fresh tab, waits for it to settle, and reads what its main thread did: its
 * tasks' time in thread ticks (the thread's own CPU time, so another process busy on the machine
 * does not count against the page), its heap, and its long tasks.
 */
export async function cost(context: BrowserContext, path: string, settle = SETTLE_MS): Promise<Cost> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(ORIGIN + path, { waitUntil: 'load', timeout: 30_000 });
  await page.waitForTimeout(settle);
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  const longTasks = (await page.evaluate('window.__longTasks')) as number[];
  await page.close();
  return { taskMs: metric('TaskDuration') * 1000, heapBytes: metric('JSHeapUsedSize'), longTasks };
}

export const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
export const median = (xs: number[]) => quantile(xs, 0.5);
