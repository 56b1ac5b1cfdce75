/**
 * The page's side of the quote service: the answers it was given, kept until they expire (a warm
 * hover shows the price without a message), and one batched call for every security of the page
 * that has no fresh answer (so the first hover fetches the page's quotes, and the next are warm).
 */
import type { Published } from '../../src/quotes/history-types.ts';
import type { Minutes } from '../../src/quotes/types.ts';
import type { Security } from '../../src/types.ts';
import { callBackground } from '../messages.ts';
import { type QuoteAnswer, quoteTarget, type SinceAnswer, type TimedAnswer } from '../quotes/answers.ts';

/** How long a "since this post" answer is shown again without asking (ms): a warm hover needs no message. */
const SINCE_HOLD_MS = 5 * 60_000;

/** One security's row for one publication. */
const sinceKey = (security: Security, published: Published) => `${security.id}|${published.instant ?? published.date}`;

/** Securities asked about in one call (the background refuses more). */
const MAX_BATCH = 500;

export class QuoteClient {
  private readonly answers = new Map<string, TimedAnswer>();
  private readonly inFlight = new Map<string, Promise<QuoteAnswer>>();
  private readonly sinceHeld = new Map<string, { answer: SinceAnswer; expires: number }>();
  private readonly sinceInFlight = new Map<string, Promise<SinceAnswer>>();

  constructor(private readonly pageSecurities: () => Security[]) {}

  /** The answer held for `id`, while it holds. */
  held(id: string): QuoteAnswer | undefined {
    const held = this.answers.get(id);
    return held && held.expires > Date.now() ? held.answer : undefined;
  }

  /** The answer for `security`: held, in flight, or asked for together with the page's other securities. */
  quote(security: Security): Promise<QuoteAnswer> {
    const held = this.held(security.id);
    if (held) return Promise.resolve(held);
    const flying = this.inFlight.get(security.id);
    if (flying) return flying;
    const others = this.pageSecurities().filter(
      (s) => s.id !== security.id && !this.held(s.id) && !this.inFlight.has(s.id),
    );
    const batch = [security, ...others].slice(0, MAX_BATCH);
    const call = callBackground('quotes', { targets: batch.map(quoteTarget) }).then((result) => {
      for (const s of batch) this.inFlight.delete(s.id);
      if (!result.ok) return new Map<string, QuoteAnswer>();
      const got = new Map<string, QuoteAnswer>();
      for (const [id, timed] of Object.entries(result.value)) {
        this.answers.set(id, timed);
        got.set(id, timed.answer);
      }
      return got;
    });
    for (const s of batch) {
      this.inFlight.set(
        s.id,
        call.then((got) => got.get(s.id) ?? { kind: 'error', fault: 'http' }),
      );
    }
    return this.inFlight.get(security.id) as Promise<QuoteAnswer>;
  }

  /** The day's minutes for the sparkline; null when there are none. */
  async minutes(security: Security): Promise<Minutes | null> {
    const result = await callBackground('minutes', { target: quoteTarget(security) });
    return result.ok ? result.value : null;
  }

  /** The since-publication answer held for `security` (a warm hover shows it at once), while it holds. */
  heldSince(security: Security, published: Published): SinceAnswer | undefined {
    const held = this.sinceHeld.get(sinceKey(security, published));
    return held && held.expires > Date.now() ? held.answer : undefined;
  }

  private holdSince(security: Security, published: Published, answer: SinceAnswer): void {
    this.sinceHeld.set(sinceKey(security, published), { answer, expires: Date.now() + SINCE_HOLD_MS });
  }

  /**
   * A security's change since `published`, against its benchmark: held, in flight (a prefetch and
   * the opened card share one call), or asked for; faults are not held (the next hover asks again).
   */
  since(security: Security, published: Published): Promise<SinceAnswer> {
    const key = sinceKey(security, published);
    const held = this.heldSince(security, published);
    if (held) return Promise.resolve(held);
    const flying = this.sinceInFlight.get(key);
    if (flying) return flying;
    const call = callBackground('since', { target: quoteTarget(security), published }).then((result) => {
      const answer: SinceAnswer = result.ok ? result.value : { kind: 'none', gap: 'fault' };
      // A fault may clear, and history may be switched back on: neither is held.
      if (answer.kind === 'since' || (answer.gap !== 'fault' && answer.gap !== 'off'))
        this.holdSince(security, published, answer);
      return answer;
    });
    this.sinceInFlight.set(key, call);
    void call.finally(() => this.sinceInFlight.delete(key)).catch(() => {});
    return call;
  }

  /**
   * Asks for the row from what the background already holds (no provider is asked: the pointer may
   * only be passing), and holds it when it was all there, so the card opens with it.
   */
  async prefetchSince(security: Security, published: Published): Promise<void> {
    if (this.heldSince(security, published)) return;
    const result = await callBackground('since', { target: quoteTarget(security), published, held: true });
    if (result.ok && result.value.kind === 'since' && !this.heldSince(security, published))
      this.holdSince(security, published, result.value);
  }
}
