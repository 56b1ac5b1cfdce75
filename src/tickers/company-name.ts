import type { Catalog, NameEntry } from '../securities/catalog.ts';
import { isAsciiAlnum } from './text-ranges.ts';

/** A name found in text, not yet settled to one listing. */
export interface NameCandidate {
  start: number;
  end: number;
  entry: NameEntry;
  /** A legal word followed the name in the text (`Apple Inc`, `Wells Fargo & Co`): the span covers it. */
  companyWord: boolean;
}

/** Legal words after an English name: `, Inc.`, ` Corp`, ` & Co`, ` Group AG`, ` plc`. */
const COMPANY_WORDS =
  /(?:,?\s(?:Inc|Incorporated|Corp|Corporation|Co|Company|Cos|Ltd|Limited|plc|PLC|Plc|AG|SA|NV|N\.V|SE|ASA|LLC|Group|Holdings?)\b\.?|\s(?:&|and)\sCo\b\.?)+/y;

/** The end of the legal words that follow `end` in `text`, or `end` when none do. */
export function companyWordsEnd(text: string, end: number): number {
  COMPANY_WORDS.lastIndex = end;
  return COMPANY_WORDS.test(text) ? COMPANY_WORDS.lastIndex : end;
}

/**
 * Finds names leftmost-longest. A name that starts or ends with a Latin letter or digit must
 * stand as a whole word (`Tesla's` matches, `Teslas` and `ATesla` do not); a two-character
 * Chinese name must fall on word boundaries (`工行` is not in `化工行业`).
 */
export function findNames(text: string, cat: Catalog): NameCandidate[] {
  const trie = cat.nameTrie;
  const found: NameCandidate[] = [];
  const words = new WordBoundaries(text);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!trie.startsName(c)) continue;
    if (isAsciiAlnum(c) && i > 0 && isAsciiAlnum(text.charCodeAt(i - 1))) continue;
    // The tail of a hyphenated word (`Co-Founder`, `non-Apple`) is not a name.
    if (isAsciiAlnum(c) && i > 1 && text.charCodeAt(i - 1) === 45 && isAsciiAlnum(text.charCodeAt(i - 2))) continue;
    const index = trie.longest(text, i);
    if (index < 0) continue;
    let end = trie.matchEnd;
    if (end - i <= 2 && c >= 0x3400 && !words.aligned(i, end)) continue;
    const legalEnd = isAsciiAlnum(text.charCodeAt(end - 1)) ? companyWordsEnd(text, end) : end;
    const companyWord = legalEnd > end;
    end = legalEnd;
    found.push({ start: i, end, entry: cat.nameEntry(index), companyWord });
    i = end - 1;
  }
  return found;
}

/** How much text on each side the word segmentation looks at. */
const REACH = 3;
let segmenter: Intl.Segmenter | undefined;

/**
 * Whether a span starts and ends on word boundaries, by ICU's dictionary segmentation of a few
 * characters around it (Chinese has no spaces). Answers are memoised by that window within one
 * text, as the same short name tends to recur in the same phrases.
 */
class WordBoundaries {
  private readonly memo = new Map<string, boolean>();
  constructor(private readonly text: string) {}

  aligned(start: number, end: number): boolean {
    const from = Math.max(0, start - REACH);
    const window = this.text.slice(from, Math.min(this.text.length, end + REACH));
    const key = `${start - from}:${window}`;
    let answer = this.memo.get(key);
    if (answer === undefined) {
      segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
      const segments = segmenter.segment(window);
      const first = segments.containing(start - from);
      const last = segments.containing(end - from - 1);
      answer = first?.index === start - from && last !== undefined && last.index + last.segment.length === end - from;
      this.memo.set(key, answer);
    }
    return answer;
  }
}
