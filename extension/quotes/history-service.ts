/**
 * The background's daily-bar service, for "did the article hold up?": a security's closed bars
 * from a date, from the cache when it holds them, else from the providers in the reader's order
 * (each asked only when the ones before it failed or did not know the code), through the same
 * transport as quotes (timeout, retries, `Retry-After`, a breaker per provider, faults with a face).
 * A series asked again asks for nothing, unless a session may have closed since it was fetched
 * (and never sooner than `RECHECK_MS`): then only the bars from its last cached date. Only codes
 * and dates leave the browser. Platform-free: the browser parts come in as `HistoryDeps`.
 */
import { isDate, mergeBars } from '../../src/quotes/history-bars.ts';
import { HISTORY_PROVIDERS } from '../../src/quotes/history-providers.ts';
import type { Adjust, DailyBar, DailyBars } from '../../src/quotes/history-types.ts';
import { addDays, dateIn } from '../../src/quotes/sessions.ts';
import { MARKET_ZONES, type ProviderName, type QuoteTarget } from '../../src/quotes/types.ts';
import type { FaultAnswer } from './answers.ts';
import { type CachedSeries, HistoryCache, type HistoryCacheLimits } from './history-cache.ts';
import { barClosed, completeTo, mayHaveClosed } from './history-freshness.ts';
import { ProviderTransport, type TransportDeps } from './transport.ts';

export interface HistoryDeps extends TransportDeps {
  /** The providers to ask, in order (the reader's quote provider order). */
  order: () => Promise<ProviderName[]>;
  /** Whether history lookups are on (`settings.history`). */
  enabled: () => Promise<boolean>;
  /** Where bars are kept (`storage.local`), if anywhere. */
  store?: { get(key: string): Promise<unknown>; set(key: string, value: unknown): Promise<void> };
  /** The cache's size cap; `DEFAULT_HISTORY_LIMITS` unless a test says otherwise. */
  limits?: HistoryCacheLimits;
}

/** What a history call answers. */
export type HistoryAnswer =
  /** Closed bars from the date asked (ascending; none for a session still open). */
  | { kind: 'bars'; bars: DailyBars; provider: ProviderName }
  /** Every provider that covers the market says it does not know the code. */
  | { kind: 'unknown' }
  /** No provider FinLens asks has daily bars for this security. */
  | { kind: 'unsupported' }
  /** The reader has switched history lookups off. */
  | { kind: 'off' }
  | FaultAnswer;

/** A series is not asked again sooner than this after its last fetch (ms). */
export const RECHECK_MS = 10 * 60_000;
/** How far back a call may reach (calendar days, ~15 years). */
const MAX_SPAN_DAYS = 15 * 366;

type Fetched = { kind: 'bars'; bars: DailyBar[]; provider: ProviderName } | Exclude<HistoryAnswer, { kind: 'bars' }>;

export class HistoryService {
  readonly cache: HistoryCache;
  private readonly transport: ProviderTransport;
  private readonly inFlight = new Map<string, Promise<HistoryAnswer>>();

  constructor(private readonly deps: HistoryDeps) {
    this.cache = new HistoryCache(deps.now, deps.store, deps.limits);
    this.transport = new ProviderTransport(deps);
  }

  /** Requests sent per provider (the bench's "requests per article"). */
  get sent(): Map<ProviderName, number> {
    return this.transport.sent;
  }

  /**
   * The bars held for a security from `fromDate`, asking no one and refreshing nothing (a card's
   * prefetch); undefined when they are not held or history is off.
   */
  async held(target: QuoteTarget, fromDate: string, adjust: Adjust = 'qfq'): Promise<DailyBars | undefined> {
    if (!isDate(fromDate) || !(await this.deps.enabled())) return undefined;
    await this.cache.ready();
    const cached = this.cache.get(target.id, adjust);
    if (!cached || cached.from > fromDate) return undefined;
    return { id: target.id, adjust, bars: cached.bars.filter((b) => b.date >= fromDate) };
  }

  /** A security's closed daily bars from `fromDate` (`YYYY-MM-DD`, its exchange's zone) to now. */
  async history(target: QuoteTarget, fromDate: string, adjust: Adjust = 'qfq'): Promise<HistoryAnswer> {
    if (!isDate(fromDate)) throw new Error('history: fromDate must be a YYYY-MM-DD date');
    if (adjust !== 'qfq' && adjust !== 'raw') throw new Error('history: adjust must be qfq or raw');
    if (!(await this.deps.enabled())) return { kind: 'off' };
    await this.cache.ready();
    const key = HistoryCache.key(target.id, adjust);
    // One fetch a series at a time: a second call waits for it, then reads the cache.
    const flying = this.inFlight.get(key);
    if (flying) await flying.catch(() => {});
    const call = this.load(target, fromDate, adjust);
    this.inFlight.set(key, call);
    try {
      return await call;
    } finally {
      if (this.inFlight.get(key) === call) this.inFlight.delete(key);
    }
  }

