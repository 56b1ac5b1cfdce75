/** Delisted companies have no quote: the background answers for them and asks no provider. */

import type { QuoteTarget } from '../../src/quotes/types.ts';
import { type Catalog, catalog } from '../../src/securities/catalog.ts';
import type { TimedAnswer } from './answers.ts';

/** How long a delisted answer holds: it does not change. */
const DELISTED_HOLDS_MS = 24 * 60 * 60 * 1000;

/**
 * Splits a call's targets: the delisted ones (as the securities data knows them, whatever the
 * caller says) are answered here and never reach a provider; the rest go to the quote service.
 */
export function withoutDelisted(
  targets: readonly QuoteTarget[],
  now: number,
  cat: Catalog = catalog(),
): { live: QuoteTarget[]; answered: Record<string, TimedAnswer> } {
  const live: QuoteTarget[] = [];
  const answered: Record<string, TimedAnswer> = {};
  for (const target of targets) {
    const delisted = cat.listing(target.id)?.delisted;
    if (delisted) answered[target.id] = { answer: { kind: 'delisted', ...delisted }, expires: now + DELISTED_HOLDS_MS };
    else live.push(target);
  }
  return { live, answered };
}
