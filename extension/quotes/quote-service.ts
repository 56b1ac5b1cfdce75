/**
 * The quote service of the background: one batched request per provider for all the securities a
 * page asks about, an in-flight map (two hovers make one request), a cache that outlives a stopped
 * service worker, timeouts, retry with backoff and jitter, `Retry-After`, a circuit breaker per
 * provider, and fallback along the user's provider order. Platform-free: the browser parts (fetch,
 * storage, permissions, the clock) come in as `QuoteDeps`, so unit tests drive it with fakes.
 */
import { PROVIDERS } from '../../src/quotes/providers.ts';
import type { Minutes, ProviderName, QuoteTarget } from '../../src/quotes/types.ts';
import type { QuoteAnswer, TimedAnswer } from './answers.ts';
import { QuoteCache } from './cache.ts';
import { ProviderTransport, type TransportDeps } from './transport.ts';

export { retryAfter, TIMEOUT_MS } from './transport.ts';

export interface QuoteDeps extends TransportDeps {
  /** The providers to ask, in order (the user's setting). */
  order: () => Promise<ProviderName[]>;
  /** Where the cache is kept across service-worker restarts (`storage.session`), if anywhere. */
  store?: { get(key: string): Promise<unknown>; set(key: string, value: unknown): Promise<void> };
}

export class QuoteService {
  readonly cache: QuoteCache;
  private readonly inFlight = new Map<string, Promise<TimedAnswer>>();
  private readonly transport: ProviderTransport;

  constructor(private readonly deps: QuoteDeps) {
    this.cache = new QuoteCache(deps.now, deps.store);
    this.transport = new ProviderTransport(deps);
  }

  /** Requests sent per provider (for the bench and the tests). */
  get sent(): Map<ProviderName, number> {
    return this.transport.sent;
  }

  /** Answers for `targets`: cached ones at once, the rest in one batch per provider (shared with calls in flight). */
  async quotes(targets: QuoteTarget[], options: { fresh?: boolean } = {}): Promise<Record<string, TimedAnswer>> {
    await this.cache.ready();
    const out: Record<string, TimedAnswer> = {};
    const waiting: Promise<void>[] = [];
    const missing: QuoteTarget[] = [];
    for (const target of uniqueTargets(targets)) {
      const cached = options.fresh ? undefined : this.cache.get(target.id);
      const flying = this.inFlight.get(target.id);
      if (cached) out[target.id] = cached;
      else if (flying)
        waiting.push(
          flying.then((a) => {
            out[target.id] = a;
          }),
        );
      else missing.push(target);
    }
    if (missing.length > 0) {
      const batch = this.fetchAll(missing);
      for (const target of missing) {
        const one = batch.then((answers) => answers.get(target.id) as TimedAnswer);
        this.inFlight.set(target.id, one);
        waiting.push(
          one.then((a) => {
            out[target.id] = a;
          }),
        );
      }
      batch.finally(() => {
        for (const target of missing) this.inFlight.delete(target.id);
      });
    }
    await Promise.all(waiting);
    return out;
  }

  /** Asks the providers in order; each asks only for what the ones before it did not quote. */
  private async fetchAll(targets: QuoteTarget[]): Promise<Map<string, TimedAnswer>> {
    const order = await this.deps.order();
    const answers = new Map<string, QuoteAnswer>();
    const errors = new Map<string, QuoteAnswer>();
    const unknownBy = new Map<string, number>();
    for (const name of order) {
      const provider = PROVIDERS[name];
      const open = targets.filter((t) => !answers.has(t.id) && provider.covers(t));
      if (open.length === 0) continue;
      const failure = await this.transport.unavailable(name);
      if (failure) {
        for (const t of open) if (!errors.has(t.id)) errors.set(t.id, failure);
        continue;
      }
      await Promise.all(
        provider.requests(open).map(async (request) => {
          try {
            const parsed = provider.parse(await this.transport.send(name, request.url), request, this.deps.now());
            for (const [id, quote] of parsed.quotes) answers.set(id, { kind: 'quote', quote });
            for (const id of parsed.unknown) unknownBy.set(id, (unknownBy.get(id) ?? 0) + 1);
            for (const t of request.targets)
              if (!parsed.quotes.has(t.id) && !parsed.unknown.has(t.id) && !errors.has(t.id))
                errors.set(t.id, { kind: 'error', provider: name, fault: 'format' });
          } catch (error) {
            const failed = this.transport.failure(name, error);
            for (const t of request.targets) if (!errors.has(t.id)) errors.set(t.id, failed);
          }
        }),
      );
    }
    const out = new Map<string, TimedAnswer>();
    for (const target of targets) {
      const covered = order.some((name) => PROVIDERS[name].covers(target));
      const answer: QuoteAnswer =
        answers.get(target.id) ?? errors.get(target.id) ?? (covered ? { kind: 'unknown' } : { kind: 'unsupported' });
      out.set(target.id, this.cache.put(target.id, answer));
    }
    return out;
  }

  /** A security's intraday minutes from the first provider in order that has them; null when none answers. */
  async minutes(target: QuoteTarget): Promise<Minutes | null> {
    const cached = this.cache.minutes(target.id);
    if (cached !== undefined) return cached;
    for (const name of await this.deps.order()) {
      const provider = PROVIDERS[name];
      const url = provider.covers(target) ? provider.minutesRequest?.(target) : undefined;
      if (!url || !provider.parseMinutes || (await this.transport.unavailable(name))) continue;
      try {
        const minutes = provider.parseMinutes(await this.transport.send(name, url), target);
        if (minutes.points.length > 1) return this.cache.putMinutes(target.id, minutes);
      } catch {
        // The sparkline is an extra: without it the card shows the quote alone.
      }
    }
    return null;
  }
}

function uniqueTargets(targets: QuoteTarget[]): QuoteTarget[] {
  const seen = new Map<string, QuoteTarget>();
  for (const t of targets) if (t && typeof t.id === 'string' && !seen.has(t.id)) seen.set(t.id, t);
  return [...seen.values()];
}
