import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SampleSeries } from '../e2e/harness/history-samples.ts';
import type { QuoteServer } from '../e2e/harness/quote-server.ts';
import { analyze } from '../src/analyze.ts';
import { checkPriceMoves } from '../src/claims/price-check.ts';
import { findPriceMoves } from '../src/claims/price-moves.ts';
import type { DailyBars, Published } from '../src/quotes/history-types.ts';
import { DEMO_SAMPLES, demoSeries, lastSampleDay, priceNow, providerCodes, seedDemoMarket } from './demo-samples.ts';

const FIXTURES = join(import.meta.dirname, '..', 'e2e', 'fixtures');
const TO = '2026-11-30';

/** The paragraphs of a fixture page, as text (the holdup post is plain paragraphs). */
function paragraphs(slug: string): string {
  const html = readFileSync(join(FIXTURES, slug, 'index.html'), 'utf8');
  return [...html.matchAll(/<p>(.*?)<\/p>/gs)].map((m) => m[1].replace(/<[^>]+>/g, '')).join('\n');
}

/** What the stand-in keeps: its bars and the prices pinned, by code. */
function fakeServer(): QuoteServer & { pinned: Map<string, number> } {
  const pinned = new Map<string, number>();
  const history = new Map<string, SampleSeries>();
  return { history, pinned, setPrice: (code: string, price: number) => pinned.set(code, price) } as never;
}

describe('the demo sample market', () => {
  it('gives the holdup post one claim that matches the record and one that differs', () => {
    const text = paragraphs('holdup-post');
    const analysis = analyze({ text, title: '百度昨夜收涨5%，中概股分化' });
    const moves = findPriceMoves(analysis);
    // Saturday 4 Feb 2023, 13:21 in Beijing: "last night" is Friday's New York session.
    const published: Published = {
      instant: '2023-02-04T05:21:28.000Z',
      date: '2023-02-04',
      zone: 'Asia/Shanghai',
      source: 'meta',
    };
    const bars = new Map<string, DailyBars>(
      Object.entries(DEMO_SAMPLES).map(([id, sample]) => [
        id,
        { id, adjust: 'raw', bars: demoSeries(id, sample, TO).raw },
      ]),
    );
    const checks = checkPriceMoves(moves, published, bars, analysis.securities);
    const verdictOf = (words: string) => {
      const index = analysis.claims.findIndex((c) => c.text.includes(words));
      return checks.get(index)?.verdict;
    };
    expect(verdictOf('昨夜收涨5%')).toBe('matches');
    expect(verdictOf('昨夜收跌8%')).toBe('differs');
  });

  it('covers every security the demo articles name, and the indices they are measured against', () => {
    for (const slug of ['english-news', 'spa-post', 'tech-review', 'xueqiu-post']) {
      const expected = JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as {
        securities: string[];
      };
      for (const id of expected.securities) expect(DEMO_SAMPLES[id], `${slug}: ${id}`).toBeDefined();
    }
    for (const id of ['US:BIDU', 'US:BABA', 'HK:00700', 'US:.IXIC', 'US:.INX', 'SH:000300', 'HK:HSI'])
      expect(DEMO_SAMPLES[id], id).toBeDefined();
  });

  it('runs the bars from before the articles to the day given, and prices each id near its last close', () => {
    const series = demoSeries('US:BIDU', DEMO_SAMPLES['US:BIDU'], TO);
    expect(series.raw[0].date <= '2022-12-31').toBe(true);
    expect(series.raw.at(-1)?.date).toBe(TO);
    const last = series.qfq.at(-1)?.close as number;
    expect(Math.abs(priceNow(series) / last - 1)).toBeLessThan(0.02);
    expect(lastSampleDay(Date.parse('2026-12-02T03:00:00Z'))).toBe('2026-12-01');
  });

  it('pins the same price under every provider code of an id, and serves bars for every id', () => {
    expect(providerCodes('US:BIDU')).toEqual(expect.arrayContaining(['usBIDU', 'BIDU', '105.BIDU']));
    expect(providerCodes('US:.IXIC')).toEqual(expect.arrayContaining(['usIXIC', '^IXIC', '100.NDX']));
    expect(providerCodes('HK:00700')).toEqual(expect.arrayContaining(['hk00700', '0700.HK', '116.00700']));
    const server = fakeServer();
    seedDemoMarket(server, TO);
    expect([...server.history.keys()].sort()).toEqual(Object.keys(DEMO_SAMPLES).sort());
    for (const id of Object.keys(DEMO_SAMPLES)) {
      const prices = providerCodes(id).map((code) => server.pinned.get(code));
      expect(new Set(prices).size, id).toBe(1);
      expect(prices[0], id).toBe(priceNow(server.history.get(id) as SampleSeries));
    }
  });
});
