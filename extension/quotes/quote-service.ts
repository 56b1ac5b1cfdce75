/**
 * The quote service of the background: one batched request per provider for all the securities a
 * page asks about, an in-flight map (two hovers make one request), a cache that outlives a stopped
 * service worker, timeouts, retry with backoff and jitter, `Retry-After`, a circuit breaker per
 * provider, and fallback along the user's provider order. Platform-free: the browser parts (fetch,
 * storage, permissions, the clock) come in as `QuoteDeps`, so unit tests drive it with fakes.
 */
import { PROVIDERS } from '../../src/quotes/providers.ts';
import {
  type Minutes,
  ProviderFormatError,
  type ProviderName,
  type ProviderRequest,
  type QuoteTarget,
} from '../../src/quotes/types.ts';
import type { QuoteAnswer, QuoteFault, TimedAnswer } from './answers.ts';
import { Breaker } from './breaker.ts';
import { QuoteCache } from './cache.ts';

export interface QuoteDeps {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  now: () => number;
  /** 0 ≤ x < 1, for jitter. */
  random: () => number;
  sleep: (ms: number) => Promise<void>;
  /** The providers to ask, in order (the user's setting). */
  order: () => Promise<ProviderName[]>;
  /** Whether FinLens may reach this provider's hosts now. */
  permitted: (provider: ProviderName) => Promise<boolean>;
  /** Whether the browser says it is offline. */
  offline: () => boolean;
  /** How long a provider gets to answer (ms); `TIMEOUT_MS` unless a test says otherwise. */
  timeoutMs?: number;
  /** Where the cache is kept across service-worker restarts (`storage.session`), if anywhere. */
  store?: { get(key: string): Promise<unknown>; set(key: string, value: unknown): Promise<void> };
}

/** How long a provider gets to answer (ms). */
export const TIMEOUT_MS = 4000;
/** Attempts per request (the first, and retries after a timeout, a 5xx or a failed connection). */
const ATTEMPTS = 2;
/** Backoff before retry n (ms): BASE × 2^n, plus up to as much again in jitter. */
const BACKOFF_BASE_MS = 300;
/** A `Retry-After` longer than this is not waited for: the provider is skipped until then. */
const MAX_WAIT_MS = 1500;

class RequestFailed extends Error {
  constructor(
    readonly fault: QuoteFault,
    readonly status?: number,
    readonly retryAt?: number,
  ) {
    super(fault);
  }
}

export class QuoteService {
  readonly cache: QuoteCache;
  private readonly inFlight = new Map<string, Promise<TimedAnswer>>();
  private readonly breakers = new Map<ProviderName, Breaker>();
  /** Requests sent per provider (for the bench and the tests). */
  readonly sent = new Map<ProviderName, number>();

  constructor(private readonly deps: QuoteDeps) {
    this.cache = new QuoteCache(deps.now, deps.store);
  }

