/**
 * Price-move claims ("百度昨夜收涨5%", "Apple rose 2.3% on Wednesday") and their check against the
 * daily record. `price-moves.ts` finds them (pure, no I/O), `price-move-session.ts` resolves the
 * session they are about, `price-check.ts` gives the verdict.
 */
import type { Bound } from '../text/approximate.ts';

/** Which way a price moved. */
export type MoveDirection = 'up' | 'down';

/**
 * What the move measures: `close` close to close (the default); `intraday` the session's high (up)
 * or low (down) against the previous close (盘中, 一度, as much as); `open` the open against the
 * previous close (高开, opened up); `limit` a board limit (涨停, 跌停); `record-high` the session's
 * high (or close, for 收盘新高 / record close) against the highs before it.
 */
export type MoveBasis = 'close' | 'intraday' | 'open' | 'limit' | 'record-high';

/**
 * The session a claim is about, as written; `resolveSession` turns it into dates.
 * - `today`, `yesterday`: the publication's local date, the calendar day before it.
 * - `overnight` (昨夜, 隔夜, overnight, last night): the latest US session that closed before
 *   publication; for another market, as `yesterday`.
 * - `weekday`: `recent` (周三, on Wednesday) the latest such day on or before publication; `this`
 *   (本周三) that day of the publication's week; `last` (上周五, last Friday) that day of the week before.
 * - `date`: 10月14日, Oct. 14, 2023年10月14日 (no year: the latest such date on or before publication).
 * - `week` (本周, this week; 上周, last week) and `ytd` (年初至今, 今年以来, this year): spans.
 * - `implied`: no session words; `past` when the claim says the session closed (收涨, closed up)
 *   or is in the English past tense (rose, fell).
 * - `other`: time words that name no session we resolve (本月, since March, 连续三日): never guessed.
 */
export type SessionRef =
  | { kind: 'today' }
  | { kind: 'yesterday' }
  | { kind: 'overnight' }
  | { kind: 'weekday'; weekday: number; week: 'recent' | 'this' | 'last' }
  | { kind: 'date'; month: number; day: number; year?: number }
  | { kind: 'week'; which: 'this' | 'last' }
  | { kind: 'ytd' }
  | { kind: 'implied'; past: boolean }
  | { kind: 'other'; words: string };

/** The size a claim states: `pct` in percent (absent for a limit or record move). */
export interface StatedMove {
  direction: MoveDirection;
  pct?: number;
  /** `min`: 超过, 逾, more than; `max`: 近, 不到, nearly, under. */
  bound?: Bound;
  /** A `max` bound that says "close to" (近, 将近, nearly, almost), not merely "below". */
  near?: true;
  approx?: true;
  /** Decimal places written: `8%` 0, `3.7%` 1. */
  decimals?: number;
}

/** A price-move claim found in an analysis, before any bars are read. */
export interface PriceMove {
  /** Index of the claim in `analysis.claims`. */
  claim: number;
  /** The words of the move in the analysed text (UTF-16 offsets): from its subject to its size. */
  start: number;
  end: number;
  /** The security it is about; absent when none or several could be (see `candidates`). */
  id?: string;
  /** The securities it could be about, when more than one. */
  candidates?: string[];
  stated: StatedMove;
  session: SessionRef;
  basis: MoveBasis;
  /** For `limit`: the board's daily limit in percent (10, 20, 30, 5 for ST); absent where none is known. */
  limit?: number;
  /** For `record-high`: what the high is measured against. */
  scope?: 'all-time' | '52-week' | 'year';
  /** For `record-high`: a record close (收盘新高, record close), not an intraday high. */
  closeRecord?: true;
  /** For `limit`: the limit was reached during the session (盘中一度涨停): the high (or low) is measured. */
  intraday?: true;
  /** The claim says the session closed (收涨, 报收, closed up): a 今日 claim needs no time of day. */
  closing?: true;
}

/** Why a move could not be checked. */
export type UnverifiableReason =
  | 'no-security'
  | 'ambiguous-security'
  | 'no-publication'
  | 'publication-time-unknown'
  | 'no-session-words'
  | 'unresolved-time'
  | 'future-session'
  | 'session-not-closed'
  | 'no-session'
  | 'no-market-hours'
  | 'no-bars'
  | 'no-previous-close'
  | 'no-price-limit'
  | 'short-history';

/** What the record says about a session or span. Percentages are full precision; prices as in the bars. */
export interface MoveRecord {
  /** The move measured on the claim's basis, in percent (+1.1 means up 1.1%). */
  pct: number;
  close?: number;
  previousClose?: number;
  /** The session of `previousClose` (for a span, its base: the last close before it). */
  previousDate?: string;
  high?: number;
  low?: number;
  open?: number;
  /** For `limit`: the move that closes at the limit price (the price rounded to 0.01), in percent. */
  limitPct?: number;
  /** For `record-high`: the highest high (or close) before the session, and the first session it was read from. */
  priorHigh?: number;
  priorFrom?: string;
  /** Which bars it was read from. */
  adjust: 'raw' | 'qfq';
}

/** A price-move claim checked against the daily record. */
export interface PriceCheck {
  /** The security; absent when none or several could be meant. */
  id?: string;
  /** The session (`YYYY-MM-DD`, the exchange's date) or span; absent when it could not be resolved. */
  session?: string | { from: string; to: string };
  basis: MoveBasis;
  stated: StatedMove;
  /** For `record-high`: the window (`PriceMove.scope`) and whether closes, not highs, were compared. */
  scope?: 'all-time' | '52-week' | 'year';
  closeRecord?: true;
  /** Absent when unverifiable. */
  record?: MoveRecord;
  verdict: 'matches' | 'differs' | 'unverifiable';
  reason?: UnverifiableReason;
}
