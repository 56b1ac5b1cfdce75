/**
 * Price-move claims checked against the daily record, in two steps: `historyNeeded` says which bars
 * to fetch (the background fetches them), `checkPriceMoves` gives each claim its verdict.
 */
import type { DailyBar, DailyBars, Published } from '../quotes/history-types.ts';
import { addDays } from '../quotes/sessions.ts';
import type { Analysis, Security } from '../types.ts';
import { dateOf, type Publication, publicationOf, resolveSession } from './price-move-session.ts';
import type { MoveRecord, PriceCheck, PriceMove, UnverifiableReason } from './price-move-types.ts';
import { LIMIT_TOLERANCE, limitMove, moveMatches } from './price-tolerance.ts';

/** A range of daily bars to fetch: from `from` (`YYYY-MM-DD`) to the latest. */
export interface HistoryRequest {
  id: string;
  from: string;
  adjust: 'raw' | 'qfq';
}

/**
 * The bars the moves need, one range per security: far enough back for the previous close across
 * the longest market holiday (20 days before the session), the last close of the year before a
 * year-to-date span, and 52 weeks before a record high. Unadjusted when any move of the security is
 * one session's (its close and change as traded), forward-adjusted when all are spans or records.
 * Nothing is asked for moves that cannot be resolved (no security, no publication, `other` words).
 */
export function historyNeeded(moves: readonly PriceMove[], published: Published | undefined): HistoryRequest[] {
  const pub = publicationOf(published);
  if (!pub) return [];
  const needs = new Map<string, HistoryRequest>();
  for (const move of moves) {
    if (!move.id) continue;
    const from = earliestBar(move, pub);
    if (!from) continue;
    const single = move.session.kind !== 'week' && move.session.kind !== 'ytd' && move.basis !== 'record-high';
    const need = needs.get(move.id);
    if (!need) needs.set(move.id, { id: move.id, from, adjust: single ? 'raw' : 'qfq' });
    else {
      if (from < need.from) need.from = from;
      if (single) need.adjust = 'raw';
    }
  }
  return [...needs.values()];
}

/** The first date a move's check reads, or undefined when it reads none. */
function earliestBar(move: PriceMove, pub: Publication): string | undefined {
  const ref = move.session;
  if (ref.kind === 'ytd') return `${Number(pub.date.slice(0, 4)) - 1}-12-01`;
  if (ref.kind === 'week') return addDays(pub.date, ref.which === 'last' ? -34 : -27);
  const target = ref.kind === 'implied' && ref.past ? { date: pub.date } : dateOf(ref, pub);
  if ('reason' in target) return undefined;
  if (move.basis !== 'record-high') return addDays(target.date, -20);
  if (move.scope === 'year') return `${Number(target.date.slice(0, 4)) - 1}-12-01`;
  return addDays(target.date, -372);
}

/**
 * Checks each move against its security's bars and gives each claim one check: its first move that
 * differs from the record (the reader must see it), else its first that matches, else its first.
 */
export function checkPriceMoves(
  moves: readonly PriceMove[],
  published: Published | undefined,
  barsById: ReadonlyMap<string, DailyBars>,
  securities: readonly Security[],
): Map<number, PriceCheck> {
  const rank = { differs: 0, matches: 1, unverifiable: 2 } as const;
  const checks = new Map<number, PriceCheck>();
  for (const move of moves) {
    const security = securities.find((s) => s.id === move.id);
    const check = checkPriceMove(move, published, move.id ? barsById.get(move.id) : undefined, security);
    const held = checks.get(move.claim);
    if (!held || rank[check.verdict] < rank[held.verdict]) checks.set(move.claim, check);
  }
  return checks;
}

/** The analysis with each checked claim's `priceCheck` set (a new claims array; the analysis is not changed). */
export function attachPriceChecks(analysis: Analysis, checks: ReadonlyMap<number, PriceCheck>): Analysis {
  return {
    ...analysis,
    claims: analysis.claims.map((claim, i) => {
      const check = checks.get(i);
      return check ? { ...claim, priceCheck: check } : claim;
    }),
  };
}

