import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import type { Published } from '../quotes/history-types.ts';
import { checkPriceMoves } from './price-check.ts';
import { BARS } from './price-moves.fixtures.ts';
import { checkOf, type Expected, expectCheck, ny, on } from './price-moves.test-helpers.ts';
import { findPriceMoves } from './price-moves.ts';

const M = 'SH:600519';
const AAPL = 'US:AAPL';

/** [sentence, publication, expected check]: English. */
const CASES: [string, Published, Expected][] = [
  // English.
  [
    'Apple shares rose 2.3% on Wednesday.',
    ny('2023-02-16T14:00:00Z', '2023-02-16'),
    { id: AAPL, session: '2023-02-15', verdict: 'matches', pct: 2.3 },
  ],
  [
    'Apple shares rose 2.3% on Wednesday.',
    ny('2023-02-23T14:00:00Z', '2023-02-23'),
    { session: '2023-02-22', verdict: 'differs', pct: 2.04 },
  ],
  [
    'Apple stock fell 3% last Friday, the company said.',
    ny('2023-02-22T15:00:00Z', '2023-02-22'),
    { session: '2023-02-17', verdict: 'matches', pct: -3.01 },
  ],
  [
    'Apple shares fell 2% on Monday after the report.',
    ny('2023-02-22T15:00:00Z', '2023-02-22'),
    { verdict: 'unverifiable', reason: 'no-session' },
  ],
  [
    'Apple shares fell nearly 5% on Tuesday.',
    ny('2023-02-22T15:00:00Z', '2023-02-22'),
    { session: '2023-02-21', verdict: 'differs', pct: -2 },
  ],
  [
    'Apple shares fell nearly 3% on Feb. 17, 2023.',
    ny('2023-02-22T15:00:00Z', '2023-02-22'),
    { session: '2023-02-17', verdict: 'matches', pct: -3.01 },
  ],
  [
    'Apple shares closed up more than 2% on Feb. 22.',
    ny('2023-02-23T15:00:00Z', '2023-02-23'),
    { verdict: 'matches', pct: 2.04 },
  ],
  [
    'Apple shares closed up more than 5% on Feb. 22.',
    ny('2023-02-23T15:00:00Z', '2023-02-23'),
    { verdict: 'differs', pct: 2.04 },
  ],
  [
    'Apple shares rose 1% today, the company said.',
    ny('2023-02-23T19:00:00Z', '2023-02-23'),
    { verdict: 'unverifiable', reason: 'session-not-closed' },
  ],
  [
    'Apple shares rose 1% today, the company said.',
    ny('2023-02-23T22:00:00Z', '2023-02-23'),
    { session: '2023-02-23', verdict: 'matches', pct: 1.01 },
  ],
  [
    'Apple shares closed up 1% after the company said demand was strong.',
    ny('2023-02-23T22:00:00Z', '2023-02-23'),
    { session: '2023-02-23', verdict: 'matches', pct: 1.01 },
  ],
  [
    'Apple shares rose 1% after the company said demand was strong.',
    on('2023-02-23'),
    { verdict: 'unverifiable', reason: 'publication-time-unknown' },
  ],
  [
    'Apple shares are up 1% after the company said demand was strong.',
    ny('2023-02-23T22:00:00Z', '2023-02-23'),
    { verdict: 'unverifiable', reason: 'no-session-words' },
  ],
  [
    'Apple shares lost 1% this week, the company said.',
    ny('2023-02-24T22:00:00Z', '2023-02-24'),
    { session: { from: '2023-02-21', to: '2023-02-24' }, verdict: 'matches', pct: -1.01 },
  ],
  [
    'Apple shares gained 2% this week, the company said.',
    ny('2023-02-24T22:00:00Z', '2023-02-24'),
    { verdict: 'differs', pct: -1.01 },
  ],
  [
    'Apple shares opened up 1% on Feb. 14, the company said.',
    ny('2023-02-24T22:00:00Z', '2023-02-24'),
    { session: '2023-02-14', verdict: 'matches', pct: 1 },
  ],
  [
    'Apple shares rose as much as 2.7% on Feb. 14, the company said.',
    ny('2023-02-24T22:00:00Z', '2023-02-24'),
    { verdict: 'matches', pct: 2.67 },
  ],
  [
    'Apple stock slid 2% yesterday, the company said.',
    ny('2023-02-22T13:00:00Z', '2023-02-22'),
    { session: '2023-02-21', verdict: 'matches', pct: -2 },
  ],
  [
    'Apple stock slid 2% yesterday, the company said.',
    ny('2023-02-21T13:00:00Z', '2023-02-21'),
    { verdict: 'unverifiable', reason: 'no-session' },
  ],
  [
    "Apple's stock has gained 10% since January, the company said.",
    ny('2023-02-24T22:00:00Z', '2023-02-24'),
    { verdict: 'unverifiable', reason: 'unresolved-time' },
  ],
  [
    'Apple shares hit a record high on Feb. 23, the company said.',
    ny('2023-02-24T22:00:00Z', '2023-02-24'),
    { verdict: 'unverifiable', reason: 'short-history' },
  ],
  [
    'Apple and Microsoft shares rose 2% on Wednesday.',
    ny('2023-02-23T14:00:00Z', '2023-02-23'),
    { verdict: 'unverifiable', reason: 'ambiguous-security' },
  ],
  [
    'Tesla stock fell nearly 5% last Friday, the company said.',
    ny('2023-02-22T15:00:00Z', '2023-02-22'),
    { id: 'US:TSLA', session: '2023-02-17', verdict: 'matches', pct: -4.5 },
  ],
  [
    'Tesla stock fell more than 5% last Friday, the company said.',
    ny('2023-02-22T15:00:00Z', '2023-02-22'),
    { verdict: 'differs', pct: -4.5 },
  ],
  [
    'NVIDIA closed up more than 5% on Oct. 14.',
    ny('2022-10-17T14:00:00Z', '2022-10-17'),
    { id: 'US:NVDA', session: '2022-10-14', verdict: 'differs', pct: -2.37 },
  ],
  [
    'NVIDIA shares closed down 2.4% on Oct. 14.',
    ny('2022-10-17T14:00:00Z', '2022-10-17'),
    { session: '2022-10-14', verdict: 'matches', pct: -2.37 },
  ],
];

