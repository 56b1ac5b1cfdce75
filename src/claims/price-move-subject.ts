/**
 * Which security a price move is about, and its board's daily limit. No link is better than a
 * wrong one: where two securities could be meant, the move keeps both as candidates and no id.
 */
import type { Security } from '../types.ts';
import { NOT_A_PRICE, SUBJECTLESS } from './price-move-words.ts';

/** A mention with the id of its security. */
export interface IdMention {
  start: number;
  end: number;
  id: string;
}

/** Who a move is about: one id, several candidates, or not a move of a security at all (`undefined`). */
export type Subject = { id: string } | { candidates: string[] };

/**
 * The article's main security: its only one, or the one mentioned at least twice and at least twice
 * as often as any other. Undefined when no security stands out.
 */
export function mainSecurity(securities: readonly Security[]): string | undefined {
  if (securities.length === 1) return securities[0].id;
  const ranked = [...securities].sort((a, b) => b.mentions.length - a.mentions.length);
  const [first, second] = ranked;
  if (first && second && first.mentions.length >= 2 && first.mentions.length >= 2 * second.mentions.length)
    return first.id;
  return undefined;
}

/** What decides a move's subject: the mentions, the claim's securities and the article's. */
export interface SubjectContext {
  /** The analysed text, folded (Traditional read as Simplified). */
  folded: string;
  mentions: readonly IdMention[];
  claimSecurities: readonly string[];
  main?: string;
  allSecurities: readonly string[];
  /** Where the claim's words since its last move begin (the claim's start before its first move). */
  backTo: number;
}

/**
 * The subject of a move whose verb stands at `verb` in the clause `[segmentStart, …)`, looking first
 * at `[windowStart, verb)` (the words since the move before it in the clause): one mention there is
 * the subject; else one mention before the verb in the clause; else one in the whole clause. With no
 * mention, the words before the verb must name no other subject (股价收涨5%, Shares rose 3%): the
 * one security named earlier in the claim since its last move ("The ETF, $KWEB, gained 2.1%"), else
 * the claim's one security, else the article's main one. A non-price subject (营收, revenue, 出厂价)
 * between the subject and the verb makes it no price move: `undefined`.
 */
export function subjectOf(
  ctx: SubjectContext,
  segmentStart: number,
  segmentEnd: number,
  windowStart: number,
  verb: number,
): Subject | undefined {
  const within = (from: number, to: number) => ctx.mentions.filter((m) => m.start >= from && m.start < to);
  let named = within(windowStart, verb);
  if (named.length === 0) named = within(segmentStart, verb);
  if (named.length === 0) named = within(segmentStart, segmentEnd);
  if (named.length > 0) {
    const before = named.filter((m) => m.end <= verb);
    const last = before[before.length - 1];
    if (last && NOT_A_PRICE.test(ctx.folded.slice(last.end, verb))) return undefined;
    const ids = [...new Set(named.map((m) => m.id))];
    return ids.length === 1 ? { id: ids[0] } : { candidates: ids };
  }
  const prefix = ctx.folded.slice(windowStart, verb);
  if (NOT_A_PRICE.test(prefix) || prefix.replace(SUBJECTLESS, '') !== '') return undefined;
  const earlier = [...new Set(within(Math.min(ctx.backTo, windowStart), windowStart).map((m) => m.id))];
  if (earlier.length === 1) return { id: earlier[0] };
  if (earlier.length > 1) return { candidates: earlier };
  if (ctx.claimSecurities.length === 1) return { id: ctx.claimSecurities[0] };
  if (ctx.claimSecurities.length > 1) return { candidates: [...ctx.claimSecurities] };
  if (ctx.main) return { id: ctx.main };
  return ctx.allSecurities.length > 0 ? { candidates: [...ctx.allSecurities] } : undefined;
}

/**
 * The daily price limit of an A-share's board, in percent: 10 on the main boards, 20 on ChiNext
 * (300/301) and STAR (688/689), 30 on the Beijing exchange, 5 for a main-board ST name (the name,
 * or the words that named it, hold "ST"; ChiNext and STAR ST names keep 20). Undefined for indices,
 * funds, other markets and codes of no known board: a 涨停 claim about them is not checked.
 */
export function boardLimit(security: Security | undefined, named = ''): number | undefined {
  if (!security || (security.type !== 'stock' && security.type !== 'unknown')) return undefined;
  const code = security.id.split(':')[1] ?? '';
  if (security.market === 'BJ') return 30;
  if ((security.market === 'SZ' && /^30[01]/.test(code)) || (security.market === 'SH' && /^68[89]/.test(code)))
    return 20;
  const mainBoard = (security.market === 'SH' && /^60/.test(code)) || (security.market === 'SZ' && /^00/.test(code));
  if (!mainBoard) return undefined;
  return /ST/i.test(security.name.zh ?? '') || /ST/.test(named) ? 5 : 10;
}