/** One move checked: resolved to its session and compared with the bar(s) on its basis. */
export function checkPriceMove(
  move: PriceMove,
  published: Published | undefined,
  series: DailyBars | undefined,
  security: Security | undefined,
): PriceCheck {
  const base: PriceCheck = { basis: move.basis, stated: move.stated, verdict: 'unverifiable' };
  if (move.id) base.id = move.id;
  if (move.scope) base.scope = move.scope;
  if (move.closeRecord) base.closeRecord = true;
  const fail = (reason: UnverifiableReason, date?: string): PriceCheck => ({
    ...base,
    ...(date ? { session: date } : {}),
    reason,
  });
  if (!move.id) return fail(move.candidates ? 'ambiguous-security' : 'no-security');
  if (!security) return fail('no-security');
  const pub = publicationOf(published);
  if (!pub) return fail('no-publication');
  const bars = validBars(series);
  const resolved = resolveSession(move.session, security.market, pub, bars, move.closing === true);
  if ('reason' in resolved) return fail(resolved.reason, resolved.date);
  const adjust = series?.adjust === 'qfq' ? 'qfq' : 'raw';
  if ('base' in resolved) {
    if (move.basis === 'record-high') return fail('unresolved-time');
    const [b, last] = [bars[resolved.base], bars[resolved.to]];
    const record: MoveRecord = {
      pct: change(last.close, b.close),
      close: last.close,
      previousClose: b.close,
      previousDate: b.date,
      adjust,
    };
    const session = { from: bars[resolved.from].date, to: last.date };
    return { ...base, session, record, verdict: moveMatches(move.stated, record.pct) ? 'matches' : 'differs' };
  }
  return sessionCheck(move, base, bars, resolved.at, adjust);
}

/** One session's move on the claim's basis: close, open, intraday extreme, board limit or record high. */
function sessionCheck(
  move: PriceMove,
  base: PriceCheck,
  bars: readonly DailyBar[],
  at: number,
  adjust: 'raw' | 'qfq',
): PriceCheck {
  const bar = bars[at];
  const prev = bars[at - 1];
  const record: MoveRecord = {
    pct: change(bar.close, prev.close),
    close: bar.close,
    previousClose: prev.close,
    previousDate: prev.date,
    open: bar.open,
    high: bar.high,
    low: bar.low,
    adjust,
  };
  const checked = { ...base, session: bar.date, record };
  if (move.basis === 'record-high') return recordHigh(move, checked, bars, at);
  const up = move.stated.direction === 'up';
  const extreme = up ? bar.high : bar.low;
  if (move.basis === 'intraday' || (move.basis === 'limit' && move.intraday)) record.pct = change(extreme, prev.close);
  else if (move.basis === 'open') record.pct = change(bar.open, prev.close);
  if (move.basis === 'limit') {
    if (move.limit === undefined) return { ...checked, verdict: 'unverifiable', reason: 'no-price-limit' };
    record.limitPct = limitMove(prev.close, move.limit, move.stated.direction);
    const at = Math.abs(record.pct - record.limitPct) <= LIMIT_TOLERANCE + 1e-9;
    return { ...checked, verdict: at ? 'matches' : 'differs' };
  }
  return { ...checked, verdict: moveMatches(move.stated, record.pct) ? 'matches' : 'differs' };
}

/**
 * A record high: the session's high (its close, for a record close) above every high (close) before
 * it in the window: the year so far (`year`), else the 52 weeks before it (`52-week`), else all the
 * bars given, which must reach back 52 weeks (`all-time`: a match says no higher price in the bars
 * read, `priorFrom` says since when).
 */
function recordHigh(move: PriceMove, checked: PriceCheck, bars: readonly DailyBar[], at: number): PriceCheck {
  const date = bars[at].date;
  const windowStart = move.scope === 'year' ? `${date.slice(0, 4)}-01-01` : addDays(date, -364);
  const covered = move.scope === 'year' ? bars[0].date < windowStart : bars[0].date <= addDays(windowStart, 7);
  if (!covered) {
    const { record: _unread, ...unread } = checked;
    return { ...unread, verdict: 'unverifiable', reason: 'short-history' };
  }
  const prior = bars.slice(0, at).filter((b) => move.scope === 'all-time' || b.date >= windowStart);
  const value = (b: DailyBar) => (move.closeRecord ? b.close : b.high);
  const record = checked.record as MoveRecord;
  if (prior.length > 0) {
    record.priorHigh = Math.max(...prior.map(value));
    record.priorFrom = prior[0].date;
  }
  const above = record.priorHigh === undefined || value(bars[at]) > record.priorHigh;
  return { ...checked, verdict: above ? 'matches' : 'differs' };
}

/** A move in percent. */
const change = (price: number, previous: number): number => (price / previous - 1) * 100;

/** The bars of a series that can be read: dated, positive prices, ascending and one a date (others dropped). */
function validBars(series: DailyBars | undefined): DailyBar[] {
  if (!series || !Array.isArray(series.bars)) return [];
  const ok = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n > 0;
  const bars = series.bars.filter(
    (b) => b && /^\d{4}-\d{2}-\d{2}$/.test(b.date) && ok(b.open) && ok(b.close) && ok(b.high) && ok(b.low),
  );
  bars.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return bars.filter((b, i) => i === 0 || b.date !== bars[i - 1].date);
}
