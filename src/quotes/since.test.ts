import { describe, expect, it } from 'vitest';
import { sampleSeries } from '../../e2e/harness/history-samples.ts';
import { catalog } from '../securities/catalog.ts';
import type { Market } from '../types.ts';
import { BENCHMARKS, benchmarkFor } from './benchmarks.ts';
import type { DailyBar, DailyBars, Published } from './history-types.ts';
import { sessionClose } from './sessions.ts';
import { baselineBar, historyFrom, sincePublication } from './since.ts';

/** Bars on these dates, closing at 100, 101, 102, … in order. */
const barsOn = (dates: string[]): DailyBar[] =>
  dates.map((date, i) => ({ date, open: 100 + i, close: 100 + i, high: 101 + i, low: 99 + i }));
const at = (instant: string): Published => ({ instant, date: instant.slice(0, 10), source: 'meta' });
const dateOnly = (date: string): Published => ({ date, source: 'text' });
const baseline = (bars: DailyBar[], market: Market, published: Published) => baselineBar(bars, market, published)?.date;

// Late January to early February 2023, New York: no holiday.
const US_FEB = barsOn(['2023-01-30', '2023-01-31', '2023-02-01', '2023-02-02', '2023-02-03', '2023-02-06']);

describe('baselineBar: the last close at or before publication', () => {
  it('before the open, during a session, at and after the close (New York, EST)', () => {
    expect(baseline(US_FEB, 'US', at('2023-02-02T13:00:00Z'))).toBe('2023-02-01'); // 8:00, before the open
    expect(baseline(US_FEB, 'US', at('2023-02-02T16:00:00Z'))).toBe('2023-02-01'); // 11:00, trading
    expect(baseline(US_FEB, 'US', at('2023-02-02T21:00:00Z'))).toBe('2023-02-02'); // 16:00, the close itself
    expect(baseline(US_FEB, 'US', at('2023-02-02T21:30:00Z'))).toBe('2023-02-02'); // 16:30, after it
  });

  it('on a weekend: Friday’s close; with a date alone: the last close before that date', () => {
    expect(baseline(US_FEB, 'US', at('2023-02-04T15:00:00Z'))).toBe('2023-02-03');
    expect(baseline(US_FEB, 'US', at('2023-02-06T14:00:00Z'))).toBe('2023-02-03'); // Monday 9:00
    expect(baseline(US_FEB, 'US', dateOnly('2023-02-02'))).toBe('2023-02-01');
    expect(baseline(US_FEB, 'US', dateOnly('2023-02-06'))).toBe('2023-02-03');
    expect(baseline(US_FEB, 'US', dateOnly('2023-02-05'))).toBe('2023-02-03');
  });

  it('the Spring Festival week: Shanghai bars lack 2023-01-23..27, so the baseline is the Friday before', () => {
    const sh = barsOn(['2023-01-18', '2023-01-19', '2023-01-20', '2023-01-30', '2023-01-31']);
    expect(baseline(sh, 'SH', at('2023-01-25T02:00:00Z'))).toBe('2023-01-20'); // 10:00 Beijing, a holiday
    expect(baseline(sh, 'SH', at('2023-01-30T02:00:00Z'))).toBe('2023-01-20'); // trading again, before its close
    expect(baseline(sh, 'SH', at('2023-01-30T07:00:00Z'))).toBe('2023-01-30'); // 15:00 Beijing
    expect(baseline(sh, 'SH', dateOnly('2023-01-28'))).toBe('2023-01-20');
  });

  it('Thanksgiving week: no bar on Thursday, and Friday closes at 13:00', () => {
    const us = barsOn(['2023-11-20', '2023-11-21', '2023-11-22', '2023-11-24', '2023-11-27']);
    expect(baseline(us, 'US', at('2023-11-23T17:00:00Z'))).toBe('2023-11-22'); // Thanksgiving Day
    expect(baseline(us, 'US', at('2023-11-24T17:00:00Z'))).toBe('2023-11-22'); // Friday 12:00, still trading
    expect(baseline(us, 'US', at('2023-11-24T19:00:00Z'))).toBe('2023-11-24'); // Friday 14:00, after the early close
    expect(baseline(us, 'US', at('2023-11-27T15:00:00Z'))).toBe('2023-11-24'); // Monday 10:00
  });

  it('across both 2023 DST switches the close is 16:00 in New York, not a fixed UTC hour', () => {
    const march = barsOn(['2023-03-09', '2023-03-10', '2023-03-13', '2023-03-14']);
    expect(baseline(march, 'US', at('2023-03-10T20:30:00Z'))).toBe('2023-03-09'); // 15:30 EST, trading
    expect(baseline(march, 'US', at('2023-03-13T20:00:00Z'))).toBe('2023-03-13'); // 16:00 EDT
    expect(baseline(march, 'US', at('2023-03-13T19:59:00Z'))).toBe('2023-03-10'); // 15:59 EDT
    const november = barsOn(['2023-11-02', '2023-11-03', '2023-11-06', '2023-11-07']);
    expect(baseline(november, 'US', at('2023-11-03T20:00:00Z'))).toBe('2023-11-03'); // 16:00 EDT
    expect(baseline(november, 'US', at('2023-11-06T20:30:00Z'))).toBe('2023-11-03'); // 15:30 EST, trading
    expect(baseline(november, 'US', at('2023-11-06T21:00:00Z'))).toBe('2023-11-06'); // 16:00 EST
  });

  it('Hong Kong after its close; crypto by the UTC day before publication; never a guess before the bars', () => {
    const hk = barsOn(['2023-02-02', '2023-02-03', '2023-02-06']);
    expect(baseline(hk, 'HK', at('2023-02-03T08:30:00Z'))).toBe('2023-02-03'); // 16:30 Hong Kong
    expect(baseline(hk, 'HK', at('2023-02-03T07:30:00Z'))).toBe('2023-02-02'); // 15:30 Hong Kong
    const btc = barsOn(['2023-03-08', '2023-03-09', '2023-03-10', '2023-03-11']);
    expect(baseline(btc, 'CRYPTO', at('2023-03-10T15:00:00Z'))).toBe('2023-03-09');
    expect(baseline(btc, 'CRYPTO', at('2023-03-09T16:30:00Z'))).toBe('2023-03-08'); // 00:30 on the 10th in Beijing
    expect(baseline(btc, 'CRYPTO', dateOnly('2023-03-11'))).toBe('2023-03-10');
    expect(baseline(US_FEB, 'US', at('2023-01-30T16:00:00Z'))).toBeUndefined();
    expect(baseline(US_FEB, 'US', dateOnly('2023-01-30'))).toBeUndefined();
    expect(baseline(US_FEB, 'US', dateOnly('last week'))).toBeUndefined();
  });

  it('the same baseline as asking every bar its close, around closes and local midnights', () => {
    for (const market of ['US', 'SH', 'HK'] as const) {
      const { qfq: bars } = sampleSeries(market, 100);
      // The bar a scan of every session's close picks (the rule itself, with no shortcut).
      const everyClose = (instant: number) =>
        [...bars].reverse().find((b) => (sessionClose(market, b.date) as number) <= instant)?.date;
      for (const date of ['2023-01-20', '2023-02-03', '2023-02-06', '2023-03-15']) {
        const close = sessionClose(market, date) as number;
        for (const offset of [-60_000, 0, 60_000, 8 * 3_600_000, 10 * 3_600_000, -16 * 3_600_000]) {
          const instant = new Date(close + offset).toISOString();
          expect(baseline(bars, market, at(instant)), `${market} ${instant}`).toBe(everyClose(close + offset));
        }
      }
    }
  });
});