  private breaker(name: ProviderName): Breaker {
    const known = this.breakers.get(name);
    if (known) return known;
    const made = new Breaker(this.deps.now);
    this.breakers.set(name, made);
    return made;
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
      const failure = await this.unavailable(name);
      if (failure) {
        for (const t of open) if (!errors.has(t.id)) errors.set(t.id, failure);
        continue;
      }
      await Promise.all(
        provider.requests(open).map(async (request) => {
          try {
            const parsed = provider.parse(await this.send(name, request), request, this.deps.now());
            for (const [id, quote] of parsed.quotes) answers.set(id, { kind: 'quote', quote });
            for (const id of parsed.unknown) unknownBy.set(id, (unknownBy.get(id) ?? 0) + 1);
            for (const t of request.targets)
              if (!parsed.quotes.has(t.id) && !parsed.unknown.has(t.id) && !errors.has(t.id))
                errors.set(t.id, { kind: 'error', provider: name, fault: 'format' });
          } catch (error) {
            const failed = this.failure(name, error);
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

  /** Why a provider cannot be asked now (permission withheld, offline, breaker open), if it cannot. */
  private async unavailable(name: ProviderName): Promise<QuoteAnswer | undefined> {
    if (!(await this.deps.permitted(name))) return { kind: 'error', provider: name, fault: 'permission' };
    if (this.deps.offline()) return { kind: 'error', provider: name, fault: 'offline' };
    const blocked = this.breaker(name).blocked();
    if (blocked) return { kind: 'error', provider: name, fault: 'rate-limited', retryAt: blocked };
    return undefined;
  }

  private failure(name: ProviderName, error: unknown): QuoteAnswer {
    if (error instanceof RequestFailed)
      return { kind: 'error', provider: name, fault: error.fault, status: error.status, retryAt: error.retryAt };
    if (error instanceof ProviderFormatError) {
      this.breaker(name).failed();
      return { kind: 'error', provider: name, fault: 'format' };
    }
    return { kind: 'error', provider: name, fault: 'http' };
  }

  /** One request: timeout, retries with backoff and jitter, `Retry-After`, the breaker. */
  private async send(name: ProviderName, request: ProviderRequest | string): Promise<Uint8Array> {
    const url = typeof request === 'string' ? request : request.url;
    const breaker = this.breaker(name);
    for (let attempt = 0; ; attempt++) {
      this.sent.set(name, (this.sent.get(name) ?? 0) + 1);
      let retryable: RequestFailed;
      try {
        const response = await this.fetchWithTimeout(url);
        if (response.status >= 200 && response.status < 300) {
          breaker.succeeded();
          return response.body;
        }
        if (response.status === 429) {
          const wait = retryAfter(response.retryAfter, this.deps.now());
          if (attempt + 1 < ATTEMPTS && wait <= MAX_WAIT_MS) {
            await this.deps.sleep(wait);
            continue;
          }
          breaker.hold(this.deps.now() + Math.max(wait, 1000));
          throw new RequestFailed('rate-limited', 429, this.deps.now() + wait);
        }
        if (response.status < 500) {
          breaker.failed();
          throw new RequestFailed('http', response.status);
        }
        retryable = new RequestFailed('http', response.status);
      } catch (error) {
        // Final answers (429, 4xx) go up; a timeout or a failed connection is tried again.
        if (error instanceof RequestFailed && error.fault !== 'timeout') throw error;
        retryable =
          error instanceof RequestFailed ? error : new RequestFailed(this.deps.offline() ? 'offline' : 'http');
      }
      if (attempt + 1 >= ATTEMPTS) {
        breaker.failed();
        throw retryable;
      }
      const base = BACKOFF_BASE_MS * 2 ** attempt;
      await this.deps.sleep(base + this.deps.random() * base);
    }
  }

  private async fetchWithTimeout(
    url: string,
  ): Promise<{ status: number; retryAfter: string | null; body: Uint8Array }> {
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // Reject first: aborting rejects the fetch too, and the race must report the timeout.
        reject(new RequestFailed('timeout'));
        abort.abort();
      }, this.deps.timeoutMs ?? TIMEOUT_MS);
    });
    try {
      // Only the codes in the URL leave the browser: no cookies, no referrer, no cache.
      const response = await Promise.race([
        this.deps.fetch(url, {
          credentials: 'omit',
          referrerPolicy: 'no-referrer',
          cache: 'no-store',
          signal: abort.signal,
        }),
        timeout,
      ]);
      // The body must arrive within the same timeout.
      const body = await Promise.race([response.arrayBuffer(), timeout]);
      return { status: response.status, retryAfter: response.headers.get('retry-after'), body: new Uint8Array(body) };
    } finally {
      clearTimeout(timer);
    }
  }

  /** A security's intraday minutes from the first provider in order that has them; null when none answers. */
  async minutes(target: QuoteTarget): Promise<Minutes | null> {
    const cached = this.cache.minutes(target.id);
    if (cached !== undefined) return cached;
    for (const name of await this.deps.order()) {
      const provider = PROVIDERS[name];
      const url = provider.covers(target) ? provider.minutesRequest?.(target) : undefined;
      if (!url || !provider.parseMinutes || (await this.unavailable(name))) continue;
      try {
        const minutes = provider.parseMinutes(await this.send(name, url), target);
        if (minutes.points.length > 1) return this.cache.putMinutes(target.id, minutes);
      } catch {
        // The sparkline is an extra: without it the card shows the quote alone.
      }
    }
    return null;
  }
}

/** `Retry-After` as milliseconds from `now`: seconds or an HTTP date; 1 s when absent or unreadable. */
export function retryAfter(header: string | null, now: number): number {
  if (!header) return 1000;
  if (/^\d+$/.test(header.trim())) return Math.min(Number(header) * 1000, 3_600_000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 1000 : Math.max(0, Math.min(date - now, 3_600_000));
}

function uniqueTargets(targets: QuoteTarget[]): QuoteTarget[] {
  const seen = new Map<string, QuoteTarget>();
  for (const t of targets) if (t && typeof t.id === 'string' && !seen.has(t.id)) seen.set(t.id, t);
  return [...seen.values()];
}
