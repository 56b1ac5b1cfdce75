/**
 * "Did the article hold up?": a security's price now against its close when the article appeared,
 * and its benchmark's over the same span.
 *
 * The baseline is the last regular-session close of the security's own exchange that ended at or
 * before the publication instant: which days traded is read from the bars (a holiday is a date
 * they lack), when each session ended from `sessionClose` (in the exchange's zone, with its early
 * closes). So an article published during a session, or before the open, is measured from the
 * previous session's close; one published after the close from that day's; on a weekend or a
 * holiday from the last session before it. With a date alone (no time of day), the baseline is
 * the last close before that date: the article may have appeared before that day's open.
 * Markets without a session table (crypto, which trades around the clock, and `INTL`) take the
 * bar of the last day before the publication date in UTC (crypto's daily bars run midnight to
 * midnight UTC, so that bar closed at or before the article's day began).
 * Closes are forward-adjusted (qfq): a split or dividend since the article does not read as a move.
 */
import type { Market } from '../types.ts';
import { isDate } from './history-bars.ts';
import type { DailyBar, DailyBars, Published } from './history-types.ts';
import { addDays, dateIn, sessionClose } from './sessions.ts';
import { MARKET_ZONES } from './types.ts';

/** Calendar days of bars asked before the publication date: more than the longest closure (Golden Week, the Lunar New Year). */
export const HISTORY_MARGIN_DAYS = 20;

/** Why there is no "since publication" figure. */
export type SinceReason =
  /** The page gives no publication date. */
  | 'no-date'
  /** The publication date is after now (a page dated ahead, or a clock that is wrong). */
  | 'future'
  /** No bars at all. */
  | 'no-history'
  /** The bars do not reach back to the baseline (never guessed). */
  | 'before-history';

/** A price now, and when it was made (epoch ms). */
export interface PriceNow {
  price: number;
  time?: number;
}

export interface SinceInput {
  /** The security's daily bars (qfq), from before the publication date (`historyFrom`). */
  bars: DailyBars;
  /** Its benchmark's bars, if any (measured on the security's own sessions: the benchmark trades on the same exchange). */
  benchmarkBars?: DailyBars;
  /** The security's market (whose sessions define the baseline). */
  market: Market;
  published?: Published;
  /** The security's price now (the live quote). */
  now: PriceNow;
  /** The benchmark's price now; its last daily close when not given. */
  benchmarkNow?: PriceNow;
  /** The clock (epoch ms), for "is the publication in the future"; `Date.now()` when not given. */
  at?: number;
}

export interface Since {
  /** The baseline session's date (`YYYY-MM-DD`, exchange zone). */
  baselineDate: string;
  baselineClose: number;
  /** Change since the baseline, in percent (1.5 means +1.5 %). */
  pct: number;
  /** Daily closes from the baseline to now (the last is the price now), for a sparkline. */
  closes: number[];
  benchmark?: { id: string; baselineDate: string; pct: number };
}

export type SinceResult = ({ kind: 'since' } & Since) | { kind: 'none'; reason: SinceReason };

const instantOf = (published: Published): number | undefined => {
  const t = published.instant === undefined ? Number.NaN : Date.parse(published.instant);
  return Number.isFinite(t) ? t : undefined;
};

/** The last bar of `bars` (ascending) that `ok` accepts. */
function lastWhere(bars: DailyBar[], ok: (bar: DailyBar) => boolean): DailyBar | undefined {
  for (let i = bars.length - 1; i >= 0; i--) if (ok(bars[i])) return bars[i];
  return undefined;
}

/** The baseline bar for an article (see the file's comment); undefined when the bars do not reach back that far. */
export function baselineBar(bars: DailyBar[], market: Market, published: Published): DailyBar | undefined {
  const instant = instantOf(published);
  const hasSessions = sessionClose(market, '2023-01-03') !== undefined;
  if (hasSessions && instant !== undefined) {
    // A session closes on its own date in its zone, so none dated after the instant's date there
    // had closed by it: a string test skips them (a session's close costs Intl calls, and an old
    // article has years of bars after it; measured by `npm run bench`, hold-up).
    const lastDate = dateIn(instant, MARKET_ZONES[market]);
    return lastWhere(
      bars,
      (bar) => bar.date <= lastDate && (sessionClose(market, bar.date) ?? Number.POSITIVE_INFINITY) <= instant,
    );
  }
  const day = instant !== undefined && !hasSessions ? dateIn(instant, 'UTC') : published.date;
  if (!isDate(day)) return undefined;
  return lastWhere(bars, (bar) => bar.date < day);
}

/** The first date of bars to ask for an article: its date less the margin. */
export function historyFrom(published: Published): string | undefined {
  const instant = instantOf(published);
  const date = instant !== undefined ? dateIn(instant, 'UTC') : published.date;
  return isDate(date) ? addDays(date, -HISTORY_MARGIN_DAYS) : undefined;
}

const percent = (now: number, then: number) => Math.round((now / then - 1) * 1e6) / 1e4;

/** The closes from the baseline on, ending with the price now (which replaces a bar of the same day). */
function closesSince(bars: DailyBar[], baseline: DailyBar, now: PriceNow, zone: string, at: number): number[] {
  const after = bars.filter((bar) => bar.date >= baseline.date);
  const closes = after.map((bar) => bar.close);
  const today = dateIn(now.time ?? at, zone);
  if (after.length > 1 && after[after.length - 1].date === today) closes[closes.length - 1] = now.price;
  else closes.push(now.price);
  return closes;
}

/** The price since publication, against the benchmark where one is given; or why there is none. */
export function sincePublication(input: SinceInput): SinceResult {
  const { bars, benchmarkBars, market, published, now } = input;
  const at = input.at ?? Date.now();
  if (!published) return { kind: 'none', reason: 'no-date' };
  const instant = instantOf(published);
  if (instant === undefined && !isDate(published.date)) return { kind: 'none', reason: 'no-date' };
  const zone = MARKET_ZONES[market];
  if (instant !== undefined ? instant > at : published.date > dateIn(at, zone))
    return { kind: 'none', reason: 'future' };
  if (bars.bars.length === 0) return { kind: 'none', reason: 'no-history' };
  const baseline = baselineBar(bars.bars, market, published);
  if (!baseline) return { kind: 'none', reason: 'before-history' };
  const result: SinceResult = {
    kind: 'since',
    baselineDate: baseline.date,
    baselineClose: baseline.close,
    pct: percent(now.price, baseline.close),
    closes: closesSince(bars.bars, baseline, now, zone, at),
  };
  const benchmarkBase = benchmarkBars && baselineBar(benchmarkBars.bars, market, published);
  const benchmarkPrice = input.benchmarkNow?.price ?? benchmarkBars?.bars[benchmarkBars.bars.length - 1]?.close;
  if (benchmarkBars && benchmarkBase && benchmarkPrice !== undefined)
    result.benchmark = {
      id: benchmarkBars.id,
      baselineDate: benchmarkBase.date,
      pct: percent(benchmarkPrice, benchmarkBase.close),
    };
  return result;
}
