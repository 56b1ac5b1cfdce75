import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import type { Published } from '../quotes/history-types.ts';
import { attachPriceChecks, checkPriceMoves, historyNeeded } from './price-check.ts';
import type { PriceCheck, StatedMove } from './price-move-types.ts';
import { BARS } from './price-moves.fixtures.ts';
import { findPriceMoves } from './price-moves.ts';
import { describeRecord } from './price-record-text.ts';
import { limitMove, moveMatches } from './price-tolerance.ts';

const up = (pct: number, more: Partial<StatedMove> = {}): StatedMove => ({ direction: 'up', pct, ...more });

describe('tolerance', () => {
  it('allows half a unit of the stated precision', () => {
    const eight = up(8, { decimals: 0 });
    expect([7.5, 8.5, 7.4, 8.6].map((r) => moveMatches(eight, r))).toEqual([true, true, false, false]);
    const threeSeven = up(3.7, { decimals: 1 });
    // Half a unit of "3.7%" is 0.05, under the 0.1 pt floor: 3.6 to 3.8.
    expect([3.66, 3.6, 3.8, 3.59, 3.81].map((r) => moveMatches(threeSeven, r))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('has a floor of 0.1 pt for finer figures', () => {
    const fine = up(3.72, { decimals: 2 });
    expect([3.82, 3.62, 3.83, 3.61].map((r) => moveMatches(fine, r))).toEqual([true, true, false, false]);
  });

  it('reads bounds as written', () => {
    const over = up(5, { bound: 'min' });
    expect([4.9, 12, 4.89].map((r) => moveMatches(over, r))).toEqual([true, true, false]);
    const nearly = up(5, { bound: 'max', near: true });
    expect([4, 5.1, 3.9, 5.11].map((r) => moveMatches(nearly, r))).toEqual([true, true, false, false]);
    const nearlyTwenty = up(20, { bound: 'max', near: true });
    expect([18, 17.9].map((r) => moveMatches(nearlyTwenty, r))).toEqual([true, false]);
    const under = up(5, { bound: 'max' });
    expect([0.5, 5.11].map((r) => moveMatches(under, r))).toEqual([true, false]);
  });

  it('gives an approximate figure half as much again', () => {
    const about = up(5, { approx: true, decimals: 0 });
    expect([4.25, 5.75, 4.2, 5.8].map((r) => moveMatches(about, r))).toEqual([true, true, false, false]);
    const aboutFine = up(5.2, { approx: true, decimals: 1 });
    expect([5.0, 5.4, 4.99].map((r) => moveMatches(aboutFine, r))).toEqual([true, true, false]);
  });

  it('needs the same direction', () => {
    expect(moveMatches(up(5), -5)).toBe(false);
    expect(moveMatches({ direction: 'down', pct: 5 }, -5)).toBe(true);
    expect(moveMatches(up(0.0), 0)).toBe(false);
  });

  it('rounds the limit price to 0.01 as the exchange does', () => {
    expect(limitMove(5.55, 5, 'up')).toBeCloseTo(5.045, 3); // 5.8275 → 5.83
    expect(limitMove(25.92, 20, 'up')).toBeCloseTo(19.9846, 3); // 31.104 → 31.10
    expect(limitMove(118.71, 10, 'down')).toBeCloseTo(-9.9992, 3); // 106.839 → 106.84
  });
});

const bj = (instant: string, date: string): Published => ({ instant, date, zone: 'Asia/Shanghai', source: 'meta' });

describe('historyNeeded', () => {
  const needs = (text: string, published: Published | undefined) =>
    historyNeeded(findPriceMoves(analyze({ text })), published);

  it('asks for one range per security, unadjusted when one move is a single session', () => {
    expect(needs('贵州茅台今日收涨5%。贵州茅台年初至今上涨25%。', bj('2024-10-18T08:00:00Z', '2024-10-18'))).toEqual([
      { id: 'SH:600519', from: '2023-12-01', adjust: 'raw' },
    ]);
    expect(needs('贵州茅台本周累计上涨5.7%。', bj('2024-10-18T08:00:00Z', '2024-10-18'))).toEqual([
      { id: 'SH:600519', from: '2024-09-21', adjust: 'qfq' },
    ]);
  });

  it('reaches 52 weeks back for a record high, 20 days for a previous close', () => {
    expect(needs('贵州茅台今日股价创历史新高。', bj('2024-10-14T08:00:00Z', '2024-10-14'))).toEqual([
      { id: 'SH:600519', from: '2023-10-08', adjust: 'qfq' },
    ]);
    expect(needs('百度昨夜收涨5%。腾讯控股10月11日上涨3%。', bj('2024-10-14T08:00:00Z', '2024-10-14'))).toEqual([
      { id: 'US:BIDU', from: '2024-09-23', adjust: 'raw' },
      { id: 'HK:00700', from: '2024-09-21', adjust: 'raw' },
    ]);
  });

  it('asks for nothing it could not use', () => {
    expect(needs('贵州茅台今日收涨5%。', undefined)).toEqual([]);
    expect(needs('贵州茅台本月上涨5%。', bj('2024-10-18T08:00:00Z', '2024-10-18'))).toEqual([]);
    expect(needs('腾讯和阿里巴巴今日分别上涨3%。', bj('2024-10-18T08:00:00Z', '2024-10-18'))).toEqual([]);
  });
});

describe('attachPriceChecks', () => {
  it('sets priceCheck on the checked claims of a copy', () => {
    const analysis = analyze({ text: '贵州茅台发布三季报。贵州茅台今日收涨5%。' });
    const moves = findPriceMoves(analysis);
    const checks = checkPriceMoves(moves, bj('2024-10-08T08:00:00Z', '2024-10-08'), BARS, analysis.securities);
    const checked = attachPriceChecks(analysis, checks);
    const index = analysis.claims.findIndex((c) => c.text.includes('收涨'));
    expect(checked.claims[index].priceCheck?.verdict).toBe('matches');
    expect(checked.claims.filter((c) => c.priceCheck)).toHaveLength(1);
    expect(analysis.claims.some((c) => c.priceCheck)).toBe(false);
  });
});

describe('describeRecord', () => {
  const base = { id: 'SH:600519', stated: up(1.1), verdict: 'matches' as const };
  const record = { pct: 1.1, close: 111.1, previousClose: 110, adjust: 'raw' as const };

  it('says the close-to-close move', () => {
    const check: PriceCheck = { ...base, session: '2024-10-15', basis: 'close', record };
    expect(describeRecord(check, 'en')).toBe('Record: +1.10% on 15 Oct, close to close');
    expect(describeRecord(check, 'zh')).toBe('记录：10月15日 收涨1.10%');
    const down = { ...check, record: { ...record, pct: -2.5 } };
    expect(describeRecord(down, 'en')).toBe('Record: −2.50% on 15 Oct, close to close');
    expect(describeRecord(down, 'zh')).toBe('记录：10月15日 收跌2.50%');
  });

  it('says intraday, open, limit, record-high and span moves', () => {
    const intraday: PriceCheck = { ...base, session: '2024-10-08', basis: 'intraday', record: { ...record, pct: 8 } };
    expect(describeRecord(intraday, 'en')).toBe('Record: high +8.00% on 8 Oct, intraday against the previous close');
    expect(describeRecord(intraday, 'zh')).toBe('记录：10月8日 盘中最高涨8.00%');
    const open: PriceCheck = { ...base, session: '2024-10-08', basis: 'open', record: { ...record, pct: -3 } };
    expect(describeRecord(open, 'en')).toBe('Record: opened −3.00% on 8 Oct, against the previous close');
    expect(describeRecord(open, 'zh')).toBe('记录：10月8日 低开3.00%');
    const limit: PriceCheck = {
      ...base,
      session: '2024-10-14',
      basis: 'limit',
      record: { ...record, pct: 9.9992, limitPct: 9.9992 },
    };
    expect(describeRecord(limit, 'en')).toBe('Record: +10.00% on 14 Oct, close to close; the limit price was +10.00%');
    expect(describeRecord(limit, 'zh')).toBe('记录：10月14日 收涨10.00%（涨停价对应涨10.00%）');
    const high: PriceCheck = {
      ...base,
      session: '2024-10-14',
      basis: 'record-high',
      record: { ...record, high: 130.58, priorHigh: 130, priorFrom: '2023-10-09' },
    };
    expect(describeRecord(high, 'en')).toBe(
      'Record: high 130.58 on 14 Oct; the highest before it since 9 Oct 2023 was 130',
    );
    expect(describeRecord(high, 'zh')).toBe('记录：10月14日 最高价130.58，此前最高130（自2023年10月9日）');
    const span: PriceCheck = {
      ...base,
      session: { from: '2024-01-02', to: '2024-10-18' },
      basis: 'close',
      record: { ...record, pct: 25.51 },
    };
    expect(describeRecord(span, 'en')).toBe('Record: +25.51% from 2 Jan to 18 Oct, close to close');
    expect(describeRecord(span, 'zh')).toBe('记录：1月2日至10月18日 累计上涨25.51%');
  });

  it('says why a move was not checked', () => {
    const check: PriceCheck = { basis: 'close', stated: up(5), verdict: 'unverifiable', reason: 'session-not-closed' };
    expect(describeRecord(check, 'en')).toBe('Record: not checked (session not closed at publication)');
    expect(describeRecord(check, 'zh')).toBe('记录：无法核对（发布时尚未收盘）');
  });
});
