/**
 * When a stated move matches the record. A stated figure is a rounded number: "8%" is anything that
 * rounds to 8 (7.5 to 8.5), "3.7%" anything that rounds to 3.7 (3.65 to 3.75). So:
 * - exact: |stated − record| ≤ max(FLOOR, half a unit of the stated precision), FLOOR being 0.1 pt:
 *   "8%" allows 0.5, "3.7%" 0.1 (a writer rounding a 3.64% move to 3.7 is not wrong enough to flag).
 * - `min` (超过5%, 逾5%, more than 5%): record ≥ stated − FLOOR (a threshold is not a rounded number;
 *   any size above it is as written).
 * - `max` and near (近5%, nearly 5%, almost): stated − max(1 pt, a tenth of it) ≤ record ≤ stated + FLOOR.
 * - `max` otherwise (不到5%, under 5%, less than 5%): record ≤ stated + FLOOR.
 * - approximate (约5%, about 5%, 5%左右): |stated − record| ≤ max(0.2 pt, 1.5 × half a unit):
 *   约5% accepts 4.25 to 5.75, about 5.2% accepts 5.0 to 5.4.
 * The direction must be the same, and a record of exactly 0 matches no direction.
 */
import type { StatedMove } from './price-move-types.ts';

/** The least tolerance, in percentage points. */
export const FLOOR = 0.1;
/** Float noise: 3.7 − 3.65 is 0.05000000000000027. */
const EPSILON = 1e-9;

/** Half a unit of the precision a size was written to: 0.5 for "8%", 0.05 for "3.7%". */
export const halfUnit = (decimals = 0): number => 0.5 * 10 ** -decimals;

/** The tolerance of an exact stated size, in points. */
export const tolerance = (decimals = 0): number => Math.max(FLOOR, halfUnit(decimals));

/** Whether a record move (in percent, signed) matches a stated one. */
export function moveMatches(stated: StatedMove, record: number): boolean {
  if (!Number.isFinite(record) || record === 0) return false;
  if (record > 0 !== (stated.direction === 'up')) return false;
  if (stated.pct === undefined) return true;
  const size = Math.abs(record);
  const s = stated.pct;
  if (stated.bound === 'min') return size >= s - FLOOR - EPSILON;
  if (stated.bound === 'max') {
    if (size > s + FLOOR + EPSILON) return false;
    return !stated.near || size >= s - Math.max(1, s / 10) - EPSILON;
  }
  const allowed = stated.approx ? Math.max(0.2, 1.5 * halfUnit(stated.decimals)) : tolerance(stated.decimals);
  return Math.abs(size - s) <= allowed + EPSILON;
}

/** A price rounded to 0.01 half up, as the exchanges round a limit price. */
const roundPrice = (price: number): number => Math.floor(price * 100 + 0.5 + EPSILON) / 100;

/**
 * The move, in percent, that ends at the board limit from `previousClose`: the limit price is the
 * previous close ± the limit, rounded to 0.01 (10% on 5.55 is 6.11, a move of 10.09%).
 */
export function limitMove(previousClose: number, limit: number, direction: 'up' | 'down'): number {
  const sign = direction === 'up' ? 1 : -1;
  const price = roundPrice(previousClose * (1 + (sign * limit) / 100));
  return (price / previousClose - 1) * 100;
}

/** A move at the limit: within 0.05 pt of the rounded limit's move. */
export const LIMIT_TOLERANCE = 0.05;
