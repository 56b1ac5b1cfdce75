import type { Range } from './candidate.ts';

/** ASCII letter or digit. */
export function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** URLs and e-mail addresses: nothing inside them is a mention (`https://x.com/$ABC`, `ir@baidu.com`). */
const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)[^\s<>"'）)]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** The URL and e-mail ranges of a text, in order. */
export function urlRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const m of text.matchAll(URL_OR_EMAIL)) ranges.push({ start: m.index, end: m.index + m[0].length });
  return ranges;
}

/** Whether [start, end) overlaps one of `ranges` (sorted by start); binary search. */
export function overlaps(ranges: readonly Range[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo].start < end;
}
