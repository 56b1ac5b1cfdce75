import { describe, expect, it } from 'vitest';
import type { Published } from '../quotes/history-types.ts';
import { at, checkOf, type Expected, expectCheck, hk, on } from './price-moves.test-helpers.ts';

const M = 'SH:600519';

/** [sentence, publication, expected check]: Chinese, Simplified and Traditional. */
const CASES: [string, Published, Expected][] = [
  // The brief's case: a US session read from a Beijing afternoon (the Friday session closed 05:00 Beijing).
  [
    '百度昨夜收涨5%。',
    at('2023-02-04T05:21:00Z', '2023-02-04'),
    { id: 'US:BIDU', session: '2023-02-03', verdict: 'matches', pct: 5 },
  ],
  ['百度隔夜收跌5%。', at('2023-02-04T05:21:00Z', '2023-02-04'), { session: '2023-02-03', verdict: 'differs', pct: 5 }],
  // Monday in Beijing: Friday's close is no "last night".
  ['百度昨夜收涨5%。', at('2023-02-06T05:00:00Z', '2023-02-06'), { verdict: 'unverifiable', reason: 'no-session' }],
  ['百度昨夜收涨5%。', on('2023-02-04'), { session: '2023-02-03', verdict: 'matches', pct: 5 }],
  ['百度昨日收涨5%。', at('2023-02-04T05:21:00Z', '2023-02-04'), { session: '2023-02-03', verdict: 'matches', pct: 5 }],
  ['百度周五收涨5%。', at('2023-02-04T05:21:00Z', '2023-02-04'), { session: '2023-02-03', verdict: 'matches', pct: 5 }],
  // 今日, after and before the close, and with a date only.
  [
    '贵州茅台今日收涨5%。',
    at('2024-10-08T08:00:00Z', '2024-10-08'),
    { id: M, session: '2024-10-08', verdict: 'matches', pct: 5 },
  ],
  [
    '贵州茅台今日上涨5%。',
    at('2024-10-08T03:00:00Z', '2024-10-08'),
    { verdict: 'unverifiable', reason: 'session-not-closed' },
  ],
  ['贵州茅台今日收涨5%。', on('2024-10-08'), { session: '2024-10-08', verdict: 'matches', pct: 5 }],
  ['贵州茅台今日上涨5%。', on('2024-10-08'), { verdict: 'unverifiable', reason: 'publication-time-unknown' }],
  [
    '贵州茅台今日收涨4%。',
    at('2024-10-08T08:00:00Z', '2024-10-08'),
    { session: '2024-10-08', verdict: 'differs', pct: 5 },
  ],
  ['贵州茅台今日收涨4.6%。', at('2024-10-08T08:00:00Z', '2024-10-08'), { verdict: 'differs', pct: 5 }],
  // The open and intraday.
  [
    '贵州茅台今日高开3%。',
    at('2024-10-08T08:00:00Z', '2024-10-08'),
    { session: '2024-10-08', verdict: 'matches', pct: 3 },
  ],
  ['贵州茅台今日低开3%。', at('2024-10-08T08:00:00Z', '2024-10-08'), { verdict: 'differs', pct: 3 }],
  ['贵州茅台今日盘中一度涨超8%。', at('2024-10-08T08:00:00Z', '2024-10-08'), { verdict: 'matches', pct: 8 }],
  ['贵州茅台今日盘中一度涨超9%。', at('2024-10-08T08:00:00Z', '2024-10-08'), { verdict: 'differs', pct: 8 }],
  // Words before the claim's first move set its basis; pre-market is no session's move.
  ['贵州茅台今日开盘，股价涨3%。', at('2024-10-08T08:00:00Z', '2024-10-08'), { verdict: 'matches', pct: 3 }],
  [
    '百度美股盘前跌超5%。',
    at('2023-02-04T05:21:00Z', '2023-02-04'),
    { verdict: 'unverifiable', reason: 'unresolved-time' },
  ],
  // 昨日 across the National Day holiday.
  [
    '贵州茅台昨日收跌4%。',
    at('2024-10-10T01:00:00Z', '2024-10-10'),
    { session: '2024-10-09', verdict: 'matches', pct: -4 },
  ],
  ['贵州茅台昨日收跌4%。', at('2024-10-08T01:00:00Z', '2024-10-08'), { verdict: 'unverifiable', reason: 'no-session' }],
  // Weekdays.
  [
    '贵州茅台上周五大涨6%。',
    at('2024-10-14T09:00:00Z', '2024-10-14'),
    { session: '2024-10-11', verdict: 'matches', pct: 6.0 },
  ],
  ['贵州茅台周五上涨6%。', on('2024-10-12'), { session: '2024-10-11', verdict: 'matches', pct: 6.0 }],
  ['贵州茅台上周五大跌6%。', at('2024-10-14T09:00:00Z', '2024-10-14'), { session: '2024-10-11', verdict: 'differs' }],
  // Explicit dates.
  ['贵州茅台10月14日涨停，报收130.58元。', on('2024-10-15'), { session: '2024-10-14', verdict: 'matches', pct: 10 }],
  ['贵州茅台9月30日涨停，报收110元。', on('2024-10-08'), { session: '2024-09-30', verdict: 'matches', pct: 10 }],
  ['贵州茅台10月15日跌停，报收124.05元。', on('2024-10-16'), { session: '2024-10-15', verdict: 'differs', pct: -5 }],
  ['贵州茅台2024年10月14日收涨10%。', on('2024-10-20'), { session: '2024-10-14', verdict: 'matches', pct: 10 }],
  ['贵州茅台10月14日收涨约9%。', on('2024-10-15'), { session: '2024-10-14', verdict: 'differs', pct: 10 }],
  ['贵州茅台10月13日收涨5%。', on('2024-10-15'), { verdict: 'unverifiable', reason: 'no-session' }],
  // Record highs against the 52 weeks before (the high to beat is 130).
  [
    '贵州茅台今日股价创历史新高。',
    at('2024-10-14T08:00:00Z', '2024-10-14'),
    { session: '2024-10-14', verdict: 'matches' },
  ],
  [
    '贵州茅台今日盘中创历史新高。',
    at('2024-10-11T08:00:00Z', '2024-10-11'),
    { session: '2024-10-11', verdict: 'differs' },
  ],
  // Spans.
  [
    '贵州茅台本周累计上涨5.7%。',
    at('2024-10-18T08:00:00Z', '2024-10-18'),
    { session: { from: '2024-10-14', to: '2024-10-18' }, verdict: 'matches', pct: 5.73 },
  ],
  ['贵州茅台本周累计下跌3%。', at('2024-10-18T08:00:00Z', '2024-10-18'), { verdict: 'differs', pct: 5.73 }],
  [
    '贵州茅台本周以来上涨4.5%。',
    at('2024-10-16T03:00:00Z', '2024-10-16'),
    { session: { from: '2024-10-14', to: '2024-10-15' }, verdict: 'matches', pct: 4.5 },
  ],
  ['贵州茅台本周累计上涨5.7%。', on('2024-10-18'), { verdict: 'unverifiable', reason: 'publication-time-unknown' }],
  [
    '贵州茅台年初至今上涨25%。',
    at('2024-10-18T12:00:00Z', '2024-10-18'),
    { session: { from: '2024-01-02', to: '2024-10-18' }, verdict: 'differs', pct: 25.51 },
  ],
  ['贵州茅台年初至今累计上涨逾25%。', at('2024-10-18T12:00:00Z', '2024-10-18'), { verdict: 'matches', pct: 25.51 }],
  ['贵州茅台今年以来股价上涨约25%。', at('2024-10-18T12:00:00Z', '2024-10-18'), { verdict: 'matches', pct: 25.51 }],
  [
    '贵州茅台本月上涨5%。',
    at('2024-10-18T12:00:00Z', '2024-10-18'),
    { verdict: 'unverifiable', reason: 'unresolved-time' },
  ],
  // Board limits: ChiNext 20%, ST 5%, Beijing 30%, Hong Kong none.
  [
    '东方财富9月30日涨停，报收24.00元。',
    on('2024-10-08'),
    { id: 'SZ:300059', session: '2024-09-30', verdict: 'matches', pct: 20 },
  ],
  [
    '东方财富10月10日再度涨停，报收31.10元。',
    at('2024-10-10T08:00:00Z', '2024-10-10'),
    { verdict: 'matches', pct: 19.98 },
  ],
  ['东方财富10月11日涨停，报收34元。', on('2024-10-12'), { verdict: 'differs', pct: 9.32 }],
  ['东方财富10月11日盘中一度涨停，报收34元。', on('2024-10-12'), { verdict: 'matches', pct: 20 }],
  [
    'ST人福10月11日涨停，报收5.83元。',
    on('2024-10-12'),
    { id: 'SH:600079', session: '2024-10-11', verdict: 'matches', pct: 5.05 },
  ],
  ['ST人福10月14日涨停，报收6.00元。', on('2024-10-15'), { verdict: 'differs', pct: 2.92 }],
  ['安徽凤凰10月11日涨停，报收13.00元。', on('2024-10-12'), { id: 'BJ:920000', verdict: 'matches', pct: 30 }],
  ['腾讯控股10月11日涨停，报收412.8港元。', on('2024-10-12'), { verdict: 'unverifiable', reason: 'no-price-limit' }],
  // Traditional Chinese.
  [
    '騰訊控股今日收漲3.2%。',
    hk('2024-10-11T09:00:00Z', '2024-10-11'),
    { id: 'HK:00700', session: '2024-10-11', verdict: 'matches', pct: 3.2 },
  ],
  [
    '騰訊控股今日收漲3.2%。',
    hk('2024-10-11T06:00:00Z', '2024-10-11'),
    { verdict: 'unverifiable', reason: 'session-not-closed' },
  ],
  [
    '騰訊控股10月14日下跌1.2%。',
    hk('2024-10-15T02:00:00Z', '2024-10-15'),
    { session: '2024-10-14', verdict: 'matches', pct: -1.16 },
  ],
  ['騰訊控股10月14日上漲1.2%。', hk('2024-10-15T02:00:00Z', '2024-10-15'), { verdict: 'differs', pct: -1.16 }],
  ['貴州茅台今日高開3%，盤中一度漲超8%。', at('2024-10-08T08:00:00Z', '2024-10-08'), { verdict: 'matches', pct: 3 }],
  // A claim with one move that matches and one that differs shows the one that differs.
  ['貴州茅台今日高開3%，盤中一度漲超9%。', at('2024-10-08T08:00:00Z', '2024-10-08'), { verdict: 'differs', pct: 8 }],
  ['東方財富9月30日漲停，報收24.00元。', on('2024-10-08'), { verdict: 'matches', pct: 20 }],
  ['貴州茅台年初至今上漲逾25%。', at('2024-10-18T12:00:00Z', '2024-10-18'), { verdict: 'matches', pct: 25.51 }],
  // Two securities and no clear subject.
  [
    '腾讯和阿里巴巴今日分别上涨3%。',
    at('2024-10-11T09:00:00Z', '2024-10-11'),
    { verdict: 'unverifiable', reason: 'ambiguous-security' },
  ],
];

describe('price moves checked against the daily record (labelled, Chinese)', () => {
  it.each(CASES)('%s (%o)', (text, published, want) => {
    const checks = checkOf(text, published);
    expect(checks).toHaveLength(1);
    expectCheck(checks[0], want);
  });
});
