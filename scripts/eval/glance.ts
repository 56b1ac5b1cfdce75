/**
 * Scores the content script's glance (`src/article/glance.ts`): a page whose glance writes no
 * security explicitly and scores below the threshold on the finance check is not read further
 * until the popup asks (`extension/background/worth.ts`). On every page of
 * news-article-vs-nonarticle, zyte-article-extraction-benchmark and zh-web-content-extraction, the
 * full reading (`analyzeDocument`) says whether there is anything to mark (a security, by name
 * only on a finance page: `extension/quiet.ts`) or paint (claims in a finance article); the glance
 * should skip none of those, and each one it does skip is listed. It also scores the first stage's early signal
 * (`src/article/early-signal.ts`): a page with one knocks at once, any other waits for the
 * background to take its glance once loaded; so how many pages worth reading knock early, and how
 * many pages not worth it knock anyway (and pay for the extension API in the page).
 * Prints misses and skips by threshold; writes reports/eval-glance.json; skips without the corpus.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { GLANCE_SCORE, worthReading } from '../../extension/background/worth.ts';
import { explicit, mentionsToMark, namesQuiet } from '../../extension/quiet.ts';
import { analyze, analyzeDocument } from '../../src/analyze.ts';
import type { DomNode } from '../../src/article/dom.ts';
import { earlySignal } from '../../src/article/early-signal.ts';
import { glanceText } from '../../src/article/glance.ts';
import { decodeHtml } from '../../src/cli/decode.ts';
import { parseHtml } from '../../src/cli/html-input.ts';
import { corpusDir, ROOT } from './corpus.ts';

/** The threshold the background uses. */
const USED = GLANCE_SCORE;
const THRESHOLDS = [1, 2, 3, 4, 6, 8];

const dir = corpusDir();
if (!dir) {
  console.log('eval: no corpus at ../shared/corpus (or FINLENS_CORPUS): no pages to glance at, skipping.');
  process.exit(0);
}

const htmlFiles = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(d, e.name)) : /\.html?(\.gz)?$/.test(e.name) ? [join(d, e.name)] : [],
  );
const files = ['news-article-vs-nonarticle', 'zyte-article-extraction-benchmark', 'zh-web-content-extraction'].flatMap(
  (set) => htmlFiles(join(dir, set)),
);

interface Row {
  file: string;
  marks: boolean;
  paints: boolean;
  /** Securities the glance finds written explicitly (a cashtag, a code, a tag or link, an exchange prefix). */
  explicit: number;
  /** Securities the glance finds at all, by name too. */
  securities: number;
  score: number;
  /** Whether the background sends the page on to the full script (`worthReading`), and would if names counted everywhere. */
  worth: boolean;
  worthByName: boolean;
  early: boolean;
}
const rows: Row[] = [];
for (const file of files) {
  const bytes = readFileSync(file);
  const doc = parseHtml(decodeHtml(file.endsWith('.gz') ? gunzipSync(bytes) : bytes));
  const { page, analysis } = analyzeDocument(doc);
  // The browser always fills the body; linkedom may leave it empty and put the page beside it.
  const body = doc.body && /\S/.test(doc.body.textContent ?? '') ? doc.body : doc.documentElement;
  const text = body ? glanceText(body as DomNode) : '';
  const glance = analyze({ text, article: false });
  rows.push({
    file: file.slice(dir.length + 1),
    marks: analysis.securities.some((s) => mentionsToMark(s.mentions, namesQuiet(page, false)).length > 0),
    paints: page.isArticle && page.isFinance && analysis.claims.length > 0,
    explicit: glance.securities.filter(explicit).length,
    securities: glance.securities.length,
    score: glance.article.finance.score,
    worth: worthReading(glance),
    worthByName: worthReading(glance, { namesEverywhere: true }),
    early: earlySignal(text),
  });
}

const byThreshold = THRESHOLDS.map((t) => {
  const skipped = rows.filter((r) => r.explicit === 0 && r.score < t);
  return {
    threshold: t,
    skipped: skipped.length,
    missedMarks: skipped.filter((r) => r.marks).map((r) => r.file),
    missedPaints: skipped.filter((r) => r.paints).map((r) => r.file),
  };
});
console.log(
  `\nGlance on ${rows.length} pages (${rows.filter((r) => r.marks).length} with securities to mark, ${rows.filter((r) => r.paints).length} with claims to paint):`,
);
console.log('finance score below   pages skipped   of them with marks   with claims');
for (const b of byThreshold)
  console.log(
    `${String(b.threshold).padStart(6)}${b.threshold === USED ? ' (used)' : '       '}   ${String(b.skipped).padStart(12)}   ${String(b.missedMarks.length).padStart(18)}   ${String(b.missedPaints.length).padStart(11)}`,
  );
const used = byThreshold.find((b) => b.threshold === USED);
for (const file of [...(used?.missedMarks ?? []), ...(used?.missedPaints ?? [])])
  console.log(`skipped, with something to show: ${file}`);
const worth = rows.filter((r) => r.worth);
const notWorth = rows.filter((r) => !r.worth);
const byName = rows.filter((r) => r.worthByName).length;
console.log(
  `Full script: ${worth.length} pages at a glance (${byName} if a name alone were enough); the default settings mark or paint on ${rows.filter((r) => r.marks || r.paints).length}.`,
);
const early = {
  worth: worth.length,
  worthEarly: worth.filter((r) => r.early).length,
  notWorth: notWorth.length,
  notWorthEarly: notWorth.filter((r) => r.early).length,
};
const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(0)}%`;
console.log(
  `Early signal: ${early.worthEarly} of ${early.worth} pages worth reading knock at once (${pct(early.worthEarly, early.worth)}; the rest wait for the load); ${early.notWorthEarly} of ${early.notWorth} pages not worth it knock anyway (${pct(early.notWorthEarly, early.notWorth)}).`,
);
mkdirSync(join(ROOT, 'reports'), { recursive: true });
writeFileSync(
  join(ROOT, 'reports/eval-glance.json'),
  `${JSON.stringify({ pages: rows.length, used: USED, byThreshold, early, worth: worth.length, byName }, null, 2)}\n`,
);
console.log('eval: wrote reports/eval-glance.json');
