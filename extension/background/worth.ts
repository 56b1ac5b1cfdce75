/** Whether a page the first stage glanced at is worth the full content script. Pure. */
import type { RemoteAnalysis } from '../messages.ts';
import { explicit } from '../quiet.ts';

/**
 * A page whose glance writes no security explicitly (a cashtag, a code, a Xueqiu tag or link, an
 * exchange prefix) and scores below this on the finance check (signals per 1,000 weighted
 * characters; a finance story scores 8) gets nothing more than the first stage until the popup
 * asks. Such a page is no finance story, so the full reading would mark no name on it (`quiet.ts`)
 * and paint no claim: the names it finds are listed in the popup, which injects the full script
 * when it opens. Unless the reader asked for names on every page (`namesEverywhere`).
 *
 * On the corpus's 594 pages, 24 have something the full reading marks or paints with the default
 * settings; the glance sends 131 pages on to the full script (384 when any name was enough) and
 * leaves out one of the 24: claims on a Stock Car racing calendar that the finance check takes for
 * finance ("Stock" in its links) (`npm run eval`, scripts/eval/glance.ts).
 */
export const GLANCE_SCORE = 3;

/** Whether a glance's analysis shows anything FinLens would mark or paint. */
export function worthReading(
  glance: Pick<RemoteAnalysis, 'securities' | 'article'>,
  { namesEverywhere = false }: { namesEverywhere?: boolean } = {},
): boolean {
  if (glance.article.finance.score >= GLANCE_SCORE) return true;
  return glance.securities.some((s) => namesEverywhere || explicit(s));
}
