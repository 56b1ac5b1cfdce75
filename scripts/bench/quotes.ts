/**
 * The quote service's share of `npm run bench`: requests per page of 50 securities, the time to
 * answer from a warm cache and from a cold one (a local stand-in answering in Tencent's format,
 * in process: the service's own cost, not the network's), the cache's memory after 1,000
 * securities, and the content script's gzip size. Writes reports/bench-quotes.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { gbk } from '../../e2e/harness/gbk.ts';
import { MOUTAI, tencentLine } from '../../e2e/harness/provider-samples.ts';
import { QuoteService } from '../../extension/quotes/quote-service.ts';
import type { QuoteTarget } from '../../src/quotes/types.ts';

const targets = (n: number, from = 600000): QuoteTarget[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `SH:${from + i}`,
    market: 'SH',
    symbol: String(from + i),
    type: 'stock',
  }));

function service() {
  let requests = 0;
  const stored = new Map<string, unknown>();
  const svc = new QuoteService({
    async fetch(url) {
      requests++;
      const codes = url.replace('https://qt.gtimg.cn/q=', '').split(',');
      return new Response(gbk(codes.map((c) => tencentLine(c, MOUTAI)).join('')) as BodyInit);
    },
    now: () => Date.now(),
    random: Math.random,
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    order: async () => ['tencent'],
    permitted: async () => true,
    offline: () => false,
    store: { get: async (k) => stored.get(k), set: async (k, v) => void stored.set(k, v) },
  });
  return { svc, requests: () => requests, stored };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const page = service();
const fifty = targets(50);
let started = performance.now();
await page.svc.quotes(fifty);
const coldMs = performance.now() - started;
const perPage = page.requests();

const warm: number[] = [];
for (let i = 0; i < 1000; i++) {
  started = performance.now();
  await page.svc.quotes([fifty[i % 50]]);
  warm.push(performance.now() - started);
}

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage().heapUsed;
const big = service();
for (let i = 0; i < 20; i++) await big.svc.quotes(targets(50, 600000 + i * 50));
await new Promise((r) => setTimeout(r, 400));
gc?.();
const heapKB = (process.memoryUsage().heapUsed - before) / 1024;
const storedKB = Buffer.byteLength(JSON.stringify(big.stored.get('quoteCache') ?? {})) / 1024;

const content = readFileSync('dist/chrome/extension/content/full-stage.iife.js');
const report = {
  requestsForPageOf50: perPage,
  coldBatchOf50Ms: Number(coldMs.toFixed(2)),
  warmAnswerMedianMs: Number(median(warm).toFixed(4)),
  cacheAfter1000: {
    entries: big.svc.cache.size,
    heapKB: gc ? Number(heapKB.toFixed(0)) : null,
    storedJsonKB: Number(storedKB.toFixed(0)),
  },
  contentScriptGzipKB: Number((gzipSync(content).length / 1024).toFixed(1)),
};
console.log('quotes:', JSON.stringify(report, null, 2));
writeFileSync('reports/bench-quotes.json', `${JSON.stringify(report, null, 2)}\n`);
