/** Why the popup has nothing to list for a page, from what the page's content script told it. */
import type { PageState } from '../messages.ts';

/**
 * `unreadable`: no content script answered (browser pages, the extension stores, viewers);
 * `site-off`: the reader switched FinLens off on the site; `not-article`: a page that is no article
 * and names no security; `empty-article`: an article with no security, company, key point or claim.
 */
export type NothingReason = 'unreadable' | 'site-off' | 'not-article' | 'empty-article';

/** Why a page the content script answered for has nothing to show; null when the popup has something to list. */
export function nothingReason(state: PageState): Exclude<NothingReason, 'unreadable'> | null {
  if (state.siteOff) return 'site-off';
  // Names listed apart ("also mentioned") are something to show: they are in `securities` too.
  if (state.securities.length > 0) return null;
  if (!state.page.isArticle) return 'not-article';
  const empty = state.claims.length === 0 && state.keyPoints.points.length === 0 && state.companies.length === 0;
  return empty ? 'empty-article' : null;
}
