/**
 * Scores key points on bbc-news-extractive-summ (reference summaries are sentences of the article):
 * sentence precision/recall/F1 and ROUGE-1/2 F1, beside the first-three-sentences baseline,
 * overall and per topic. Also scores the finance check on the same articles (business is finance,
 * the other topics are not). Then Chinese key points on zh-finance-summaries-dev (key-points-zh.ts;
 * `--verbose` prints each text's points beside its reference). Prints tables and writes
 * reports/eval-key-points.json.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.ts';
import { financeSignals } from '../../src/article/finance.ts';
import { findKeyPoints } from '../../src/keypoints/key-points.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { cell, corpusDir, prf, ROOT } from './corpus.ts';
import { evalChineseKeyPoints } from './key-points-zh.ts';

const dir = corpusDir();
if (!dir) {
  console.log('eval: no corpus at ../shared/corpus (or FINLENS_CORPUS): no key points to score, skipping.');
  process.exit(0);
}
const base = join(dir, 'bbc-news-extractive-summ');

const words = (s: string) => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];
function ngrams(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const k = tokens.slice(i, i + n).join(' ');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}
function rouge(candidate: string, reference: string, n: number): number {
  const c = ngrams(words(candidate), n);
  const r = ngrams(words(reference), n);
  let overlap = 0;
  for (const [k, x] of c) overlap += Math.min(x, r.get(k) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const p = total(c) ? overlap / total(c) : 0;
  const rr = total(r) ? overlap / total(r) : 0;
  return p + rr ? (2 * p * rr) / (p + rr) : 0;
}

interface Score {
  p: number;
  r: number;
  f1: number;
  rouge1: number;
  rouge2: number;
}
const zero = (): Score => ({ p: 0, r: 0, f1: 0, rouge1: 0, rouge2: 0 });
const add = (a: Score, b: Score) => {
  for (const k of Object.keys(a) as (keyof Score)[]) a[k] += b[k];
};

function score(chosen: string[], reference: string[]): Score {
  const ref = new Set(reference.map((s) => s.trim()));
  const hit = chosen.filter((s) => ref.has(s.trim())).length;
  const p = chosen.length ? hit / chosen.length : 0;
  const r = ref.size ? hit / ref.size : 0;
  return {
    p,
    r,
    f1: p + r ? (2 * p * r) / (p + r) : 0,
    rouge1: rouge(chosen.join(' '), reference.join(' '), 1),
    rouge2: rouge(chosen.join(' '), reference.join(' '), 2),
  };
}

const topics: Record<string, { finlens: Score; lead3: Score; leadK: Score; n: number }> = {};
const finance = { tp: 0, fp: 0, fn: 0, tn: 0 };
for (const topic of readdirSync(join(base, 'article'))) {
  const t = { finlens: zero(), lead3: zero(), leadK: zero(), n: 0 };
  topics[topic] = t;
  for (const file of readdirSync(join(base, 'article', topic))) {
    const [title, ...rest] = readFileSync(join(base, 'article', topic, file), 'utf8').split('\n');
    const body = rest.join('\n');
    const reference = readFileSync(join(base, 'summary', topic, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    const chosen = findKeyPoints(body, title).points.map((p) => p.text);
    const { isFinance } = financeSignals(body, analyze({ text: body, article: false }).securities);
    const truth = topic === 'business';
    if (isFinance && truth) finance.tp++;
    else if (isFinance) finance.fp++;
    else if (truth) finance.fn++;
    else finance.tn++;
    const lead = splitSentences(body).map((s) => body.slice(s.start, s.end));
    add(t.finlens, score(chosen, reference));
    add(t.lead3, score(lead.slice(0, 3), reference));
    // The fair twin: as many leading sentences as FinLens picked.
    add(t.leadK, score(lead.slice(0, chosen.length), reference));
    t.n++;
  }
}
const overall = { finlens: zero(), lead3: zero(), leadK: zero(), n: 0 };
for (const t of Object.values(topics)) {
  add(overall.finlens, t.finlens);
  add(overall.lead3, t.lead3);
  add(overall.leadK, t.leadK);
  overall.n += t.n;
}
const mean = (s: Score, n: number): Score =>
  Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v / n])) as unknown as Score;
console.log('\nkey points (bbc-news-extractive-summ)   sentence P   R       F1      ROUGE-1  ROUGE-2');
const rows: Record<string, { finlens: Score; lead3: Score; leadK: Score }> = {};
for (const [name, t] of [['overall', overall] as const, ...Object.entries(topics)]) {
  const f = mean(t.finlens, t.n);
  const l = mean(t.lead3, t.n);
  const k = mean(t.leadK, t.n);
  rows[name] = { finlens: f, lead3: l, leadK: k };
  for (const [who, s] of [
    ['FinLens', f],
    ['first 3', l],
    ['first k', k],
  ] as const) {
    console.log(
      `${`${name} ${who}`.padEnd(40)}${cell(s.p)}  ${cell(s.r)}  ${cell(s.f1)}  ${cell(s.rouge1)}  ${cell(s.rouge2)}`,
    );
  }
}
console.log(`(${overall.n} articles; "first k" takes as many leading sentences as FinLens picked)`);
const financeScore = {
  ...prf(finance.tp, finance.fp, finance.fn),
  accuracy: (finance.tp + finance.tn) / overall.n,
  ...finance,
};
console.log(
  `\nfinance check (bbc: business = finance)  accuracy ${cell(financeScore.accuracy)}  P ${cell(financeScore.p)}  R ${cell(financeScore.r)}  F1 ${cell(financeScore.f1)}`,
);
const chinese = evalChineseKeyPoints(dir, process.argv.includes('--verbose'));
mkdirSync(join(ROOT, 'reports'), { recursive: true });
writeFileSync(
  join(ROOT, 'reports/eval-key-points.json'),
  `${JSON.stringify({ keyPoints: rows, finance: financeScore, chinese }, null, 2)}\n`,
);
console.log(`eval: wrote ${join(ROOT, 'reports/eval-key-points.json')}`);
