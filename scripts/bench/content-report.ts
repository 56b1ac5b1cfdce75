/** The content-cost bench's report: the table it prints, beside the goals, and reports/bench-content.json. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtExtension } from '../../e2e/harness/paths.ts';
import { ROOT } from '../eval/corpus.ts';
import { type Config, type PageCosts, quantile } from './content-browsers.ts';
import type { TracedLongTask } from './content-long-tasks.ts';
import type { BenchPage, hugeArticle } from './content-pages.ts';

interface Inputs {
  list: BenchPage[];
  results: Record<Config, PageCosts>;
  /** Each page's TaskDuration in every repeat (ms), per browser. */
  spread: Record<Config, number[][]>;
  stages: { first: boolean; full: boolean }[];
  huge: ReturnType<typeof hugeArticle>;
  worker: { coldMs: number[]; warmMs: number[] };
  firstMarks: { page: BenchPage; ms: number[] }[];
  /** Each page's long tasks in traced loads with FinLens, told as FinLens's own or not. */
  traced: TracedLongTask[][];
  repeats: number;
}

/** The goal for a page class: FinLens's median added time ≤ max(2 × floor, floor + 10 ms). */
const goalFor = (floor: number) => Math.max(2 * floor, floor + 10);
const summary = (xs: number[]) => ({ median: quantile(xs, 0.5), p90: quantile(xs, 0.9), n: xs.length });
const f = (x: number | undefined, d = 1) => (x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(d)).padStart(8);

