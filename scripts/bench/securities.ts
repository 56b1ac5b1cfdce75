/**
 * `npm run bench`: throughput of the securities engine against a floor and the peer baseline, on
 * Chinese and English text of 10 KB, 1 MB and 10 MB; cold load and heap of the securities data;
 * its gzip size; hostile inputs. Prints a table and writes reports/bench-securities.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import twitter from 'twitter-text';
import { analyze, findSecurities } from '../../src/analyze.ts';
import { findCashtags } from '../../src/tickers/cashtag.ts';
import { urlRanges } from '../../src/tickers/text-ranges.ts';
import { CHINESE, ENGLISH, textOfSize } from './texts.ts';

const ROOT = join(import.meta.dirname, '../..');
const SIZES: [string, number][] = [
  ['10 KB', 10_000],
  ['1 MB', 1_000_000],
  ['10 MB', 10_000_000],
];

let sink = 0;
const contenders: [string, (text: string) => void][] = [
  [
    '(a) bare scan (floor)',
    (text) => {
      let h = 0;
      for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
      sink ^= h;
    },
  ],
  [
    '(b) twitter-text cashtags',
    (text) => {
      sink ^= twitter.extractCashtagsWithIndices(text).length;
    },
  ],
  [
    '(c) FinLens cashtags only',
    (text) => {
      sink ^= findCashtags(text, urlRanges(text)).length;
    },
  ],
  [
    '(d) FinLens full recognition',
    (text) => {
      sink ^= findSecurities(text).length;
    },
  ],
];

/** Median seconds of one run of `fn(text)`: runs until ~0.6 s have passed (at least 3 runs, at most 200). */
function median(fn: (text: string) => void, text: string): number {
  fn(text); // warm up
  const times: number[] = [];
  const until = performance.now() + 600;
  while (times.length < 3 || (performance.now() < until && times.length < 200)) {
    const t0 = performance.now();
    fn(text);
    times.push((performance.now() - t0) / 1000);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)];
}

analyze({ text: 'warm the catalog: 百度 $BIDU' });
const throughput: Record<string, Record<string, Record<string, number>>> = {};
for (const [lang, base] of [
  ['Chinese', CHINESE],
  ['English', ENGLISH],
] as const) {
  throughput[lang] = {};
  for (const [label, bytes] of SIZES) {
    const text = textOfSize(base, bytes);
    const mb = Buffer.byteLength(text) / 1e6;
    throughput[lang][label] = {};
    for (const [name, fn] of contenders) throughput[lang][label][name] = mb / median(fn, text);
  }
}

// Cold load: bundle the engine as the content script gets it, then load it in fresh processes.
const dir = mkdtempSync(join(tmpdir(), 'finlens-bench-'));
const entry = join(dir, 'entry.ts');
writeFileSync(
  entry,
  `export { analyze } from ${JSON.stringify(join(ROOT, 'src/analyze.ts'))};\nexport { catalog } from ${JSON.stringify(join(ROOT, 'src/securities/catalog.ts'))};\nexport { checkWorthiness } from ${JSON.stringify(join(ROOT, 'src/claims/checkworthy.ts'))};\n`,
);
const bundle = join(dir, 'engine.mjs');
await build({ entryPoints: [entry], bundle: true, format: 'esm', outfile: bundle, logLevel: 'error' });
const loads = Array.from({ length: 7 }, () =>
  JSON.parse(
    execFileSync(
      process.execPath,
      ['--expose-gc', join(import.meta.dirname, 'cold-load.mjs'), bundle, textOfSize(CHINESE, 10_000)],
      {
        encoding: 'utf8',
      },
    ),
  ),
) as { catalogMs: number; modelMs: number; firstAnalysisMs: number; heapMB: number }[];
const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const coldMs = mid(loads.map((l) => l.catalogMs));
const firstMs = mid(loads.map((l) => l.firstAnalysisMs));
const heapMB = mid(loads.map((l) => l.heapMB));
const modelMs = mid(loads.map((l) => l.modelMs));
const modelModule = readFileSync(join(ROOT, 'src/claims/checkworthy-model.ts'));
const modelGzipKB = gzipSync(modelModule, { level: 9 }).length / 1024;
const dataModule = readFileSync(join(ROOT, 'src/securities/data/securities.generated.ts'));
const dataGzipKB = gzipSync(dataModule, { level: 9 }).length / 1024;
let contentScript: { rawKB: number; gzipKB: number } | undefined;
try {
  const js = readFileSync(join(ROOT, 'dist/chrome/extension/content/full-stage.iife.js'));
  contentScript = { rawKB: js.length / 1024, gzipKB: gzipSync(js, { level: 9 }).length / 1024 };
} catch {
  // No build yet: the data's own gzip size is still reported.
}

