/**
 * When cached bars need asking again: only when a session may have closed since the provider was
 * last asked. Weekends never trade on the markets FinLens asks bars for; any weekday might (a
 * holiday costs one request after its would-be close). Markets without sessions (crypto, `INTL`)
 * close a bar at their zone's midnight.
 */
import { isDate } from '../../src/quotes/history-bars.ts';
import type { DailyBar } from '../../src/quotes/history-types.ts';
import { addDays, dateIn, sessionClose, weekdayOf } from '../../src/quotes/sessions.ts';
import { MARKET_ZONES } from '../../src/quotes/types.ts';
import type { Market } from '../../src/types.ts';

/** After a close, a provider may take this long to publish the day's bar (ms). */
export const SETTLE_MS = 30 * 60_000;

const hasSessions = (market: Market) => sessionClose(market, '2023-01-03') !== undefined;
const isWeekday = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  const w = weekdayOf(y, m, d);
  return w >= 1 && w <= 5;
};

/** Whether the bar of `date` has closed by `at` (a session market's close; else the zone's next midnight). */
export function barClosed(market: Market, date: string, at: number): boolean {
  if (!isDate(date)) return false;
  // A bar closes on its own date in its zone, and no zone's date is behind the UTC date by more
  // than one day: a bar dated before that has closed. This spares the zone arithmetic for all but
  // the last bars of a series (a first fetch keeps years of bars; measured by `npm run bench`, hold-up).
  if (Number.isFinite(at) && date < addDays(new Date(at).toISOString().slice(0, 10), -1)) return true;
  const close = sessionClose(market, date);
  return close !== undefined ? close <= at : date < dateIn(at, MARKET_ZONES[market]);
}

/** Whether a session (or a session-less day) may have closed after `since` and by `now`. */
export function mayHaveClosed(market: Market, since: number, now: number): boolean {
  if (now <= since) return false;
  const zone = MARKET_ZONES[market];
  const first = dateIn(since, zone);
  const last = dateIn(now, zone);
  if (!hasSessions(market)) return first !== last;
  // More than a fortnight apart: certainly.
  if (addDays(first, 14) < last) return true;
  for (let d = first; d <= last; d = addDays(d, 1)) {
    const close = sessionClose(market, d);
    if (close !== undefined && close > since && close <= now && isWeekday(d)) return true;
  }
  return false;
}

/**
 * When the bars fetched at `at` are complete to: `at`, unless a weekday's session closed less than
 * `SETTLE_MS` before and its bar is not there yet (the provider lags): then just before that close,
 * so the next look (after the recheck interval) asks again.
 */
export function completeTo(market: Market, bars: DailyBar[], at: number): number {
  if (!hasSessions(market)) return at;
  const today = dateIn(at, MARKET_ZONES[market]);
  const close = sessionClose(market, today);
  const lagging =
    close !== undefined &&
    close <= at &&
    at < close + SETTLE_MS &&
    isWeekday(today) &&
    !bars.some((b) => b.date === today);
  return lagging ? close - 1 : at;
}