const series = (id: string, bars: DailyBar[]): DailyBars => ({ id, adjust: 'qfq', bars });

describe('sincePublication', () => {
  const bidu = series('US:BIDU', barsOn(['2023-02-01', '2023-02-02', '2023-02-03', '2023-02-06']));
  const ixic = series('US:.IXIC', [
    { date: '2023-02-01', open: 1, close: 11_000, high: 1, low: 1 },
    { date: '2023-02-02', open: 1, close: 12_000, high: 1, low: 1 },
    { date: '2023-02-03', open: 1, close: 11_500, high: 1, low: 1 },
  ]);
  // Tuesday 2023-02-07, 11:00 in New York.
  const now = Date.parse('2023-02-07T16:00:00Z');

  it('measures from the baseline close to the price now, with the benchmark over the same span', () => {
    const result = sincePublication({
      bars: bidu,
      benchmarkBars: ixic,
      market: 'US',
      published: at('2023-02-02T15:00:00Z'), // 10:00: the baseline is 2023-02-01
      now: { price: 112.5, time: now },
      benchmarkNow: { price: 12_100, time: now },
      at: now,
    });
    expect(result).toEqual({
      kind: 'since',
      baselineDate: '2023-02-01',
      baselineClose: 100,
      pct: 12.5,
      closes: [100, 101, 102, 103, 112.5],
      benchmark: { id: 'US:.IXIC', baselineDate: '2023-02-01', pct: 10 },
    });
  });

  it('the price now replaces a bar of the same day; the benchmark’s last close serves when it has no price now', () => {
    const afterClose = Date.parse('2023-02-06T21:30:00Z');
    const result = sincePublication({
      bars: bidu,
      benchmarkBars: ixic,
      market: 'US',
      published: dateOnly('2023-02-03'),
      now: { price: 104, time: afterClose },
      at: afterClose,
    });
    expect(result).toMatchObject({
      kind: 'since',
      baselineDate: '2023-02-02',
      pct: 2.9703, // 104 against 101
      closes: [101, 102, 104],
      benchmark: { baselineDate: '2023-02-02', pct: -4.1667 },
    });
  });

  it('says why not: no date, a future date, no bars, bars that do not reach back', () => {
    const base = { bars: bidu, market: 'US' as const, now: { price: 100 }, at: now };
    expect(sincePublication({ ...base, published: undefined })).toEqual({ kind: 'none', reason: 'no-date' });
    expect(sincePublication({ ...base, published: dateOnly('') })).toEqual({ kind: 'none', reason: 'no-date' });
    expect(sincePublication({ ...base, published: at('2023-02-08T01:00:00Z') })).toEqual({
      kind: 'none',
      reason: 'future',
    });
    expect(sincePublication({ ...base, published: dateOnly('2023-02-08') })).toEqual({
      kind: 'none',
      reason: 'future',
    });
    expect(sincePublication({ ...base, bars: series('US:BIDU', []), published: dateOnly('2023-02-03') })).toEqual({
      kind: 'none',
      reason: 'no-history',
    });
    expect(sincePublication({ ...base, published: dateOnly('2023-02-01') })).toEqual({
      kind: 'none',
      reason: 'before-history',
    });
    // A benchmark that does not reach back is left out; the security's own figure stands.
    const late = series('US:.IXIC', ixic.bars.slice(2));
    const result = sincePublication({ ...base, benchmarkBars: late, published: dateOnly('2023-02-02') });
    expect(result).toMatchObject({ kind: 'since', baselineDate: '2023-02-01' });
    expect(result).not.toHaveProperty('benchmark');
  });

  it('asks for bars from three weeks before the publication date', () => {
    expect(historyFrom(dateOnly('2023-02-02'))).toBe('2023-01-13');
    expect(historyFrom(at('2023-02-02T01:00:00Z'))).toBe('2023-01-13');
    expect(historyFrom(dateOnly('soon'))).toBeUndefined();
  });
});