// The whole analyze() (securities, claims, key points) of a 10 000-character article and of 1 MB,
// timed in a fresh process (analyze-time.mjs: no heap left over from the 10 MB runs above).
const articleMs: Record<string, { ms10k: number; msPerMB10k: number; msPerMB1M: number }> = {};
const articles = Object.fromEntries(
  (
    [
      ['Chinese', CHINESE],
      ['English', ENGLISH],
    ] as const
  ).map(([lang, base]) => {
    const file = join(dir, `${lang}.txt`);
    writeFileSync(file, `${base}\n`.repeat(Math.ceil(10_000 / base.length)).slice(0, 10_000));
    writeFileSync(`${file}.1mb`, textOfSize(base, 1_000_000));
    return [lang, file];
  }),
);
const freshMs = JSON.parse(
  execFileSync(
    process.execPath,
    [join(import.meta.dirname, 'analyze-time.mjs'), bundle, ...Object.values(articles).flatMap((f) => [f, `${f}.1mb`])],
    { encoding: 'utf8' },
  ),
) as Record<string, number>;
for (const lang of Object.keys(articles)) {
  const article = readFileSync(articles[lang], 'utf8');
  const big = readFileSync(`${articles[lang]}.1mb`, 'utf8');
  const ms10k = freshMs[articles[lang]];
  articleMs[lang] = {
    ms10k,
    msPerMB10k: ms10k / (Buffer.byteLength(article) / 1e6),
    msPerMB1M: freshMs[`${articles[lang]}.1mb`] / (Buffer.byteLength(big) / 1e6),
  };
}

// Hostile inputs: full recognition must not throw and must stay linear (100 KB vs 1 MB).
const hostile: Record<string, { small: number; large: number; ratio: number }> = {};
const randomUnicode = (n: number) => {
  let s = '';
  let seed = 42;
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    s += String.fromCharCode(seed % 0xffff);
  }
  return s;
};
for (const [name, make] of [
  ['dollar signs', (n: number) => '$'.repeat(n)],
  ['no spaces (Chinese)', (n: number) => '无空格的长文本贵州茅台百度'.repeat(Math.ceil(n / 13)).slice(0, n)],
  ['cashtag storm', (n: number) => '$A '.repeat(Math.ceil(n / 3)).slice(0, n)],
  ['random UTF-16 (lone surrogates)', randomUnicode],
] as const) {
  const perChar = (n: number) => median((t) => analyze({ text: t }), make(n)) / n;
  const small = perChar(100_000);
  const large = perChar(1_000_000);
  hostile[name] = { small: 0.1 / (small * 100_000), large: 1 / (large * 1_000_000), ratio: large / small };
}

const f = (x: number) => x.toFixed(1).padStart(8);
console.log(`throughput in MB/s (UTF-8), median run${' '.repeat(10)}10 KB     1 MB    10 MB   cost 10MB/10KB`);
for (const lang of Object.keys(throughput)) {
  for (const [name] of contenders) {
    const r = SIZES.map(([label]) => throughput[lang][label][name]);
    console.log(`${`${lang} ${name}`.padEnd(45)}${r.map(f).join(' ')}   ${(r[0] / r[2]).toFixed(2).padStart(6)}x`);
  }
}
console.log(
  `\ncold load of the securities data: ${coldMs.toFixed(1)} ms; until the first 10 KB analysis is done: ${firstMs.toFixed(1)} ms; heap ${heapMB.toFixed(1)} MB (medians of 7 fresh processes)`,
);
console.log(
  `securities data: ${(dataModule.length / 1024).toFixed(0)} KB, ${dataGzipKB.toFixed(0)} KB gzip` +
    (contentScript
      ? `; built content script: ${contentScript.rawKB.toFixed(0)} KB, ${contentScript.gzipKB.toFixed(0)} KB gzip`
      : ' (run npm run build for the content script size)'),
);
console.log(
  `check-worthiness weights: ${(modelModule.length / 1024).toFixed(0)} KB, ${modelGzipKB.toFixed(0)} KB gzip; read on first use in ${modelMs.toFixed(1)} ms (median of 7 fresh processes)`,
);
console.log(
  '\nanalyze() (securities, claims, key points) 10 000 chars, ms (fresh process, steady)   ms/MB at 10 K chars   ms/MB at 1 MB',
);
for (const [lang, a] of Object.entries(articleMs)) {
  console.log(
    `${lang.padEnd(42)}${a.ms10k.toFixed(2).padStart(10)}${a.msPerMB10k.toFixed(0).padStart(20)}${a.msPerMB1M.toFixed(0).padStart(17)}`,
  );
}
console.log('\nhostile input, full recognition           MB/s at 100 K chars   at 1 M chars   per-char cost 1M/100K');
for (const [name, h] of Object.entries(hostile))
  console.log(
    `${name.padEnd(42)}${h.small.toFixed(1).padStart(10)}${h.large.toFixed(1).padStart(15)}${h.ratio.toFixed(2).padStart(14)}x`,
  );

mkdirSync(join(ROOT, 'reports'), { recursive: true });
writeFileSync(
  join(ROOT, 'reports/bench-securities.json'),
  `${JSON.stringify({ throughputMBps: throughput, coldLoad: { ms: coldMs, firstAnalysisMs: firstMs, heapMB, modelMs }, modelGzipKB, analyzeArticle: articleMs, dataGzipKB, contentScript, hostile, sink }, null, 2)}\n`,
);
console.log('\nbench: wrote reports/bench-securities.json');
