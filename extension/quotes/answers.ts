/** What the quote service answers for a security: a quote, or the reason there is none (each has a face). */
import type { Since } from '../../src/quotes/since.ts';
import type { ProviderName, Quote, QuoteTarget } from '../../src/quotes/types.ts';
import type { Security } from '../../src/types.ts';

/** What a quote call sends of a security: its code and market, nothing of the page. */
export const quoteTarget = ({ id, market, symbol, type, exchange }: Security): QuoteTarget => ({
  id,
  market,
  symbol,
  type,
  exchange,
});

/** Why a provider gave no quote. */
export type QuoteFault =
  /** The browser is offline. */
  | 'offline'
  /** The provider did not answer within the timeout. */
  | 'timeout'
  /** The provider answered with an HTTP error, or the connection failed. */
  | 'http'
  /** The answer was not in the provider's format (garbage, empty, truncated). */
  | 'format'
  /** The provider asked us to slow down (HTTP 429), or its breaker is open after repeated failures. */
  | 'rate-limited'
  /** The user has withheld FinLens's permission to reach the provider (Firefox lets them). */
  | 'permission';

export type QuoteAnswer =
  | { kind: 'quote'; quote: Quote }
  /** Every provider that covers the market says it does not know the code. */
  | { kind: 'unknown' }
  /** No provider FinLens asks has this market (or the user switched them all off). */
  | { kind: 'unsupported' }
  /** A company since delisted: no provider is asked (its code may be another company's today). */
  | { kind: 'delisted'; date?: string }
  /** No quote: why, and from which provider (none when the background itself could not be reached). */
  | { kind: 'error'; provider?: ProviderName; fault: QuoteFault; status?: number; retryAt?: number };

/** An answer that is a fault. */
export type FaultAnswer = Extract<QuoteAnswer, { kind: 'error' }>;

/** An answer and until when it holds (epoch ms): the content script keeps it that long. */
export interface TimedAnswer {
  answer: QuoteAnswer;
  expires: number;
}

/** Why a card has no "since this post" row (each has its one short line). */
export type SinceGap =
  /** The page gives no publication date. */
  | 'no-date'
  /** The page is dated after now. */
  | 'future'
  /** The reader switched history lookups off. */
  | 'off'
  /** No provider has daily bars for this market, or knows this code. */
  | 'no-history'
  /** The bars do not reach back to the publication. */
  | 'before-history'
  /** A provider fault (offline, timeout, HTTP error…): the card's quote face says which. */
  | 'fault'
  /** Asked from what is held only, and something was not (never shown: the card asks again). */
  | 'unheld';

/** A security's price since an article's publication, against its benchmark; or why there is none. */
export type SinceAnswer =
  /** `sessions`: the sessions closed since the baseline, where the record is current. */
  ({ kind: 'since'; sessions?: number } & Since) | { kind: 'none'; gap: SinceGap; fault?: QuoteFault };
