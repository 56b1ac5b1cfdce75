/** The engine behind the background's `analyze` call. */
import { analyze } from '../../src/analyze.ts';
import { findPriceMoves } from '../../src/claims/price-moves.ts';
import type { AnalyzeRequest, RemoteAnalysis } from '../messages.ts';

/** Analyses what a content script read; a malformed request is refused with a clear error. */
export function analyzeRequest(request: AnalyzeRequest): RemoteAnalysis {
  if (typeof request !== 'object' || request === null || typeof request.text !== 'string')
    throw new Error('analyze: expected {text, links, article}');
  const full = analyze({
    text: request.text,
    links: Array.isArray(request.links) ? request.links : [],
    title: typeof request.title === 'string' ? request.title : undefined,
    article: request.article !== false,
    limit: typeof request.limit === 'number' ? request.limit : undefined,
  });
  const { article, ...analysis } = full;
  // The text stays with the page that sent it: only what was found in it goes back.
  const { text: _text, ...rest } = article;
  const priceMoves = request.article !== false ? findPriceMoves(full) : [];
  return { ...analysis, article: rest, ...(priceMoves.length > 0 ? { priceMoves } : {}) };
}
