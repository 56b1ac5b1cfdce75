import { resolveCashtagSymbol } from '../securities/resolve.ts';
import type { Candidate, Range } from './candidate.ts';
import { overlaps } from './text-ranges.ts';

/**
 * `$BIDU`, `$brk.b`, `$BRK-B`, `$POT.TO`, `$ES_F`, `＄TSLA`: a dollar sign, 1–6 Latin letters, and an
 * optional share class or market suffix of one or two letters. Money (`$12M`, `$1,200`) starts
 * with a digit and never matches.
 */
const CASHTAG = /[$＄]([A-Za-z]{1,6})(?:([._-])([A-Za-z]{1,2}))?(?![A-Za-z0-9_])/g;

/**
 * ASCII characters a cashtag may follow; anything else ASCII refuses it: a letter or digit
 * (`US$5`), `!` and `:` (spreadsheet references, `RATS!$C:$C`), `*`, `=`.
 */
const ASCII_BEFORE = new Set([...' \t\n\r\f\v([{/,;"\'<>']);

/** Letters and digits of scripts written with spaces: glued to a `$`, they make it part of a word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Scripts written without spaces: their letters may touch a cashtag (`买入$BIDU涨了`). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function gluedToWord(code: number): boolean {
  const c = String.fromCharCode(code);
  return WORD_CHAR.test(c) && !UNSPACED.test(c);
}

function mayPrecede(code: number): boolean {
  if (code < 128) return ASCII_BEFORE.has(String.fromCharCode(code));
  // Non-ASCII: CJK text and its punctuation (`买入$BIDU`, `（$BABA）`) are fine; letters of other
  // scripts (`é$X`, `Λ$T`) and an ellipsis are not.
  return code !== 0x2026 && !gluedToWord(code);
}

/** Finds cashtags outside `refused` (URLs, e-mail addresses). */
export function findCashtags(text: string, refused: readonly Range[]): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(CASHTAG)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start > 0 && !mayPrecede(text.charCodeAt(start - 1))) continue;
    const [, symbol, separator, suffix] = m;
    const after = text.charCodeAt(end);
    // Refuse chains and truncations: `$HARD$CORE`, spreadsheet `$C:$C`, a tweet cut at `$TSL…`.
    if (after === 36 /* $ */ || after === 0xff04 || after === 0x2026) continue;
    if (after > 127 && gluedToWord(after)) continue;
    if (after === 58 /* : */ && text.charCodeAt(end + 1) === 36) continue;
    if (overlaps(refused, start, end)) continue;
    found.push({ start, end, kind: 'cashtag', security: resolveCashtagSymbol(symbol, separator, suffix) });
  }
  return found;
}
