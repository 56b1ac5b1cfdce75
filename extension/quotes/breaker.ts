/** A circuit breaker for one provider: after repeated failures, or when it asks us to wait, it is skipped for a while. */

/** Consecutive failed requests that open the breaker. */
const FAILURES_TO_OPEN = 3;
/** How long an open breaker skips its provider (ms); then one request tries it again. */
const OPEN_MS = 30_000;

export class Breaker {
  private failures = 0;
  private until = 0;

  constructor(private readonly now: () => number) {}

  /** Until when (epoch ms) the provider is skipped; 0 when it may be asked. */
  blocked(): number {
    return this.now() < this.until ? this.until : 0;
  }

  succeeded(): void {
    this.failures = 0;
    this.until = 0;
  }

  failed(): void {
    this.failures++;
    if (this.failures >= FAILURES_TO_OPEN) {
      this.until = this.now() + OPEN_MS;
      // Half-open after the wait: one more failure opens it again.
      this.failures = FAILURES_TO_OPEN - 1;
    }
  }

  /** The provider asked us to wait until `until` (HTTP 429 with `Retry-After`). */
  hold(until: number): void {
    this.until = Math.max(this.until, until);
  }
}
