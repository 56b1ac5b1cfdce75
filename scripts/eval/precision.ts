/**
 * Precision of names on real pages: every page of zh-web-content-extraction,
 * zyte-article-extraction-benchmark, news-article-vs-nonarticle and readability, read as the
 * extension reads it (`analyzeDocument`). On pages the finance check calls not about finance, name
 * mentions are listed ("also mentioned") but none may be highlighted (`extension/quiet.ts`); on
 * finance pages, every name mention is counted, and `--verbose` prints each with its context for a
 * reader to judge (`--quiet-names` prints the names found on quiet pages). Writes reports/eval-precision.json; skips without the corpus.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { mentionsToMark, namesQuiet } from '../../extension/quiet.ts';
import { analyzeDocument } from '../../src/analyze.ts';
import { decodeHtml } from '../../src/cli/decode.ts';
import { parseHtml } from '../../src/cli/html-input.ts';
import { locatedMentions } from '../../src/securities/located.ts';
import { corpusDir, ROOT } from './corpus.ts';

const dir = corpusDir();
if (!dir) {
  console.log('eval: no corpus at ../shared/corpus (or FINLENS_CORPUS): no pages to read, skipping.');
  process.exit(0);
}
const verbose = process.argv.includes('--verbose');
/** `--quiet-names`: print each name found on a quiet page (listed there, never highlighted). */
const quietNames = process.argv.includes('--quiet-names');
/** `--companies`: print each other company the popup would list (registered names without a listing), with its context. */
const printCompanies = process.argv.includes('--companies');
const SETS = [
  'zh-web-content-extraction',
  'zyte-article-extraction-benchmark',
  'news-article-vs-nonarticle',
  'readability',
];
const htmlFiles = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(d, e.name)) : /\.html?(\.gz)?$/.test(e.name) ? [join(d, e.name)] : [],
  );

interface SetReport {
  pages: number;
  financePages: number;
  quietPages: number;
  /** Name mentions on pages not about finance: listed in the popup. */
  quietNames: number;
  /** Of those, highlighted with the default settings (the goal is 0). */
  quietNamesHighlighted: number;
  /** Name mentions on finance pages (highlighted), each printed with --verbose. */
  financeNames: number;
  /** Other companies the popup lists (articles only; never marked), each printed with --companies. */
  companies: number;
}
const report: Record<string, SetReport> = {};
for (const set of SETS) {
  const r: SetReport = {
    pages: 0,
    financePages: 0,
    quietPages: 0,
    quietNames: 0,
    quietNamesHighlighted: 0,
    financeNames: 0,
    companies: 0,
  };
  for (const file of htmlFiles(join(dir, set))) {
    const bytes = readFileSync(file);
    const { page, analysis } = analyzeDocument(parseHtml(decodeHtml(file.endsWith('.gz') ? gunzipSync(bytes) : bytes)));
    const mentions = locatedMentions(analysis);
    const names = mentions.filter((m) => m.kind === 'name');
    const quiet = namesQuiet(page, false);
    r.pages++;
    r.companies += analysis.companies.length;
    if (printCompanies) {
      const text = analysis.article.text;
      for (const {
        name,
        mentions: [m],
      } of analysis.companies)
        console.log(`company: ${set} ${name} | ${text.slice(Math.max(0, m.start - 16), m.start).replace(/\s+/g, ' ')}`);
    }
    if (quiet) {
      r.quietPages++;
      r.quietNames += names.length;
      if (quietNames) for (const m of names) console.log(`quiet page name: ${set} ${m.text} ${m.securityId}`);
      r.quietNamesHighlighted += mentionsToMark(mentions, quiet).filter((m) => m.kind === 'name').length;
      continue;
    }
    r.financePages++;
    r.financeNames += names.length;
    if (verbose) {
      const text = analysis.article.text;
      for (const m of names) {
        const context = `${text.slice(Math.max(0, m.start - 20), m.start)}[${m.text}]${text.slice(m.end, m.end + 20)}`;
        console.log(
          `${set}\t${file.slice(file.lastIndexOf('/') + 1)}\t${m.securityId}\t${context.replace(/\s+/g, ' ')}`,
        );
      }
    }
  }
  report[set] = r;
}

console.log(
  '\nset                                  pages  finance  quiet  names on quiet pages  highlighted  names on finance pages  other companies',
);
for (const [set, r] of Object.entries(report))
  console.log(
    `${set.padEnd(36)}${String(r.pages).padStart(6)}${String(r.financePages).padStart(9)}${String(r.quietPages).padStart(7)}${String(r.quietNames).padStart(22)}${String(r.quietNamesHighlighted).padStart(13)}${String(r.financeNames).padStart(24)}${String(r.companies).padStart(17)}`,
  );
console.log(
  '(highlighted: with the default settings; the goal is 0. --verbose prints every name on finance pages with its context;\n other companies: listed in the popup of an article, never marked; --companies prints each)',
);
mkdirSync(join(ROOT, 'reports'), { recursive: true });
writeFileSync(join(ROOT, 'reports/eval-precision.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('eval: wrote reports/eval-precision.json');
