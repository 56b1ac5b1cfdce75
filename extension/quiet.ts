/**
 * Quiet pages: on a page the finance check calls not about finance, a brand named in passing
 * (Google in a gaming review, 苹果 in a recipe) is no reason for a stock card. Only explicit forms
 * are highlighted there (cashtags, codes, Xueqiu tags and links, exchange prefixes); names are
 * still found and listed in the popup as "also mentioned". `namesEverywhere` turns this off.
 */
import type { LocatedMention, Security } from '../src/types.ts';

/** Whether names stay unmarked on a page: it is not about finance and the reader kept the default. */
export function namesQuiet(page: { isFinance: boolean } | undefined, namesEverywhere: boolean | undefined): boolean {
  return !namesEverywhere && page !== undefined && !page.isFinance;
}

/** The mentions to mark: all of them, or on a quiet page the explicit ones. */
export function mentionsToMark<M extends Pick<LocatedMention, 'kind'>>(mentions: M[], quiet: boolean): M[] {
  return quiet ? mentions.filter((m) => m.kind !== 'name') : mentions;
}

/** Whether a security is written explicitly somewhere (not only by name). */
export function explicit(security: Pick<Security, 'mentions'>): boolean {
  return security.mentions.some((m) => m.kind !== 'name');
}

/** How many securities the page highlights: on a quiet page, those written explicitly. */
export function highlightedCount(securities: Iterable<Security>, quiet: boolean): number {
  let n = 0;
  for (const s of securities) if (!quiet || explicit(s)) n++;
  return n;
}
