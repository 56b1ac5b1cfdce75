/**
 * When each exchange's regular session ends, in its own zone, day by day. Which days traded is never
 * computed here: the daily bars say that (holidays are the dates they lack). What bars cannot say is
 * how long a day was, so the scheduled early closes are here:
 * - NYSE and Nasdaq close at 13:00 New York time on the day after Thanksgiving, and on 3 July and
 *   24 December when those fall Monday to Thursday (NYSE holiday and early-close rules, as published
 *   year by year; when 3 July or 24 December is a Friday it is the observed holiday itself).
 * - HKEX has no afternoon session (close 12:00) on the eves of Christmas, New Year and the Lunar New
 *   Year when they are weekdays.
 * Regular closes: US 16:00 New York (DST by the zone rules), SSE/SZSE/BSE 15:00 Shanghai, HKEX 16:00
 * (the closing auction's prices are the close), TWSE/TPEx 13:30 Taipei.
 */
import type { Market } from '../types.ts';
import { zonedTime } from './market-hours.ts';
import { MARKET_ZONES } from './types.ts';

/** Minutes after midnight of each market's regular close. */
const CLOSE_MINUTE: Partial<Record<Market, number>> = {
  US: 16 * 60,
  SH: 15 * 60,
  SZ: 15 * 60,
  BJ: 15 * 60,
  CN: 15 * 60,
  HK: 16 * 60,
  TW: 13 * 60 + 30,
  TWO: 13 * 60 + 30,
};

/** Minutes after midnight of each market's regular open. */
const OPEN_MINUTE: Partial<Record<Market, number>> = {
  US: 9 * 60 + 30,
  SH: 9 * 60 + 30,
  SZ: 9 * 60 + 30,
  BJ: 9 * 60 + 30,
  CN: 9 * 60 + 30,
  HK: 9 * 60 + 30,
  TW: 9 * 60,
  TWO: 9 * 60,
};

const parseDate = (date: string): [number, number, number] | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
};

/** 0 = Sunday, for a calendar date. */
export const weekdayOf = (y: number, m: number, d: number): number => new Date(Date.UTC(y, m - 1, d)).getUTCDay();

/** The calendar date `days` after `date` (`YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  const p = parseDate(date);
  if (!p) return date;
  return new Date(Date.UTC(p[0], p[1] - 1, p[2] + days)).toISOString().slice(0, 10);
}

let lunar: Intl.DateTimeFormat | undefined;
/** Whether the next day is the first of the first month in the Chinese calendar. */
function isLunarNewYearsEve(y: number, m: number, d: number): boolean {
  lunar ??= new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
  const parts = lunar.formatToParts(Date.UTC(y, m - 1, d + 1));
  return parts.find((p) => p.type === 'month')?.value === '1' && parts.find((p) => p.type === 'day')?.value === '1';
}

/** The minute of the day a market's regular session ends on `date`; undefined for markets without sessions (crypto, INTL). */
export function closeMinute(market: Market, date: string): number | undefined {
  const regular = CLOSE_MINUTE[market];
  const p = parseDate(date);
  if (regular === undefined || !p) return undefined;
  const [y, m, d] = p;
  const weekday = weekdayOf(y, m, d);
  const monToThu = weekday >= 1 && weekday <= 4;
  if (market === 'US') {
    // Thanksgiving is the fourth Thursday of November; the Friday after it closes early.
    const firstThursday = 1 + ((4 - weekdayOf(y, 11, 1) + 7) % 7);
    if (m === 11 && d === firstThursday + 22) return 13 * 60;
    if (((m === 7 && d === 3) || (m === 12 && d === 24)) && monToThu) return 13 * 60;
  }
  if (market === 'HK' && weekday >= 1 && weekday <= 5) {
    if ((m === 12 && (d === 24 || d === 31)) || isLunarNewYearsEve(y, m, d)) return 12 * 60;
  }
  return regular;
}

/** The instant (epoch ms) a market's regular session on `date` ended (or will end); undefined where there is none. */
export function sessionClose(market: Market, date: string): number | undefined {
  const minute = closeMinute(market, date);
  const p = parseDate(date);
  if (minute === undefined || !p) return undefined;
  return zonedTime(MARKET_ZONES[market], p[0], p[1], p[2], Math.floor(minute / 60), minute % 60);
}

/** The instant (epoch ms) a market's regular session on `date` opened; undefined where there is none. */
export function sessionOpen(market: Market, date: string): number | undefined {
  const minute = OPEN_MINUTE[market];
  const p = parseDate(date);
  if (minute === undefined || !p) return undefined;
  return zonedTime(MARKET_ZONES[market], p[0], p[1], p[2], Math.floor(minute / 60), minute % 60);
}

/** One date formatter per zone: making one costs far more than using it (measured by `npm run bench`, hold-up). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (`YYYY-MM-DD`) of an instant in a zone. */
export function dateIn(epoch: number, zone: string): string {
  let format = dateFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(zone, format);
  }
  const parts = format.formatToParts(epoch).reduce<Record<string, string>>((o, p) => {
    o[p.type] = p.value;
    return o;
  }, {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}
