/**
 * Scores the article reader: article detection on news-article-vs-nonarticle (human labels), beside
 * Readability's isProbablyReaderable; main text on zyte-article-extraction-benchmark and
 * zh-web-content-extraction (token P/R/F1), beside Readability's own extraction. Prints a table and
 * writes reports/eval-article.json; skips without the corpus.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readArticle } from '../../src/article/read-article.ts';
import { decodeHtml } from '../../src/cli/decode.ts';
import { cell, corpusDir, prf, ROOT } from './corpus.ts';

const dir = corpusDir();
if (!dir) {
  console.log('eval: no corpus at ../shared/corpus (or FINLENS_CORPUS): no articles to score, skipping.');
  process.exit(0);
}

const load = (path: string) => {
  const bytes = readFileSync(path);
  return decodeHtml(path.endsWith('.gz') ? gunzipSync(bytes) : bytes);
};
// biome-ignore lint/suspicious/noExplicitAny: linkedom's document stands in for the DOM type Readability wants.
const dom = (html: string): any => parseHTML(html).document;

/** Tokens for overlap: lower-case Latin words and numbers, and single Han characters. */
function tokens(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const [t] of text.toLowerCase().matchAll(/[\p{Script=Han}]|[a-z0-9]+/gu)) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}
function overlap(predicted: string, gold: string) {
  const p = tokens(predicted);
  const g = tokens(gold);
  let hit = 0;
  for (const [t, n] of p) hit += Math.min(n, g.get(t) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return prf(hit, total(p) - hit, total(g) - hit);
}
function mean(rows: { p: number | null; r: number | null; f1: number | null }[]) {
  const avg = (k: 'p' | 'r' | 'f1') => rows.reduce((s, x) => s + (x[k] ?? 0), 0) / rows.length;
  return { p: avg('p'), r: avg('r'), f1: avg('f1'), pages: rows.length };
}

function detection() {
  const base = join(dir!, 'news-article-vs-nonarticle');
  const rows = readFileSync(join(base, 'manifest.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'));
  const counts = { finlens: { tp: 0, fp: 0, fn: 0, tn: 0 }, readability: { tp: 0, fp: 0, fn: 0, tn: 0 } };
  const tally = (c: typeof counts.finlens, predicted: boolean, truth: boolean) => {
    if (predicted && truth) c.tp++;
    else if (predicted) c.fp++;
    else if (truth) c.fn++;
    else c.tn++;
  };
  for (const [label, , , file] of rows) {
    const html = load(join(base, file));
    const truth = label === 'article';
    tally(counts.finlens, readArticle(dom(html)).isArticle, truth);
    tally(counts.readability, isProbablyReaderable(dom(html)), truth);
  }
  const score = (c: typeof counts.finlens) => ({
    ...prf(c.tp, c.fp, c.fn),
    accuracy: (c.tp + c.tn) / rows.length,
    ...c,
  });
  return { finlens: score(counts.finlens), readability: score(counts.readability), pages: rows.length };
}

function extraction(name: string, pages: { html: string; gold: string }[]) {
  const finlens = [];
  const readability = [];
  for (const { html, gold } of pages) {
    // These pages are all articles: the story is scored even where detection doubted it.
    const reading = readArticle(dom(html));
    finlens.push(overlap((reading.readStory() ?? reading.snapshot).text, gold));
    let text = '';
    try {
      text = new Readability(dom(html)).parse()?.textContent ?? '';
    } catch {
      text = '';
    }
    readability.push(overlap(text, gold));
  }
  return { set: name, finlens: mean(finlens), readability: mean(readability) };
}

const zyteBase = join(dir, 'zyte-article-extraction-benchmark');
const truth = JSON.parse(readFileSync(join(zyteBase, 'ground-truth.json'), 'utf8')) as Record<
  string,
  { articleBody: string }
>;
const zyte = extraction(
  'zyte',
  Object.entries(truth).map(([id, t]) => ({
    html: load(join(zyteBase, 'html', `${id}.html.gz`)),
    gold: t.articleBody,
  })),
);
const zhBase = join(dir, 'zh-web-content-extraction');
const zh = extraction(
  'zh-web-content-extraction',
  readdirSync(join(zhBase, 'original'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({
      html: load(join(zhBase, 'original', f)),
      gold: readFileSync(join(zhBase, 'cleaned', f.replace(/\.html$/, '.txt')), 'utf8'),
    })),
);
const det = detection();

/**
 * Publish date and byline on zh-web-content-extraction (human labels): a date is right when its
 * calendar day matches; a byline when it names one of the labelled authors. Readability's
 * publishedTime and byline beside it.
 */
function metadata() {
  const day = (s: string | null | undefined) => {
    const m = s?.match(/(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})/);
    return m ? `${m[1]}-${Number(m[2])}-${Number(m[3])}` : null;
  };
  const c = { dates: 0, finlensDate: 0, readabilityDate: 0, authors: 0, finlensAuthor: 0, readabilityAuthor: 0 };
  for (const f of readdirSync(join(zhBase, 'original')).filter((x) => x.endsWith('.html'))) {
    const html = load(join(zhBase, 'original', f));
    const label = (kind: string) => readFileSync(join(zhBase, kind, f.replace(/\.html$/, '.txt')), 'utf8').trim();
    const reading = readArticle(dom(html));
    let rd: { publishedTime?: string | null; byline?: string | null } | null = null;
    try {
      rd = new Readability(dom(html)).parse();
    } catch {
      rd = null;
    }
    const date = day(label('date'));
    if (date) {
      c.dates++;
      if (day(reading.published?.date) === date) c.finlensDate++;
      if (day(rd?.publishedTime) === date) c.readabilityDate++;
    }
    const author = label('author');
    if (author && author !== 'UNKNOWN') {
      c.authors++;
      const names = author.split(/\s+/);
      if (names.some((n) => reading.byline?.includes(n))) c.finlensAuthor++;
      if (names.some((n) => rd?.byline?.includes(n))) c.readabilityAuthor++;
    }
  }
  return {
    ...c,
    date: { finlens: c.finlensDate / c.dates, readability: c.readabilityDate / c.dates },
    byline: { finlens: c.finlensAuthor / c.authors, readability: c.readabilityAuthor / c.authors },
  };
}
const meta = metadata();

console.log('\narticle reader                                FinLens   Readability   goal');
console.log(
  `detection (news-article-vs-nonarticle)  accuracy ${cell(det.finlens.accuracy)}    ${cell(det.readability.accuracy)}      >= 0.95, beat Readability`,
);
console.log(`                                        F1       ${cell(det.finlens.f1)}    ${cell(det.readability.f1)}`);
for (const x of [zyte, zh]) {
  console.log(`main text ${x.set.padEnd(30)}token P  ${cell(x.finlens.p)}    ${cell(x.readability.p)}`);
  console.log(`${' '.repeat(40)}token R  ${cell(x.finlens.r)}    ${cell(x.readability.r)}`);
  console.log(
    `${' '.repeat(40)}token F1 ${cell(x.finlens.f1)}    ${cell(x.readability.f1)}      not below Readability`,
  );
}
console.log(
  `metadata zh-web-content-extraction  date     ${cell(meta.date.finlens)}    ${cell(meta.date.readability)}`,
);
console.log(
  `(human labels)                          byline   ${cell(meta.byline.finlens)}    ${cell(meta.byline.readability)}`,
);
console.log(
  `(${det.pages} pages for detection; ${zyte.finlens.pages} zyte and ${zh.finlens.pages} Chinese pages for main text; ${meta.dates} dated and ${meta.authors} signed Chinese pages for metadata)`,
);
mkdirSync(join(ROOT, 'reports'), { recursive: true });
writeFileSync(
  join(ROOT, 'reports/eval-article.json'),
  `${JSON.stringify({ detection: det, zyte, zh, metadata: meta }, null, 2)}\n`,
);
console.log(`eval: wrote ${join(ROOT, 'reports/eval-article.json')}`);
