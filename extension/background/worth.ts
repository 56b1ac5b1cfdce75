/** Whether a page the first stage glanced at is worth the full content script. Pure. */
import type { RemoteAnalysis } from '../messages.ts';

/**
 * A page whose glance names no security and scores below this on the finance check (signals per
 * 1,000 weighted characters; a finance story scores 8) gets nothing more than the first stage until
 * the popup asks. On the corpus's 594 pages this leaves 210 at a glance; three of them had something
 * to show: two news section fronts whose only names stand in headline links (the glance leaves
 * links out), and claims on a Stock Car racing calendar that the finance check takes for finance
 * ("Stock" in its links) (`npm run eval`, scripts/eval/glance.ts).
 */
export const GLANCE_SCORE = 3;

/** Whether a glance's analysis shows anything FinLens would mark or paint. */
export function worthReading(glance: Pick<RemoteAnalysis, 'securities' | 'article'>): boolean {
  return glance.securities.length > 0 || glance.article.finance.score >= GLANCE_SCORE;
}
