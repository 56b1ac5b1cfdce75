import type { Catalog, NameEntry } from '../securities/catalog.ts';
import { isAsciiAlnum } from './text-ranges.ts';

/** A name found in text, not yet settled to one listing. */
export interface NameCandidate {
  start: number;
  end: number;
  entry: NameEntry;
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
    const index = trie.longest(text, i);
    if (index < 0) continue;
    const end = trie.matchEnd;
    if (end - i <= 2 && c >= 0x3400 && !words.aligned(i, end)) continue;
    found.push({ start: i, end, entry: cat.nameEntry(index) });
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
