/**
 * Scores claim detection and figure typing. First FinLens's own Chinese set, in the repository
 * (`data/zh-forecast-numerals.jsonl`: is each numeral a forecast?), then the labelled sets in
 * ../shared/corpus: ClaimBuster (check-worthy sentences), FinNum-3 (is each numeral in a claim?)
 * and FinNum-1 dev (what each numeral measures), skipped without the corpus. Prints tables and
 * writes reports/eval-claims.json. `--verbose` lists the Chinese set's errors.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.ts';
import { isCheckWorthy } from '../../src/claims/find-claims.ts';
import { findFigures } from '../../src/text/figures.ts';
import { cell, corpusDir, prf, ROOT } from './corpus.ts';
import { scoreZhForecast, zhForecastRows } from './zh-forecast.ts';

const rows = zhForecastRows();
const zh = {
  dev: scoreZhForecast(rows.filter((r) => r.split === 'dev')),
  test: scoreZhForecast(rows.filter((r) => r.split === 'test')),
};
console.log('\nFinLens zh forecast numerals (its own set)     P        R        F1');
for (const [split, s] of Object.entries(zh))
  console.log(
    `  ${split.padEnd(5)} ${String(s.numerals).padStart(4)} numerals, ${String(s.positives).padStart(3)} forecasts   ${cell(s.p)}   ${cell(s.r)}   ${cell(s.f1)}`,
  );
if (process.argv.includes('--verbose')) for (const e of [...zh.dev.errors, ...zh.test.errors]) console.log(`  ${e}`);
mkdirSync(join(ROOT, 'reports'), { recursive: true });
const strip = ({ errors, ...s }: (typeof zh)['dev']) => ({ ...s, errors: errors.length });
const zhReport = { dev: strip(zh.dev), test: strip(zh.test) };

const dir = corpusDir();
if (!dir) {
  writeFileSync(join(ROOT, 'reports/eval-claims.json'), `${JSON.stringify({ zhForecast: zhReport }, null, 2)}\n`);
  console.log('eval: no corpus at ../shared/corpus (or FINLENS_CORPUS): ClaimBuster and FinNum skipped.');
  process.exit(0);
}

/**
 * ClaimBuster: a sentence is predicted check-worthy when FinLens finds a check-worthy claim in it
 * (not a forecast alone); `anyClaim` counts every claim, forecasts alone included.
 */
function claimbuster() {
  const rows = JSON.parse(readFileSync(join(dir!, 'claimbuster/claimbuster_two_class_test.json'), 'utf8')) as {
    label: number;
    text: string;
  }[];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const any = { tp: 0, fp: 0, fn: 0 };
  for (const { label, text } of rows) {
    const claims = analyze({ text }).claims;
    const predicted = claims.some(isCheckWorthy);
    if (predicted && label === 1) tp++;
    else if (predicted) fp++;
    else if (label === 1) fn++;
    else tn++;
    if (claims.length > 0 && label === 1) any.tp++;
    else if (claims.length > 0) any.fp++;
    else if (label === 1) any.fn++;
  }
  return {
    ...prf(tp, fp, fn),
    accuracy: (tp + tn) / rows.length,
    sentences: rows.length,
    anyClaim: prf(any.tp, any.fp, any.fn),
  };
}

/**
 * FinNum-3: a numeral is "in a claim" when the speaker estimates or predicts with it, as opposed to
 * reporting a result. Predicted two ways: the figure covering it is marked `forecast` (the measure),
 * and, as before per-figure marks, it lies anywhere in a claim typed forecast (the old measure).
 */
