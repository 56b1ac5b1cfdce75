/**
 * The page's side of the price-move checks: the moves the background found in the article go back
 * to it with the publication date and the securities' codes (never the text), and each checked
 * claim gets its verdict.
 */
import type { Published } from '../../src/quotes/history-types.ts';
import type { Security } from '../../src/types.ts';
import { callBackground, type RemoteAnalysis } from '../messages.ts';

/** Sets `priceCheck` on the claims whose moves the record could be read for; true when any was set. */
export async function checkPrices(
  analysis: RemoteAnalysis,
  published: Published | undefined,
  securities: Iterable<Security>,
): Promise<boolean> {
  const moves = analysis.priceMoves;
  if (!moves || moves.length === 0) return false;
  // Codes, markets and names: what a board limit or a benchmark needs, nothing of the page.
  const lean = [...securities].map(({ id, market, symbol, type, exchange, name }) => ({
    id,
    market,
    symbol,
    type,
    exchange,
    name,
    mentions: [],
  }));
  const result = await callBackground('checkPrices', { moves, published, securities: lean });
  if (!result.ok) return false;
  let set = false;
  for (const [index, check] of result.value) {
    const claim = analysis.claims[index];
    if (claim && check) {
      claim.priceCheck = check;
      set = true;
    }
  }
  return set;
}
