/**
 * The page's side of the quote service: the answers it was given, kept until they expire (a warm
 * hover shows the price without a message), and one batched call for every security of the page
 * that has no fresh answer (so the first hover fetches the page's quotes, and the next are warm).
 */
import type { Minutes } from '../../src/quotes/types.ts';
import type { Security } from '../../src/types.ts';
import { callBackground } from '../messages.ts';
import { type QuoteAnswer, quoteTarget, type TimedAnswer } from '../quotes/answers.ts';

/** Securities asked about in one call (the background refuses more). */
const MAX_BATCH = 500;

export class QuoteClient {
  private readonly answers = new Map<string, TimedAnswer>();
  private readonly inFlight = new Map<string, Promise<QuoteAnswer>>();

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
}
