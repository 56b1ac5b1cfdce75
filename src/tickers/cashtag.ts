import type { ResolvedCode } from '../securities/symbol-code.ts';
import { resolveUsSymbol } from '../securities/symbol-code.ts';

/** A `$TICKER` cashtag found in text. */
export interface CashtagMatch {
  start: number;
  end: number;
  security: ResolvedCode;
}

/**
 * `$BIDU`, `$brk.b`, `$BRK-B`, `＄TSLA`: a dollar sign, then 1–6 Latin letters and an optional
 * one- or two-letter share class. Money (`$12M`, `$1,200`) starts with a digit and never matches;
 * `US$5`/`HK$300` are refused by the lookbehind (a Latin letter or digit before the sign).
 * A Chinese character before the sign is fine: `买入$BIDU` is a cashtag.
 */
const CASHTAG = /(?<![A-Za-z0-9_$＄])[$＄]([A-Za-z]{1,6}(?:[.-][A-Za-z]{1,2})?)(?![A-Za-z0-9_])/g;

/** Finds every cashtag in `text`, skipping the ranges in `taken` (already claimed by other finders). */
export function findCashtags(text: string, taken: readonly { start: number; end: number }[] = []): CashtagMatch[] {
  const found: CashtagMatch[] = [];
  for (const m of text.matchAll(CASHTAG)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(start, end, taken)) continue;
    found.push({ start, end, security: resolveUsSymbol(m[1]) });
  }
  return found;
}

function overlapsAny(start: number, end: number, ranges: readonly { start: number; end: number }[]): boolean {
  return ranges.some((r) => start < r.end && r.start < end);
}
