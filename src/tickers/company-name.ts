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
      found.push({ start: i, end: bestEnd, entry: cat.names[bestName] });
      i = bestEnd - 1;
    }
  }
  return found;
}