describe('price moves checked against the daily record (labelled, English)', () => {
  it.each(CASES)('%s (%o)', (text, published, want) => {
    const checks = checkOf(text, published);
    expect(checks).toHaveLength(1);
    expectCheck(checks[0], want);
  });
  it('finds no price move where there is none', () => {
    for (const text of [
      '贵州茅台营收增长5%。',
      '贵州茅台净利润同比上涨15%。',
      '预计明日贵州茅台将上涨5%。',
      '贵州茅台出厂价上涨20%。',
      '贵州茅台今日上涨5个百分点。',
      '分析师看涨贵州茅台，认为其估值偏低5%。',
      "Apple's revenue rose 5% to $90 billion in the quarter.",
      'Apple expects its shares to rise 5% next year.',
      'Apple shares did not rise 5% on Wednesday.',
      '騰訊控股營收同比增長10%。',
    ]) {
      const analysis = analyze({ text });
      expect(findPriceMoves(analysis), text).toEqual([]);
    }
  });

  it('takes the article’s main security for a move with no subject, and no security when none stands out', () => {
    const main = analyze({ text: '贵州茅台发布三季报。贵州茅台称业绩稳健。今日收涨5%。五粮液亦发布公告。' });
    const [move] = findPriceMoves(main);
    expect(move.id).toBe(M);
    const even = analyze({ text: '贵州茅台发布三季报。五粮液亦发布公告。今日收涨5%。' });
    const [unsure] = findPriceMoves(even);
    expect(unsure.id).toBeUndefined();
    expect(unsure.candidates).toEqual([M, 'SZ:000858']);
  });

  it('takes the one security named earlier in the claim for a move after an apposition', () => {
    const analysis = analyze({
      text: 'The KraneShares CSI China Internet ETF, $KWEB, gained 2.1%, while $BABA added 1.3%.',
    });
    expect(findPriceMoves(analysis).map((m) => [m.id, m.stated.pct])).toEqual([
      ['US:KWEB', 2.1],
      ['US:BABA', 1.3],
    ]);
  });

  it('says why when there is no publication, or no bars', () => {
    const analysis = analyze({ text: '贵州茅台今日收涨5%。' });
    const moves = findPriceMoves(analysis);
    expect(checkPriceMoves(moves, undefined, BARS, analysis.securities).get(0)?.reason).toBe('no-publication');
    const none = checkPriceMoves(moves, on('2024-10-08'), new Map(), analysis.securities).get(0);
    expect([none?.verdict, none?.reason]).toEqual(['unverifiable', 'no-bars']);
    // Words that name no session say so, bars or none.
    const month = analyze({ text: '贵州茅台本月以来累计上涨12%。' });
    const monthMoves = findPriceMoves(month);
    expect(checkPriceMoves(monthMoves, on('2024-10-08'), new Map(), month.securities).get(0)?.reason).toBe(
      'unresolved-time',
    );
  });
});
