/**
 * `finlens read --check-prices`: an article's price-move claims checked against the daily record,
 * as the extension's background checks them (`extension/background/hold-up.ts`): the moves of its
 * claims, the bars they need (fetched by `price-history.ts`), a verdict for each claim.
 */
import type { PageFacts } from '../analyze.ts';
import { attachPriceChecks, checkPriceMoves, historyNeeded } from '../claims/price-check.ts';
import type { MoveRecord, PriceCheck } from '../claims/price-move-types.ts';
import { findPriceMoves } from '../claims/price-moves.ts';
import { describeRecord } from '../claims/price-record-text.ts';
import { addDays } from '../quotes/sessions.ts';
import type { Analysis } from '../types.ts';
import { fetchNeeded, type HistoryFetchOptions } from './price-history.ts';

/** Price-move claims checked per article, as in the extension (more are left unchecked). */
const MAX_MOVES = 200;

/** One checked claim, for people scanning the output: what it says, the verdict, the record in words. */
export interface PriceCheckLine {
  /** Index of the claim in `claims`. */
  claim: number;
  /** The claim's text. */
  text: string;
  /** The security checked, when one was. */
  id?: string;
  verdict: PriceCheck['verdict'];
  session?: PriceCheck['session'];
  record?: MoveRecord;
  /** Why it could not be checked. */
  reason?: PriceCheck['reason'];
  /** What the record says (or why it could not be read), in English and Chinese: `describeRecord`. */
  describe: { en: string; zh: string };
}

/** An analysed page with its claims' checks: `priceCheck` in each checked claim, and the list of them. */
export type CheckedPage = Analysis & { page: PageFacts; priceChecks: PriceCheckLine[] };

/** The lines of the checks, in claim order. */
export function checkLines(analysis: Analysis, checks: ReadonlyMap<number, PriceCheck>): PriceCheckLine[] {
  return [...checks.entries()]
    .sort(([a], [b]) => a - b)
    .map(([claim, check]) => ({
      claim,
      text: analysis.claims[claim]?.text ?? '',
      ...(check.id ? { id: check.id } : {}),
      verdict: check.verdict,
      ...(check.session ? { session: check.session } : {}),
      ...(check.record ? { record: check.record } : {}),
      ...(check.reason ? { reason: check.reason } : {}),
      describe: { en: describeRecord(check, 'en'), zh: describeRecord(check, 'zh') },
    }));
}

/** Checks a page's price-move claims against the bars the providers give (no request when it states none). */
export async function checkPrices(
  analysis: Analysis & { page: PageFacts },
  options: HistoryFetchOptions,
): Promise<CheckedPage> {
  const moves = findPriceMoves(analysis).slice(0, MAX_MOVES);
  const published = analysis.page.published;
  // A claim is about a session at or before its publication: the record past it is not asked for.
  const until = published ? addDays(published.date, 1) : undefined;
  const barsById = await fetchNeeded(historyNeeded(moves, published), analysis.securities, options, until);
  const checks = checkPriceMoves(moves, published, barsById, analysis.securities);
  return {
    ...(attachPriceChecks(analysis, checks) as Analysis & { page: PageFacts }),
    priceChecks: checkLines(analysis, checks),
  };
}