/** A built script's size, raw and gzip. */
function sizeOf(file: string): { bytes: number; gzipBytes: number } {
  const bytes = readFileSync(join(builtExtension('chrome'), file));
  return { bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

/**
 * Main-thread time per appended item, extension minus none: over the first 1,000 items and over all
 * 10,000 (linear growth keeps these equal), and at the margin (items 9,001 to 10,000).
 */
const perItem = (r: number[] | undefined, none: number[] | undefined) => {
  if (!r || !none) return undefined;
  const d = r.map((x, i) => x - none[i]);
  return { at1000: (d[1] - d[0]) / 1000, at10000: (d[3] - d[0]) / 10_000, last1000: (d[3] - d[2]) / 1000 };
};

export function report(inputs: Inputs): void {
  const { list, results, spread, stages, huge, worker, firstMarks, traced, repeats } = inputs;
  const added = (config: 'floor' | 'finlens', key: 'taskMs' | 'heapBytes') =>
    results[config].pages.map((c, i) => c[key] - results.none.pages[i][key]);
  const classes: { name: string; of: (p: BenchPage, i: number) => boolean }[] = [
    { name: 'non-article', of: (p) => p.kind === 'non-article' },
    { name: 'article', of: (p) => p.kind === 'article' },
    { name: 'article (en)', of: (p) => p.kind === 'article' && p.lang === 'en' },
    { name: 'article (zh)', of: (p) => p.kind === 'article' && p.lang === 'zh' },
    { name: 'first stage only', of: (_, i) => !stages[i].full },
    { name: 'full script too', of: (_, i) => stages[i].full },
  ];
  const pick = (xs: number[], of: (p: BenchPage, i: number) => boolean) => xs.filter((_, i) => of(list[i], i));
  const byClass = Object.fromEntries(
    classes.map(({ name, of }) => {
      const floor = summary(pick(added('floor', 'taskMs'), of));
      const finlens = summary(pick(added('finlens', 'taskMs'), of));
      const goal = goalFor(floor.median);
      return [name, { floor, finlens, goal, ratio: finlens.median / floor.median, met: finlens.median <= goal }];
    }),
  );
  const own = results.finlens.pages.map((c, i) =>
    Math.max(0, c.longTasks.length - results.none.pages[i].longTasks.length),
  );
  const latencies = firstMarks.flatMap((m) => m.ms);
  const out = {
    browser: 'chromium',
    pages: list.map((p, i) => ({
      name: p.name,
      kind: p.kind,
      lang: p.lang,
      stages: stages[i],
      addedTaskMs: { floor: added('floor', 'taskMs')[i], finlens: added('finlens', 'taskMs')[i] },
      taskMsRuns: { none: spread.none[i], floor: spread.floor[i], finlens: spread.finlens[i] },
    })),
    addedTaskMs: byClass,
    addedHeapBytes: Object.fromEntries(
      (['non-article', 'article'] as const).map((kind) => [
        kind,
        {
          floor: summary(pick(added('floor', 'heapBytes'), (p) => p.kind === kind)),
          finlens: summary(pick(added('finlens', 'heapBytes'), (p) => p.kind === kind)),
        },
      ]),
    ),
    longTasks: {
      none: results.none.pages.map((c) => c.longTasks.length),
      floor: results.floor.pages.map((c) => c.longTasks.length),
      finlens: results.finlens.pages.map((c) => c.longTasks.length),
      finlensMoreThanNone: own.reduce((a, b) => a + b, 0),
      traced: {
        all: traced.flat().length,
        own: traced.flat().filter((t) => t.own).length,
        ownMs: traced
          .flat()
          .filter((t) => t.own)
          .map((t) => t.ms),
      },
    },
    firstHighlightMs: {
      pages: firstMarks.map((m) => ({ name: m.page.name, ms: m.ms })),
      summary: summary(latencies),
    },
    hugeArticle: {
      chars: huge.chars,
      mentions: huge.mentions,
      claims: huge.claims,
      addedTaskMs: (results.finlens.huge?.taskMs ?? 0) - (results.none.huge?.taskMs ?? 0),
      longTasks: { none: results.none.huge?.longTasks, finlens: results.finlens.huge?.longTasks },
    },
    scripts: {
      firstStage: sizeOf('extension/content/first-stage.iife.js'),
      fullStage: sizeOf('extension/content/full-stage.iife.js'),
    },
    worker: { coldStartMs: summary(worker.coldMs), warmMs: summary(worker.warmMs) },
    growthMsPerItem: {
      floor: perItem(results.floor.growth, results.none.growth),
      finlens: perItem(results.finlens.growth, results.none.growth),
    },
    goals: {
      addedTime: 'median added main-thread time ≤ max(2 × floor, floor + 10 ms), per page class',
      longTasks: 'no long task of FinLens’s own on any page',
      firstStage: 'first stage ≤ 20 KB gzip (the full script is injected only where needed, measured apart)',
      firstHighlight: 'first highlight ≤ 300 ms after DOMContentLoaded on the project’s article fixtures',
      heap: 'heap added on a non-article ≤ 1 MB',
      growth: 'time per appended item at 10,000 within 1.5× of that at 1,000',
    },
  };

  console.log(
    `\nContent-script cost in Chromium on ${list.length} pages (scripts stripped; ${repeats} loads each, median), ms of main-thread time added (CPU time of the page's main thread, CDP thread ticks):`,
  );
  console.log('class                 pages  floor med  floor p90  FinLens med  FinLens p90   ratio    goal ≤  met');
  for (const { name } of classes) {
    const c = byClass[name];
    console.log(
      `${name.padEnd(20)} ${String(c.finlens.n).padStart(5)}  ${f(c.floor.median)}   ${f(c.floor.p90)}     ${f(c.finlens.median)}    ${f(c.finlens.p90)}  ${f(c.ratio, 2)}  ${f(c.goal)}  ${c.met ? 'yes' : 'NO'}`,
    );
  }
  console.log('\nPer page (added ms: floor / FinLens, FinLens runs min–max; stage):');
  for (const [i, p] of out.pages.entries()) {
    const runs = p.taskMsRuns.finlens.map((x, r) => x - p.taskMsRuns.none[r]);
    console.log(
      `  ${p.kind.padEnd(11)} ${p.lang} ${f(p.addedTaskMs.floor)} / ${f(p.addedTaskMs.finlens)}  (${f(Math.min(...runs))} – ${f(Math.max(...runs))})  ${stages[i].full ? 'full' : 'first'}  ${p.name.slice(0, 60)}`,
    );
  }
  console.log('\nJS heap added (KB, median):');
  for (const kind of ['non-article', 'article'] as const) {
    const h = out.addedHeapBytes[kind];
    console.log(
      `${kind.padEnd(20)} floor ${f(h.floor.median / 1024)}   FinLens ${f(h.finlens.median / 1024)}   (goal on non-articles ≤ 1024)`,
    );
  }
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  console.log(
    `\nLong tasks on the real pages (all ${repeats} loads of each): none ${total(out.longTasks.none)}, floor ${total(out.longTasks.floor)}, FinLens ${total(out.longTasks.finlens)} (more than without: ${out.longTasks.finlensMoreThanNone}; goal 0)`,
  );
  console.log(
    `Long tasks in traced loads with FinLens (${repeats} of each page): ${out.longTasks.traced.all}, of them with FinLens's script in them: ${out.longTasks.traced.own}${out.longTasks.traced.own > 0 ? ` (${out.longTasks.traced.ownMs.map((x) => x.toFixed(0)).join(', ')} ms)` : ''} (goal 0)`,
  );
  console.log(
    `First highlight after DOMContentLoaded on ${firstMarks.length} article fixtures × ${repeats}: median ${f(out.firstHighlightMs.summary.median, 0)} ms, p90 ${f(out.firstHighlightMs.summary.p90, 0)} ms, max ${f(Math.max(...latencies), 0)} ms (goal ≤ 300)`,
  );
  for (const m of firstMarks) console.log(`  ${m.page.name.padEnd(24)} ${m.ms.map((x) => f(x, 0)).join(' ')}`);
  console.log(
    `1 MB article (${huge.chars} characters, ${huge.mentions} mentions, ${huge.claims} claims): FinLens adds ${f(out.hugeArticle.addedTaskMs)} ms; long tasks none ${JSON.stringify(out.hugeArticle.longTasks.none?.map(Math.round))}, FinLens ${JSON.stringify(out.hugeArticle.longTasks.finlens?.map(Math.round))}`,
  );
  const kb = (b: number) => (b / 1024).toFixed(1);
  const { firstStage, fullStage } = out.scripts;
  console.log(
    `Content scripts: first stage (every page) ${kb(firstStage.bytes)} KB, ${kb(firstStage.gzipBytes)} KB gzip (goal ≤ 20); full script (injected where needed) ${kb(fullStage.bytes)} KB, ${kb(fullStage.gzipBytes)} KB gzip`,
  );
  console.log(
    `Service worker, stopped then a 10 KB analysis: cold ${f(out.worker.coldStartMs.median)} ms median (p90 ${f(out.worker.coldStartMs.p90)}); warm ${f(out.worker.warmMs.median)} ms`,
  );
  const g = out.growthMsPerItem;
  console.log(
    `Feed of 10,000 items, main-thread ms per item added (over the first 1,000 / over all 10,000 / items 9,001-10,000): FinLens ${f(g.finlens?.at1000, 3)} / ${f(g.finlens?.at10000, 3)} / ${f(g.finlens?.last1000, 3)} (ratio 10,000:1,000 ${((g.finlens?.at10000 ?? 0) / (g.finlens?.at1000 ?? 1)).toFixed(2)}); floor ${f(g.floor?.at1000, 3)} / ${f(g.floor?.at10000, 3)}`,
  );
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  writeFileSync(join(ROOT, 'reports/bench-content.json'), `${JSON.stringify({ ...out, raw: results }, null, 2)}\n`);
  console.log('bench: wrote reports/bench-content.json');
}
