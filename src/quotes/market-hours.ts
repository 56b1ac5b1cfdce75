/**
 * Market hours: where a market is in its day, from the clock in its own time zone and the quote's
 * time. Holidays are not in any table here: on a weekday whose hours say "open", a quote made on an
 * earlier day means the market did not open today (closed).
 */
import type { Market } from '../types.ts';
import type { MarketState } from './types.ts';
import { MARKET_ZONES } from './types.ts';
import { ruleOffset } from './zone-rules.ts';

/** A moment as a market's wall clock reads it. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday. */
  weekday: number;
  /** Minutes since midnight. */
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function parts(epoch: number, zone: string): Record<string, string> {
  const offset = ruleOffset(zone, epoch);
  if (offset !== undefined) {
    // The zone's rule gives its offset: its wall clock is UTC's, shifted (no zone data loaded).
    const d = new Date(Math.floor(epoch / 1000) * 1000 + offset * 60_000);
    return {
      year: String(d.getUTCFullYear()),
      month: String(d.getUTCMonth() + 1),
      day: String(d.getUTCDate()),
      hour: String(d.getUTCHours()),
      minute: String(d.getUTCMinutes()),
      second: String(d.getUTCSeconds()),
      weekday: WEEKDAYS[d.getUTCDay()],
    };
  }
  const out: Record<string, string> = {};
  for (const p of formatter(zone).formatToParts(epoch)) out[p.type] = p.value;
  return out;
}

/** The wall clock of `zone` at `epoch` (ms). */
export function wallClock(epoch: number, zone: string): WallClock {
  const p = parts(epoch, zone);
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    weekday: WEEKDAYS.indexOf(p.weekday),
    minute: Number(p.hour) * 60 + Number(p.minute),
  };
}

/**
 * The epoch (ms) of a wall-clock time in `zone`; undefined for a time that is not a date.
 * (The zone's offset is found by formatting a first guess, then corrected once: exact except in the
 * hour a clock skips.)
 */
export function zonedTime(
  zone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number | undefined {
  const values = [year, month, day, hour, minute, second];
  if (!values.every(Number.isInteger)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const offsetAt = (epoch: number) => {
    const p = parts(epoch, zone);
    return (
      Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) -
      epoch
    );
  };
  const guess = asUtc - offsetAt(asUtc);
  return asUtc - offsetAt(guess);
}

/**
 * A provider's time text in a market's zone: `20260417161500`, `2026-04-17 16:15:00`,
 * `2026/04/17 16:15:00`, `2026-04-17 16:15` or a date alone; undefined when it is none of these.
 */
export function parseMarketTime(text: unknown, zone: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  const compact = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text.trim());
  const spaced = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  const m = compact ?? spaced;
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v)));
  return zonedTime(zone, y, mo, d, h, mi, s);
}

type Session = [from: number, to: number, state: MarketState];
const at = (h: number, m = 0) => h * 60 + m;

/**
 * Each market's day in its own zone (regular hours from the exchanges' published schedules:
 * SSE/SZSE/BSE call auction 9:15, trading 9:30–11:30 and 13:00–15:00; HKEX pre-opening 9:00,
 * trading 9:30–12:00 and 13:00–16:00, closing auction to 16:10; US pre-market from 4:00,
 * regular 9:30–16:00, after-hours to 20:00).
 */
const SESSIONS: Partial<Record<Market, Session[]>> = {
  SH: [
    [at(9, 15), at(9, 30), 'pre'],
    [at(9, 30), at(11, 30), 'open'],
    [at(11, 30), at(13), 'lunch'],
    [at(13), at(15), 'open'],
  ],
  HK: [
    [at(9), at(9, 30), 'pre'],
    [at(9, 30), at(12), 'open'],
    [at(12), at(13), 'lunch'],
    [at(13), at(16, 10), 'open'],
  ],
  // TWSE and TPEx: trading 9:00–13:30, closing call to 13:30; after-hours fixed-price trading 14:00–14:30.
  TW: [
    [at(8, 30), at(9), 'pre'],
    [at(9), at(13, 30), 'open'],
    [at(14), at(14, 30), 'after'],
  ],
  US: [
    [at(4), at(9, 30), 'pre'],
    [at(9, 30), at(16), 'open'],
    [at(16), at(20), 'after'],
  ],
};
SESSIONS.SZ = SESSIONS.SH;
SESSIONS.BJ = SESSIONS.SH;
SESSIONS.CN = SESSIONS.SH;
SESSIONS.TWO = SESSIONS.TW;

/**
 * Where `market` is in its day at `now`. `quoteTime` (the time of the last price) settles holidays:
 * when the clock says the market should be trading but the last price is from an earlier day, it
 * is closed today.
 */
export function marketState(market: Market, now: number, quoteTime?: number): MarketState {
  if (market === 'CRYPTO') return 'open';
  const sessions = SESSIONS[market];
  if (!sessions) return quoteTime !== undefined && now - quoteTime < 30 * 60_000 ? 'open' : 'closed';
  const zone = MARKET_ZONES[market];
  const clock = wallClock(now, zone);
  if (clock.weekday === 0 || clock.weekday === 6) return 'closed';
  const session = sessions.find(([from, to]) => clock.minute >= from && clock.minute < to);
  if (!session) return 'closed';
  if (quoteTime !== undefined && session[2] !== 'pre') {
    const q = wallClock(quoteTime, zone);
    if (q.year !== clock.year || q.month !== clock.month || q.day !== clock.day) return 'closed';
  }
  return session[2];
}
