/**
 * `npm run bench` (part 3): what FinLens costs the pages a reader opens, in headless Chromium, side
 * by side in one run with no extension and with a floor extension (one TreeWalker pass over the
 * page's text, built here; `content-browsers.ts`). For each real page: the main-thread time added
 * (CDP `Performance.getMetrics` TaskDuration, extension minus none), the JS heap added and long
 * tasks (and, from traces, whether FinLens's script ran in them: `content-long-tasks.ts`), and
 * which of FinLens's two content scripts it got (`content-stages.ts`); on the project's
 * article fixtures, the first highlight after `DOMContentLoaded`; on a built 1 MB article, FinLens's
 * long tasks; both scripts' sizes; the service worker's cold start (stopped, then a 10 KB analysis);
 * and a feed that appends 10,000 items. Prints a table (`content-report.ts`) and writes
 * reports/bench-content.json.
 */
import type { BrowserContext } from 'playwright-core';
import {
  CONFIGS,
  type Config,
  type Cost,
  cost,
  floorExtension,
  launch,
  median,
  type PageCosts,
  serve,
} from './content-browsers.ts';
import { growth, workerStart } from './content-extra.ts';
import { type TracedLongTask, tracedLongTasks } from './content-long-tasks.ts';
import { type BenchPage, growingPage, highlightFixtures, hugeArticle, realPages } from './content-pages.ts';
import { report } from './content-report.ts';
import { firstHighlight, stagesOf, watchFirstMark } from './content-stages.ts';

const floor = floorExtension();
const huge = hugeArticle();
const list = realPages();
const highlights = highlightFixtures();
const pages = new Map<string, string>(list.map((p, i) => [`/${i}`, p.html]));
pages.set('/huge', huge.html);
pages.set('/grow', growingPage());
for (const [i, p] of highlights.entries()) pages.set(`/fixture/${i}`, p.html);

/** Each page is opened this many times in each browser, in turn; its cost is the median. */
const REPEATS = 3;
const contexts = {} as Record<Config, BrowserContext>;
for (const config of CONFIGS) {
  contexts[config] = await launch(config, floor);
  await serve(contexts[config], pages);
  // One page first, unmeasured: the browser's own first-tab work is not the extension's.
  await cost(contexts[config], '/0', 500);
}
const results: Record<Config, PageCosts> = { none: { pages: [] }, floor: { pages: [] }, finlens: { pages: [] } };
const spread: Record<Config, number[][]> = { none: [], floor: [], finlens: [] };
// Side by side: each repeat of a page is opened in the three browsers one after the other.
for (let i = 0; i < list.length; i++) {
  process.stdout.write(`bench: page ${i + 1} of ${list.length}\r`);
  const runs = { none: [] as Cost[], floor: [] as Cost[], finlens: [] as Cost[] };
  for (let r = 0; r < REPEATS; r++)
    for (const config of CONFIGS) runs[config].push(await cost(contexts[config], `/${i}`));
  for (const config of CONFIGS) {
    spread[config].push(runs[config].map((c) => c.taskMs));
    results[config].pages.push({
      taskMs: median(runs[config].map((c) => c.taskMs)),
      heapBytes: median(runs[config].map((c) => c.heapBytes)),
      longTasks: runs[config].flatMap((c) => c.longTasks),
    });
  }
}
console.log('\nbench: the 1 MB article and the growing feed, in each browser');
for (const config of CONFIGS) {
  results[config].huge = await cost(contexts[config], '/huge', 8000);
  results[config].growth = await growth(contexts[config], config === 'finlens');
}
console.log('bench: the worker, the stages each page got, the first highlights');
const worker = await workerStart(contexts.finlens);
const stages: { first: boolean; full: boolean }[] = [];
for (let i = 0; i < list.length; i++) stages.push(await stagesOf(contexts.finlens, `/${i}`));
console.log('bench: whose long tasks, from traces of the loads with FinLens');
const traced: TracedLongTask[][] = [];
for (let i = 0; i < list.length; i++) {
  const tasks: TracedLongTask[] = [];
  for (let r = 0; r < REPEATS; r++) tasks.push(...(await tracedLongTasks(contexts.finlens, `/${i}`)));
  traced.push(tasks);
}
for (const config of CONFIGS) await contexts[config].close();

// The first highlight, in a browser of its own (its observer in every page is not the cost runs').
const latency = await launch('finlens', floor);
await serve(latency, pages);
await watchFirstMark(latency);
await firstHighlight(latency, '/fixture/0');
const firstMarks: { page: BenchPage; ms: number[] }[] = [];
for (const [i, page] of highlights.entries()) {
  const ms: number[] = [];
  for (let r = 0; r < REPEATS; r++) ms.push(await firstHighlight(latency, `/fixture/${i}`));
  firstMarks.push({ page, ms });
}
await latency.close();

report({ list, results, spread, stages, huge, worker, firstMarks, traced, repeats: REPEATS });