describe('benchmarkFor', () => {
  const S = (market: Market, type: 'stock' | 'index' | 'crypto' | 'fund' = 'stock', exchange?: string) => ({
    market,
    type,
    exchange,
  });

  it('each market’s broad index; none for indices, crypto, funds and other markets', () => {
    expect(benchmarkFor(S('US', 'stock', 'NASDAQ'))?.id).toBe('US:.IXIC');
    expect(benchmarkFor(S('US', 'stock', 'NYSE'))?.id).toBe('US:.INX');
    expect(benchmarkFor(S('US', 'stock', 'NYSE American'))?.id).toBe('US:.INX');
    expect(benchmarkFor(S('US', 'stock'))?.id).toBe('US:.INX');
    for (const m of ['SH', 'SZ', 'BJ'] as const) expect(benchmarkFor(S(m))?.id).toBe('SH:000300');
    expect(benchmarkFor(S('HK'))?.id).toBe('HK:HSI');
    expect(benchmarkFor(S('TW'))?.id).toBe('INTL:TWII');
    expect(benchmarkFor(S('TWO'))?.id).toBe('INTL:TWII');
    expect(benchmarkFor(S('US', 'index'))).toBeUndefined();
    expect(benchmarkFor(S('CRYPTO', 'crypto'))).toBeUndefined();
    expect(benchmarkFor(S('CN', 'fund'))).toBeUndefined();
    expect(benchmarkFor(S('INTL'))).toBeUndefined();
  });

  it('every benchmark is an index of the securities catalogue', () => {
    for (const target of Object.values(BENCHMARKS)) {
      const listing = catalog().listing(target.id);
      expect(listing, target.id).toMatchObject({
        id: target.id,
        market: target.market,
        symbol: target.symbol,
        type: 'index',
      });
    }
  });
});
