/**
 * Chinese key points on zh-finance-summaries-dev (broker research notes with their authors' key-point
 * headlines; news with a one-sentence abstract): character ROUGE-1/2/L F, beside two lead baselines,
 * per source. Sentences for the baselines come from the splitter the analysis uses, on the text as
 * the analysis sees it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { cell } from './corpus.ts';

interface Row {
  id: string;
  source: 'cfbenchmark' | 'finna';
  article: string;
  reference: string;
}

/** ROUGE-1, -2 and -L F1 (and ROUGE-1 recall), on characters. */
export interface CharRouge {
  r1: number;
  r2: number;
  rl: number;
  r1Recall: number;
}

/** Characters that count: no white space, no punctuation or symbols (so `, ` and `，` are alike). */
function chars(s: string): string[] {
  return [...s.replace(/[\s\p{P}\p{S}]/gu, '')];
}

function grams(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const k = tokens.slice(i, i + n).join('');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

function f1(overlap: number, c: number, r: number): number {
  const p = c ? overlap / c : 0;
  const rr = r ? overlap / r : 0;
  return p + rr ? (2 * p * rr) / (p + rr) : 0;
}

function overlapN(c: string[], r: string[], n: number): { f: number; recall: number } {
  const cg = grams(c, n);
  const rg = grams(r, n);
  let overlap = 0;
  for (const [k, x] of cg) overlap += Math.min(x, rg.get(k) ?? 0);
  const total = Math.max(0, r.length - n + 1);
  return { f: f1(overlap, Math.max(0, c.length - n + 1), total), recall: total ? overlap / total : 0 };
}

function lcs(a: string[], b: string[]): number {
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Character ROUGE of `candidate` (the points joined) against `reference` (its line breaks ignored). */
export function charRouge(candidate: string, reference: string): CharRouge {
  const c = chars(candidate);
  const r = chars(reference);
  const one = overlapN(c, r, 1);
  return { r1: one.f, r2: overlapN(c, r, 2).f, rl: f1(lcs(c, r), c.length, r.length), r1Recall: one.recall };
}

interface Tally {
  ours: CharRouge;
  leadOurK: CharRouge;
  leadRefK: CharRouge;
  points: number;
  n: number;
}
const zero = (): CharRouge => ({ r1: 0, r2: 0, rl: 0, r1Recall: 0 });
const add = (a: CharRouge, b: CharRouge) => {
  for (const k of Object.keys(a) as (keyof CharRouge)[]) a[k] += b[k];
};
const mean = (a: CharRouge, n: number): CharRouge =>
  Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v / n])) as unknown as CharRouge;

/** Scores every row of the dev set; undefined when the set is not there. */
export function evalChineseKeyPoints(corpus: string, verbose = false) {
  const file = join(corpus, 'zh-finance-summaries-dev', 'zh_finance_summaries_dev.jsonl');
  if (!existsSync(file)) {
    console.log('eval: no zh-finance-summaries-dev in the corpus: Chinese key points skipped.');
    return undefined;
  }
  const rows: Row[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const tallies: Record<string, Tally> = {};
  for (const row of rows) {
    const { keyPoints, article } = analyze({ text: row.article });
    const text = article.text;
    const ours = keyPoints.points.map((p) => p.text);
    const lead = splitSentences(text).map((s) => text.slice(s.start, s.end));
    const refK = row.source === 'finna' ? 1 : row.reference.split('\n').filter((l) => l.trim()).length;
    tallies[row.source] ??= { ours: zero(), leadOurK: zero(), leadRefK: zero(), points: 0, n: 0 };
    const t = tallies[row.source];
    add(t.ours, charRouge(ours.join(''), row.reference));
    add(t.leadOurK, charRouge(lead.slice(0, ours.length).join(''), row.reference));
    add(t.leadRefK, charRouge(lead.slice(0, refK).join(''), row.reference));
    t.points += ours.length;
    t.n++;
    if (verbose)
      console.log(`\n${row.id}\n  ours: ${ours.join('\n        ')}\n  ref:  ${row.reference.replace(/\n/g, ' | ')}`);
  }
  const report: Record<string, Record<string, CharRouge | number>> = {};
  console.log('\nkey points (zh-finance-summaries-dev, character ROUGE F)   R-1      R-2      R-L    R-1 recall');
  for (const [source, t] of Object.entries(tallies)) {
    const ours = mean(t.ours, t.n);
    const ourK = mean(t.leadOurK, t.n);
    const refK = mean(t.leadRefK, t.n);
    const stronger = ourK.r1 >= refK.r1 ? ourK : refK;
    report[source] = { ours, leadOurK: ourK, leadRefK: refK, pointsPerText: t.points / t.n, rows: t.n };
    const refLabel = source === 'finna' ? 'first sentence' : "lead at reference's k";
    for (const [who, s] of [
      ['FinLens', ours],
      ['lead at our k', ourK],
      [refLabel, refK],
    ] as const) {
      console.log(`${`${source} ${who}`.padEnd(58)}${cell(s.r1)}  ${cell(s.r2)}  ${cell(s.rl)}  ${cell(s.r1Recall)}`);
    }
    console.log(
      `${source}: ${t.n} texts, ${(t.points / t.n).toFixed(2)} points a text; ROUGE-1 ${(ours.r1 / stronger.r1).toFixed(2)}× the stronger lead`,
    );
  }
  return report;
}
