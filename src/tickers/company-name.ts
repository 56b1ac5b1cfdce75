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
 * stand as a whole word (`Tesla's` matches, `Teslas` and `ATesla` do not); Chinese names have no
 * word boundaries to check.
 */
export function findNames(text: string, cat: Catalog): NameCandidate[] {
  const trie = cat.nameTrie;
  const found: NameCandidate[] = [];
  let bestName = -1;
  let bestEnd = -1;
  const keepWhole = (nameIndex: number, end: number): boolean => {
    const name = cat.names[nameIndex].name;
    if (!isAsciiAlnum(name.charCodeAt(name.length - 1)) || end >= text.length || !isAsciiAlnum(text.charCodeAt(end))) {
      bestName = nameIndex;
      bestEnd = end;
    }
    return true;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!trie.startsName(c)) continue;
    if (isAsciiAlnum(c) && i > 0 && isAsciiAlnum(text.charCodeAt(i - 1))) continue;
    bestName = -1;
    trie.walk(text, i, keepWhole);
    if (bestName >= 0) {
      if (bestEnd - i > SHORT_NAME || alignsWithWords(text, i, bestEnd)) {
        found.push({ start: i, end: bestEnd, entry: cat.names[bestName] });
        i = bestEnd - 1;
      }
    }
  }
  return found;
}

/** Names this short are checked against word boundaries (`工行` must not match inside `化工行业`). */
const SHORT_NAME = 3;
const WINDOW = 8;
let segmenter: Intl.Segmenter | undefined;

/**
 * Whether a short Han name starts and ends on word boundaries of its surroundings. Chinese has
 * no spaces: ICU's dictionary segmentation says where words are. Latin names have their own check.
 */
function alignsWithWords(text: string, start: number, end: number): boolean {
  if (!/\p{Script=Han}/u.test(text[start])) return true;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const from = Math.max(0, start - WINDOW);
  const boundaries = new Set<number>();
  for (const s of segmenter.segment(text.slice(from, Math.min(text.length, end + WINDOW)))) {
    boundaries.add(from + s.index);
    boundaries.add(from + s.index + s.segment.length);
  }
  return boundaries.has(start) && boundaries.has(end);
}
