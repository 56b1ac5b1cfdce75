import { expect } from 'vitest';
import { analyze } from '../analyze.ts';
import type { Published } from '../quotes/history-types.ts';
import { checkPriceMoves } from './price-check.ts';
import type { PriceCheck } from './price-move-types.ts';
import { BARS } from './price-moves.fixtures.ts';
import { findPriceMoves } from './price-moves.ts';

/** Helpers of the labelled price-move tests: publications, and a sentence's checks against `BARS`. */

/** A publication at a UTC instant, with its local date (written by hand) in its zone. */
export const at = (instant: string, date: string, zone = 'Asia/Shanghai'): Published => ({
  instant,
  date,
  zone,
  source: 'meta',
});
/** A publication whose page gives only a date. */
export const on = (date: string): Published => ({ date, source: 'text' });
/** Published in New York, Hong Kong. */
export const ny = (instant: string, date: string) => at(instant, date, 'America/New_York');
export const hk = (instant: string, date: string) => at(instant, date, 'Asia/Hong_Kong');

/** What a claim's check must be: its security, session, verdict, and the record's move (to 0.01 pt) or the reason. */
export interface Expected {
  id?: string;
  session?: string | { from: string; to: string };
  verdict: PriceCheck['verdict'];
  pct?: number;
  reason?: PriceCheck['reason'];
}

/** The checks of a sentence's claims, published then, against the fixture bars. */
export function checkOf(text: string, published: Published | undefined): PriceCheck[] {
  const analysis = analyze({ text });
  const moves = findPriceMoves(analysis);
  return [...checkPriceMoves(moves, published, BARS, analysis.securities).values()];
}

/** Asserts a check is what was written by hand. */
export function expectCheck(check: PriceCheck | undefined, want: Expected): void {
  expect(check).toBeDefined();
  if (!check) return;
  expect(check.verdict).toBe(want.verdict);
  if (want.id !== undefined) expect(check.id).toBe(want.id);
  if (want.session !== undefined) expect(check.session).toEqual(want.session);
  if (want.reason !== undefined) expect(check.reason).toBe(want.reason);
  if (want.pct !== undefined) expect(check.record?.pct).toBeCloseTo(want.pct, 2);
  if (want.verdict === 'unverifiable') expect(check.reason).toBeDefined();
}
