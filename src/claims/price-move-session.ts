/**
 * The session (or span of sessions) a price move is about, resolved against the publication and
 * the bars. Which days traded is read from the bars (a holiday is a date they lack); when a
 * session closed is read from `sessions.ts`. Nothing is guessed: what cannot be told is a reason.
 */
import type { DailyBar, Published } from '../quotes/history-types.ts';
import { addDays, dateIn, sessionClose, weekdayOf } from '../quotes/sessions.ts';
import type { Market } from '../types.ts';
import type { SessionRef, UnverifiableReason } from './price-move-types.ts';

/** The publication as the resolution reads it: its local date and, when known, its instant. */
export interface Publication {
  date: string;
  instant?: number;
}

/** A session (`at`: index into the bars), a span (`base` the last close before it, `from`–`to` its sessions), or why neither. */
export type Resolution =
  | { at: number }
  | { base: number; from: number; to: number }
  | { reason: UnverifiableReason; date?: string };

/** A US session that closed longer ago than this is not "overnight" (Friday's close read on a Monday). */
const OVERNIGHT_MS = 30 * 3600_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The publication's local date and instant: with an instant and a zone, the date in that zone; else
 * the date as printed. Undefined when the date is not `YYYY-MM-DD`.
 */
export function publicationOf(published: Published | undefined): Publication | undefined {
  if (!published || typeof published.date !== 'string' || !ISO_DAY.test(published.date)) return undefined;
  const instant = typeof published.instant === 'string' ? Date.parse(published.instant) : Number.NaN;
  if (!Number.isFinite(instant)) return { date: published.date };
  let date = published.date;
  if (published.zone) {
    try {
      date = dateIn(instant, published.zone);
    } catch {
      // An unknown zone: the printed date stands.
    }
  }
  return { date, instant };
}

const weekday = (date: string) =>
  weekdayOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
/** The Monday of a date's week (weeks run Monday to Sunday). */
const mondayOf = (date: string) => addDays(date, -((weekday(date) + 6) % 7));

/** The calendar date a one-session reference names, or why it names none (spans and `other` name none). */
export function dateOf(ref: SessionRef, pub: Publication): { date: string } | { reason: UnverifiableReason } {
  switch (ref.kind) {
    case 'today':
      return { date: pub.date };
    case 'yesterday':
    case 'overnight':
      return { date: addDays(pub.date, -1) };
    case 'weekday': {
      const wd = weekday(pub.date);
      if (ref.week === 'recent') return { date: addDays(pub.date, -((wd - ref.weekday + 7) % 7)) };
      const monday = addDays(mondayOf(pub.date), ref.week === 'last' ? -7 : 0);
      const date = addDays(monday, (ref.weekday + 6) % 7);
      return date > pub.date ? { reason: 'future-session' } : { date };
    }
    case 'date': {
      const pad = (n: number) => String(n).padStart(2, '0');
      const year = ref.year ?? Number(pub.date.slice(0, 4));
      let date = `${year}-${pad(ref.month)}-${pad(ref.day)}`;
      if (date > pub.date && ref.year === undefined) date = `${year - 1}-${pad(ref.month)}-${pad(ref.day)}`;
      if (addDays(date, 0) !== date) return { reason: 'unresolved-time' };
      return date > pub.date ? { reason: 'future-session' } : { date };
    }
    case 'implied':
      if (!ref.past) return { reason: 'no-session-words' };
      return pub.instant === undefined ? { reason: 'publication-time-unknown' } : { date: pub.date };
    default:
      return { reason: 'unresolved-time' };
  }
}

/**
 * Resolves a move's session reference against the publication and a security's bars (ascending).
 * `closing`: the claim says the session closed (收涨, closed up), which lets 今日 stand without a
 * time of day; with a time, a session that had not closed by then is never the one meant.
 */
