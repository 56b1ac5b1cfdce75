/**
 * `npm run bench` (part 3): what FinLens costs the pages a reader opens, in headless Chromium, side
 * by side in one run with no extension and with a floor extension (one TreeWalker pass over the
 * page's text, built here). For each real page: the main-thread time added (CDP
 * `Performance.getMetrics` TaskDuration, extension minus none) and the JS heap added; long tasks
 * (a PerformanceObserver in the page); on a built 1 MB article, FinLens's long tasks and its
 * slices; the content-script bundle's gzip size; the service worker's cold start (stopped, then a
 * 10 KB analysis); and a feed that appends 10,000 items (main-thread time per item at 1,000 and at
 * 10,000). Prints a table and writes reports/bench-content.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { browserExecutable, builtExtension } from '../../e2e/harness/paths.ts';
import { ROOT } from '../eval/corpus.ts';
import { type BenchPage, growingPage, hugeArticle, realPages } from './content-pages.ts';
import { CHINESE, textOfSize } from './texts.ts';

const ORIGIN = 'http://bench.invalid';
/** How long a page is given to settle after load before its cost is read (ms): FinLens starts at idle. */
const SETTLE_MS = 2000;

type Config = 'none' | 'floor' | 'finlens';

/** The floor: an extension whose content script walks the page's text once and does nothing else. */
function floorExtension(): string {
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

async function launch(config: Config, floor: string): Promise<BrowserContext> {
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
  if (config === 'finlens' && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  await context.addInitScript(LONG_TASKS);
  return context;
}

/** Serves `pages` (by path) from memory; everything else a page asks for is refused. */
async function serve(context: BrowserContext, pages: Map<string, string>): Promise<void> {
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const html = url.origin === ORIGIN ? pages.get(url.pathname) : undefined;
    return html !== undefined
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort();
  });
}

interface Cost {
  taskMs: number;
  heapBytes: number;
  longTasks: number[];
}

/** Opens a page in a fresh tab, waits for it to settle, and reads what its main thread did. */
async function cost(context: BrowserContext, path: string, settle = SETTLE_MS): Promise<Cost> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(ORIGIN + path, { waitUntil: 'load', timeout: 30_000 });
  await page.waitForTimeout(settle);
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  const longTasks = (await page.evaluate('window.__longTasks')) as number[];
  await page.close();
  return { taskMs: metric('TaskDuration') * 1000, heapBytes: metric('JSHeapUsedSize'), longTasks };
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

