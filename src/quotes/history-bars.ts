/** What the history adapters share: a bar read field by field, date ranges cut into pages, bars merged. */
import { positive } from './fields.ts';
import type { DailyBar } from './history-types.ts';

/** Whether `text` is a real calendar date written `YYYY-MM-DD` (2023-02-30 is not). */
export function isDate(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/**
 * One bar from a provider's fields; undefined when the date or a price does not validate (a bad
 * bar is dropped, never shown as NaN). `volumeScale` turns lots into shares.
 */
export function barOf(
  date: unknown,
  open: unknown,
  close: unknown,
  high: unknown,
  low: unknown,
  volume?: unknown,
  volumeScale = 1,
): DailyBar | undefined {
  const o = positive(open);
  const c = positive(close);
  const h = positive(high);
  const l = positive(low);
  if (!isDate(date) || o === undefined || c === undefined || h === undefined || l === undefined) return undefined;
  const v = positive(volume, volumeScale);
  return v === undefined
    ? { date, open: o, close: c, high: h, low: l }
    : { date, open: o, close: c, high: h, low: l, volume: v };
}

const dayMs = 86_400_000;
const epochDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / dayMs;
const dateOf = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10);

/** `[from, to]` cut into consecutive pages of at most `spanDays` calendar days (empty when from > to or a date is bad). */
export function datePages(from: string, to: string, spanDays: number): [string, string][] {
  if (!isDate(from) || !isDate(to) || from > to || spanDays < 1) return [];
  const pages: [string, string][] = [];
  const last = epochDay(to);
  for (let start = epochDay(from); start <= last; start += spanDays)
    pages.push([dateOf(start), dateOf(Math.min(start + spanDays - 1, last))]);
  return pages;
}

/** Bars ascending by date, one a date (a later duplicate wins: pages may overlap, a provider may repeat its last bar). */
export function mergeBars(...lists: DailyBar[][]): DailyBar[] {
  const byDate = new Map<string, DailyBar>();
  for (const list of lists) for (const bar of list) byDate.set(bar.date, bar);
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
