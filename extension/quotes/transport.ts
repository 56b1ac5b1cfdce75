/**
 * How the background reaches a provider, for quotes and daily bars alike: a timeout, retries with
 * backoff and jitter, `Retry-After`, a circuit breaker per provider, and the faults a request ends
 * in (each has a face in the card: `QuoteFault`). Only the URL leaves the browser: no cookies, no
 * referrer, no cache. Platform-free: the browser parts come in as `TransportDeps`.
 */
import { ProviderFormatError, type ProviderName } from '../../src/quotes/types.ts';
import type { FaultAnswer, QuoteFault } from './answers.ts';
import { Breaker } from './breaker.ts';

export interface TransportDeps {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  now: () => number;
  /** 0 ≤ x < 1, for jitter. */
  random: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Whether FinLens may reach this provider's hosts now. */
  permitted: (provider: ProviderName) => Promise<boolean>;
  /** Whether the browser says it is offline. */
  offline: () => boolean;
  /** How long a provider gets to answer (ms); `TIMEOUT_MS` unless a test says otherwise. */
  timeoutMs?: number;
}

/** How long a provider gets to answer (ms). */
export const TIMEOUT_MS = 4000;
/** Attempts per request (the first, and retries after a timeout, a 5xx or a failed connection). */
const ATTEMPTS = 2;
/** Backoff before retry n (ms): BASE × 2^n, plus up to as much again in jitter. */
const BACKOFF_BASE_MS = 300;
/** A `Retry-After` longer than this is not waited for: the provider is skipped until then. */
const MAX_WAIT_MS = 1500;

/** A request that ended in a fault. */
export class RequestFailed extends Error {
  constructor(
    readonly fault: QuoteFault,
    readonly status?: number,
    readonly retryAt?: number,
  ) {
    super(fault);
  }
}

/** Requests to the providers, each with its own breaker; counts what it sends. */
export class ProviderTransport {
  private readonly breakers = new Map<ProviderName, Breaker>();
  /** Requests sent per provider (for the bench and the tests). */
  readonly sent = new Map<ProviderName, number>();

  constructor(private readonly deps: TransportDeps) {}

  private breaker(name: ProviderName): Breaker {
    const known = this.breakers.get(name);
    if (known) return known;
    const made = new Breaker(this.deps.now);
    this.breakers.set(name, made);
    return made;
  }

  /** Why a provider cannot be asked now (permission withheld, offline, breaker open), if it cannot. */
  async unavailable(name: ProviderName): Promise<FaultAnswer | undefined> {
    if (!(await this.deps.permitted(name))) return { kind: 'error', provider: name, fault: 'permission' };
    if (this.deps.offline()) return { kind: 'error', provider: name, fault: 'offline' };
    const blocked = this.breaker(name).blocked();
    if (blocked) return { kind: 'error', provider: name, fault: 'rate-limited', retryAt: blocked };
    return undefined;
  }

  /** The answer a failed request gives (a format error counts against the breaker). */
  failure(name: ProviderName, error: unknown): FaultAnswer {
    if (error instanceof RequestFailed)
      return { kind: 'error', provider: name, fault: error.fault, status: error.status, retryAt: error.retryAt };
    if (error instanceof ProviderFormatError) {
      this.breaker(name).failed();
      return { kind: 'error', provider: name, fault: 'format' };
    }
    return { kind: 'error', provider: name, fault: 'http' };
  }

  /** One request: timeout, retries with backoff and jitter, `Retry-After`, the breaker. */
  async send(name: ProviderName, url: string): Promise<Uint8Array> {
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
}

/** `Retry-After` as milliseconds from `now`: seconds or an HTTP date; 1 s when absent or unreadable. */
export function retryAfter(header: string | null, now: number): number {
  if (!header) return 1000;
  if (/^\d+$/.test(header.trim())) return Math.min(Number(header) * 1000, 3_600_000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 1000 : Math.max(0, Math.min(date - now, 3_600_000));
}