/** The worker's cold start: stopped, then one 10 KB analysis, timed from an extension page; and warm. */
async function workerStart(context: BrowserContext): Promise<{ coldMs: number[]; warmMs: number[] }> {
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
async function growth(context: BrowserContext, marks: boolean): Promise<number[]> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
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

const floor = floorExtension();
const huge = hugeArticle();
const list = realPages();
const pages = new Map<string, string>(list.map((p, i) => [`/${i}`, p.html]));
pages.set('/huge', huge.html);
pages.set('/grow', growingPage());

/** Each page is opened this many times in each browser, in turn; its cost is the median. */
const REPEATS = 3;
const CONFIGS = ['none', 'floor', 'finlens'] as const;
const contexts = {} as Record<Config, BrowserContext>;
for (const config of CONFIGS) {
  contexts[config] = await launch(config, floor);
  await serve(contexts[config], pages);
  // One page first, unmeasured: the browser's own first-tab work is not the extension's.
  await cost(contexts[config], '/0', 500);
}
const median = (xs: number[]) => quantile(xs, 0.5);
const results: Record<Config, { pages: Cost[]; huge?: Cost; growth?: number[]; worker?: object }> = {
  none: { pages: [] },
  floor: { pages: [] },
  finlens: { pages: [] },
};
// Side by side: each repeat of a page is opened in the three browsers one after the other.
for (let i = 0; i < list.length; i++) {
  const runs = { none: [] as Cost[], floor: [] as Cost[], finlens: [] as Cost[] };
  for (let r = 0; r < REPEATS; r++)
    for (const config of CONFIGS) runs[config].push(await cost(contexts[config], `/${i}`));
  for (const config of CONFIGS)
    results[config].pages.push({
      taskMs: median(runs[config].map((c) => c.taskMs)),
      heapBytes: median(runs[config].map((c) => c.heapBytes)),
      longTasks: runs[config].flatMap((c) => c.longTasks),
    });
}
for (const config of CONFIGS) {
  results[config].huge = await cost(contexts[config], '/huge', 8000);
  results[config].growth = await growth(contexts[config], config === 'finlens');
}
results.finlens.worker = await workerStart(contexts.finlens);
for (const config of CONFIGS) await contexts[config].close();

// ---- Report: extension minus none, page by page, then medians and p90s by kind.
const added = (config: 'floor' | 'finlens', key: 'taskMs' | 'heapBytes') =>
  results[config].pages.map((c, i) => c[key] - results.none.pages[i][key]);
const byKind = (xs: number[], kind: BenchPage['kind']) => xs.filter((_, i) => list[i].kind === kind);
const summary = (xs: number[]) => ({ median: quantile(xs, 0.5), p90: quantile(xs, 0.9), n: xs.length });
const longTasksIn = (config: Config) => results[config].pages.map((c) => c.longTasks.length);
const extra = (config: Config) =>
  results[config].pages.reduce(
    (sum, c, i) => sum + Math.max(0, c.longTasks.length - results.none.pages[i].longTasks.length),
    0,
  );
/**
 * Main-thread time per appended item, extension minus none: over the first 1,000 items and over all
 * 10,000 (linear growth keeps these equal), and at the margin (items 9,001 to 10,000).
 */
const perItem = (r: number[] | undefined, none: number[] | undefined) => {
  if (!r || !none) return undefined;
  const d = r.map((x, i) => x - none[i]);
  return { at1000: (d[1] - d[0]) / 1000, at10000: (d[3] - d[0]) / 10_000, last1000: (d[3] - d[2]) / 1000 };
};
const bundle = readFileSync(join(builtExtension('chrome'), 'extension/content/index.iife.js'));
const worker = results.finlens.worker as { coldMs: number[]; warmMs: number[] };
const report = {
  browser: 'chromium',
  pages: list.map((p) => ({ name: p.name, kind: p.kind })),
  addedTaskMs: Object.fromEntries(
    (['non-article', 'article'] as const).map((kind) => [
      kind,
      {
        floor: summary(byKind(added('floor', 'taskMs'), kind)),
        finlens: summary(byKind(added('finlens', 'taskMs'), kind)),
      },
    ]),
  ),
  addedHeapBytes: Object.fromEntries(
    (['non-article', 'article'] as const).map((kind) => [
      kind,
      {
        floor: summary(byKind(added('floor', 'heapBytes'), kind)),
        finlens: summary(byKind(added('finlens', 'heapBytes'), kind)),
      },
    ]),
  ),
  longTasks: {
    none: longTasksIn('none'),
    floor: longTasksIn('floor'),
    finlens: longTasksIn('finlens'),
    finlensMoreThanNone: extra('finlens'),
  },
  hugeArticle: {
    chars: huge.chars,
    mentions: huge.mentions,
    claims: huge.claims,
    addedTaskMs: (results.finlens.huge?.taskMs ?? 0) - (results.none.huge?.taskMs ?? 0),
    longTasks: { none: results.none.huge?.longTasks, finlens: results.finlens.huge?.longTasks },
  },
  contentScript: { bytes: bundle.length, gzipBytes: gzipSync(bundle, { level: 9 }).length },
  worker: { coldStartMs: summary(worker.coldMs), warmMs: summary(worker.warmMs) },
  growthMsPerItem: {
    floor: perItem(results.floor.growth, results.none.growth),
    finlens: perItem(results.finlens.growth, results.none.growth),
  },
  raw: results,
  goals: {
    addedTime: 'median added main-thread time ≤ max(2 × floor, floor + 3 ms), on non-articles and on articles',
    longTasks: 'zero long tasks from FinLens',
    bundle: 'content script ≤ 40 KB gzip',
    heap: 'heap added on a non-article ≤ 1 MB',
    growth:
      'time per appended item at 10,000 within 1.5× of that at 1,000 (per item over all 10,000 against over the first 1,000)',
  },
};

const f = (x: number | undefined, d = 1) => (x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(d)).padStart(9);
console.log(
  `\nContent-script cost in Chromium on ${list.length} pages (${ORIGIN}, scripts stripped), ms of main-thread time added:`,
);
console.log('                      floor median   floor p90   FinLens median  FinLens p90   goal: FinLens ≤');
for (const kind of ['non-article', 'article'] as const) {
  const a = report.addedTaskMs[kind];
  const goal = Math.max(2 * a.floor.median, a.floor.median + 3);
  console.log(
    `${kind.padEnd(20)}${f(a.floor.median)}   ${f(a.floor.p90)}   ${f(a.finlens.median)}   ${f(a.finlens.p90)}   ${f(goal)}`,
  );
}
console.log('\nJS heap added (KB, median):');
for (const kind of ['non-article', 'article'] as const) {
  const h = report.addedHeapBytes[kind];
  console.log(
    `${kind.padEnd(20)} floor ${f(h.floor.median / 1024)}   FinLens ${f(h.finlens.median / 1024)}   (goal on non-articles ≤ 1024)`,
  );
}
console.log(
  `\nLong tasks on the real pages (all ${REPEATS} loads of each): none ${report.longTasks.none.reduce((a, b) => a + b, 0)}, floor ${report.longTasks.floor.reduce((a, b) => a + b, 0)}, FinLens ${report.longTasks.finlens.reduce((a, b) => a + b, 0)} (more than without: ${report.longTasks.finlensMoreThanNone})`,
);
console.log(
  `1 MB article (${huge.chars} characters, ${huge.mentions} mentions, ${huge.claims} claims): FinLens adds ${f(report.hugeArticle.addedTaskMs)} ms; long tasks none ${JSON.stringify(report.hugeArticle.longTasks.none?.map(Math.round))}, FinLens ${JSON.stringify(report.hugeArticle.longTasks.finlens?.map(Math.round))}`,
);
console.log(
  `Content script: ${(report.contentScript.bytes / 1024).toFixed(1)} KB, ${(report.contentScript.gzipBytes / 1024).toFixed(1)} KB gzip (goal ≤ 40)`,
);
console.log(
  `Service worker, stopped then a 10 KB analysis: cold ${f(report.worker.coldStartMs.median)} ms median (p90 ${f(report.worker.coldStartMs.p90)}); warm ${f(report.worker.warmMs.median)} ms`,
);
const g = report.growthMsPerItem;
console.log(
  `Feed of 10,000 items, main-thread ms per item added (over the first 1,000 / over all 10,000 / items 9,001-10,000): FinLens ${f(g.finlens?.at1000, 3)} / ${f(g.finlens?.at10000, 3)} / ${f(g.finlens?.last1000, 3)} (ratio 10,000:1,000 ${((g.finlens?.at10000 ?? 0) / (g.finlens?.at1000 ?? 1)).toFixed(2)}); floor ${f(g.floor?.at1000, 3)} / ${f(g.floor?.at10000, 3)}`,
);
mkdirSync(join(ROOT, 'reports'), { recursive: true });
writeFileSync(join(ROOT, 'reports/bench-content.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('bench: wrote reports/bench-content.json');