export function resolveSession(
  ref: SessionRef,
  market: Market,
  pub: Publication,
  bars: readonly DailyBar[],
  closing: boolean,
): Resolution {
  if (sessionClose(market, pub.date) === undefined) return { reason: 'no-market-hours' };
  const span = ref.kind === 'week' || ref.kind === 'ytd';
  const night = ref.kind === 'overnight' && market === 'US' && pub.instant !== undefined;
  // Words that name no session are unverifiable whatever the bars hold: say so, not "no bars".
  const target = span || night ? undefined : dateOf(ref, pub);
  if (target && 'reason' in target) return target;
  if (bars.length === 0) return { reason: 'no-bars' };
  if (span) return resolveSpan(ref, market, pub, bars);
  if (night || !target) return overnight(pub.instant as number, bars);
  const { date } = target;
  if (pub.instant !== undefined) {
    const close = sessionClose(market, date) ?? Number.POSITIVE_INFINITY;
    // Published before that session closed: the claim is about the session so far, or a guess.
    if (close > pub.instant)
      return { reason: ref.kind === 'implied' ? 'no-session-words' : 'session-not-closed', date };
  } else if (date >= pub.date && !closing) {
    return { reason: 'publication-time-unknown', date };
  }
  return sessionAt(bars, date);
}

/** The bar of `date`, with one before it for the previous close. */
function sessionAt(bars: readonly DailyBar[], date: string): Resolution {
  const at = bars.findIndex((b) => b.date === date);
  if (at < 0) {
    // Inside the bars' range a missing date is a day without a session; outside it, bars are missing.
    const inside = bars[0].date < date && date < bars[bars.length - 1].date;
    return { reason: inside ? 'no-session' : 'no-bars', date };
  }
  return at === 0 ? { reason: 'no-previous-close', date } : { at };
}

/** The latest US session that closed before publication, if it closed within the night before. */
function overnight(instant: number, bars: readonly DailyBar[]): Resolution {
  for (let i = bars.length - 1; i >= 0; i--) {
    const close = sessionClose('US', bars[i].date);
    if (close === undefined || close > instant) continue;
    if (instant - close > OVERNIGHT_MS) return { reason: 'no-session', date: bars[i].date };
    return i === 0 ? { reason: 'no-previous-close', date: bars[i].date } : { at: i };
  }
  return { reason: 'no-bars' };
}

/**
 * A span: this week (from the last close before its Monday to the last close by publication), last
 * week (to its last session), the year to date (from the last close of the year before). Without a
 * time of publication, a session on the publication date may or may not have closed: unverifiable.
 */
function resolveSpan(
  ref: Extract<SessionRef, { kind: 'week' | 'ytd' }>,
  market: Market,
  pub: Publication,
  bars: readonly DailyBar[],
): Resolution {
  const monday = mondayOf(pub.date);
  const first =
    ref.kind === 'ytd' ? `${pub.date.slice(0, 4)}-01-01` : ref.which === 'last' ? addDays(monday, -7) : monday;
  let to = -1;
  if (ref.kind === 'week' && ref.which === 'last') {
    to = lastIndex(bars, (b) => b.date < monday);
  } else if (pub.instant !== undefined) {
    const instant = pub.instant;
    to = lastIndex(bars, (b) => (sessionClose(market, b.date) ?? Number.POSITIVE_INFINITY) <= instant);
  } else {
    if (bars.some((b) => b.date === pub.date)) return { reason: 'publication-time-unknown', date: pub.date };
    to = lastIndex(bars, (b) => b.date < pub.date);
  }
  const from = bars.findIndex((b) => b.date >= first);
  if (from < 0 || to < from)
    return { reason: from < 0 && bars[bars.length - 1].date < first ? 'no-bars' : 'no-session' };
  if (from === 0) return { reason: 'no-previous-close', date: bars[0].date };
  return { base: from - 1, from, to };
}

function lastIndex(bars: readonly DailyBar[], test: (b: DailyBar) => boolean): number {
  for (let i = bars.length - 1; i >= 0; i--) if (test(bars[i])) return i;
  return -1;
}