function finnum3() {
  const rows = JSON.parse(readFileSync(join(dir!, 'finnum3/FinNum-3_en_ConCall_dev.json'), 'utf8')) as {
    paragraph: string;
    offset_start: number;
    offset_end: number;
    claim: number;
  }[];
  const byFigure = { tp: 0, fp: 0, fn: 0 };
  const byClaim = { tp: 0, fp: 0, fn: 0 };
  const count = (c: typeof byFigure, predicted: boolean, gold: boolean) => {
    if (predicted && gold) c.tp++;
    else if (predicted) c.fp++;
    else if (gold) c.fn++;
  };
  const cache = new Map<string, ReturnType<typeof analyze>['claims']>();
  for (const r of rows) {
    let claims = cache.get(r.paragraph);
    if (!claims) {
      claims = analyze({ text: r.paragraph }).claims;
      cache.set(r.paragraph, claims);
    }
    const inForecastClaim = claims.some(
      (c) => c.types.includes('forecast') && c.start <= r.offset_start && r.offset_end <= c.end,
    );
    const markedForecast = claims.some((c) =>
      c.figures.some((f) => f.forecast && f.start < r.offset_end && r.offset_start < f.end),
    );
    count(byFigure, markedForecast, r.claim === 1);
    count(byClaim, inForecastClaim, r.claim === 1);
  }
  return {
    ...prf(byFigure.tp, byFigure.fp, byFigure.fn),
    inForecastClaim: prf(byClaim.tp, byClaim.fp, byClaim.fn),
    numerals: rows.length,
    positives: rows.filter((r) => r.claim === 1).length,
  };
}

/** FinNum-1 dev: the kind of the figure that covers each target numeral, against its category. */
function finnum1() {
  const rows = JSON.parse(readFileSync(join(dir!, 'finnum1/FinNum_dev_rebuilded.json'), 'utf8')) as {
    tweet: string;
    target_num: string[];
    category: string[];
  }[];
  const KINDS: Record<string, string> = {
    money: 'Monetary',
    percent: 'Percentage',
    quantity: 'Quantity',
    temporal: 'Temporal',
  };
  const perCategory: Record<string, { right: number; total: number }> = {};
  let right = 0;
  let total = 0;
  for (const r of rows) {
    const figures = findFigures(r.tweet);
    r.target_num.forEach((num, i) => {
      const gold = r.category[i];
      if (!Object.values(KINDS).includes(gold)) return;
      const at = r.tweet.indexOf(num);
      const figure = figures.find((f) => at >= f.start && at < f.end);
      const guess = figure ? KINDS[figure.kind] : undefined;
      perCategory[gold] ??= { right: 0, total: 0 };
      perCategory[gold].total++;
      total++;
      if (guess === gold) {
        perCategory[gold].right++;
        right++;
      }
    });
  }
  return {
    accuracy: right / total,
    numerals: total,
    perCategory: Object.fromEntries(
      Object.entries(perCategory).map(([k, v]) => [k, { ...v, accuracy: v.right / v.total }]),
    ),
  };
}

const results = { zhForecast: zhReport, claimbuster: claimbuster(), finnum3: finnum3(), finnum1: finnum1() };
const { claimbuster: cb, finnum3: f3, finnum1: f1 } = results;
console.log('\nset / measure                                  FinLens   goal');
console.log(`ClaimBuster check-worthy     precision         ${cell(cb.p)}`);
console.log(`                             recall            ${cell(cb.r)}`);
console.log(`                             F1                ${cell(cb.f1)}   >= 0.80`);
console.log(
  `  any claim (forecasts too)  F1                ${cell(cb.anyClaim.f1)}   (P ${cell(cb.anyClaim.p)}, R ${cell(cb.anyClaim.r)})`,
);
console.log(`FinNum-3 numeral in claim    precision         ${cell(f3.p)}   (figure marked forecast)`);
console.log(`                             recall            ${cell(f3.r)}`);
console.log(`                             F1                ${cell(f3.f1)}   >= 0.65`);
console.log(
  `  in any forecast claim      F1                ${cell(f3.inForecastClaim.f1)}   (P ${cell(f3.inForecastClaim.p)}, R ${cell(f3.inForecastClaim.r)})`,
);
console.log(`FinNum-1 dev figure typing   accuracy          ${cell(f1.accuracy)}   >= 0.69`);
for (const [k, v] of Object.entries(f1.perCategory))
  console.log(`                             ${k.padEnd(18)}${cell(v.accuracy)}   (${v.total})`);
console.log(
  `(ClaimBuster ${cb.sentences} sentences; FinNum-3 ${f3.numerals} numerals, ${f3.positives} in claims; FinNum-1 ${f1.numerals} numerals of the four kinds)`,
);
writeFileSync(join(ROOT, 'reports/eval-claims.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`eval: wrote ${join(ROOT, 'reports/eval-claims.json')}`);