  private async load(target: QuoteTarget, fromDate: string, adjust: Adjust): Promise<HistoryAnswer> {
    const now = this.deps.now();
    const today = dateIn(now, MARKET_ZONES[target.market]);
    const from = fromDate < addDays(today, -MAX_SPAN_DAYS) ? addDays(today, -MAX_SPAN_DAYS) : fromDate;
    const cached = this.cache.get(target.id, adjust);
    const answer = (series: CachedSeries): HistoryAnswer => ({
      kind: 'bars',
      provider: series.provider,
      bars: { id: target.id, adjust, bars: series.bars.filter((b) => b.date >= from) },
    });
    if (cached && cached.from <= from) {
      const settled = now - cached.checked < RECHECK_MS || !mayHaveClosed(target.market, cached.checked, now);
      if (settled) return answer(cached);
      const updated = await this.update(target, cached, today, now);
      // A failed refresh leaves the bars held: they are closed sessions, right as they are.
      return answer(updated ?? cached);
    }
    const fetched = await this.fetchRange(target, from, today, adjust);
    if (fetched.kind !== 'bars') return fetched;
    return answer(this.keep(target, from, adjust, fetched.provider, fetched.bars, now));
  }

  /** Asks for the bars since the last cached one; a qfq series rescaled since (a split, a dividend) is fetched whole again. */
  private async update(
    target: QuoteTarget,
    cached: CachedSeries,
    today: string,
    now: number,
  ): Promise<CachedSeries | undefined> {
    const last = cached.bars[cached.bars.length - 1];
    const fetched = await this.fetchRange(target, last?.date ?? cached.from, today, cached.adjust);
    if (fetched.kind !== 'bars') return undefined;
    const overlap = last && fetched.bars.find((b) => b.date === last.date);
    if (overlap && Math.abs(overlap.close - last.close) > 1e-6 * last.close) {
      const whole = await this.fetchRange(target, cached.from, today, cached.adjust);
      return whole.kind === 'bars'
        ? this.keep(target, cached.from, cached.adjust, whole.provider, whole.bars, now)
        : undefined;
    }
    const bars = mergeBars(cached.bars, fetched.bars);
    return this.keep(target, cached.from, cached.adjust, fetched.provider, bars, now);
  }

  /** Caches the closed bars of a fetch made at `now`. */
  private keep(
    target: QuoteTarget,
    from: string,
    adjust: Adjust,
    provider: ProviderName,
    bars: DailyBar[],
    now: number,
  ): CachedSeries {
    const closed = bars.filter((b) => b.date >= from && barClosed(target.market, b.date, now));
    const series = {
      id: target.id,
      adjust,
      from,
      checked: completeTo(target.market, closed, now),
      provider,
      bars: closed,
    };
    this.cache.put(series);
    return series;
  }

  /** Asks the providers in order for `[from, to]`; the first that answers with bars wins. */
  private async fetchRange(target: QuoteTarget, from: string, to: string, adjust: Adjust): Promise<Fetched> {
    let fault: FaultAnswer | undefined;
    let covered = false;
    let saidUnknown = false;
    for (const name of await this.deps.order()) {
      const provider = HISTORY_PROVIDERS[name];
      const urls = provider?.covers(target, adjust) ? provider.requests(target, from, to, adjust) : [];
      if (urls.length === 0) continue;
      covered = true;
      const blocked = await this.transport.unavailable(name);
      if (blocked) {
        fault ??= blocked;
        continue;
      }
      try {
        const pages = await Promise.all(
          urls.map(async (url) => provider.parse(await this.transport.send(name, url), target, adjust)),
        );
        if (pages.every((page) => page === null)) {
          saidUnknown = true;
          continue;
        }
        return { kind: 'bars', provider: name, bars: mergeBars(...pages.map((page) => page ?? [])) };
      } catch (error) {
        fault ??= this.transport.failure(name, error);
      }
    }
    if (!covered) return { kind: 'unsupported' };
    // Yahoo answers an unknown symbol with a 404: beside another provider's "unknown" it says the same.
    if (saidUnknown && (fault === undefined || fault.status === 404)) return { kind: 'unknown' };
    return fault ?? { kind: 'unknown' };
  }
}
