import type { Range } from './candidate.ts';

/** ASCII letter or digit. */
export function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A URL from its scheme or `www.` to the next space or quote. */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'）)]+/gi;
const EMAIL_LOCAL = /[\w.+-]/;
const EMAIL_DOMAIN = /^@[\w-]+(?:\.[\w-]+)+/;

/**
 * The URL and e-mail ranges of a text, in order: nothing inside them is a mention
 * (`https://x.com/$ABC`, `ir@baidu.com`). E-mail addresses are found from their `@`, so text
 * without one costs a single `indexOf`.
 */
export function urlRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const m of text.matchAll(URL)) ranges.push({ start: m.index, end: m.index + m[0].length });
  for (let at = text.indexOf('@'); at > 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && EMAIL_LOCAL.test(text[start - 1])) start--;
    const domain = EMAIL_DOMAIN.exec(text.slice(at, at + 256));
    if (start < at && domain) ranges.push({ start, end: at + domain[0].length });
  }
  return ranges.sort((a, b) => a.start - b.start);
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
