import type { Figure } from './figures.ts';

/**
 * Page furniture among the numbers: dates and clock times written as one stamp (`2023-02-04
 * 13:21:28`, `2025/3/18`, `02/04/2023`, `1Q25`), which are one temporal figure each rather than
 * several numbers, and list ordinals (`(1)`, `（2）`, `1）`, `1、`, `1.` opening a line or an item),
 * which are no figure at all.
 */

const DATE = String.raw`(?:19|20)\d\d([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:19|20)?\d\d`;
const TIME = String.raw`(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?(?:AM|PM|am|pm)\b)?`;
const PERIOD = String.raw`[1-4]Q\d\d|[12]H\d\d`;
/** A date, a time or a quarter stamp, not inside a longer number. */
const STAMP = new RegExp(`(?<![\\d.:/-])(?:${DATE}|${TIME}|${PERIOD})(?![\\d:/]|\\.\\d)`, 'g');

/** The date, time and quarter stamps of `text[from, to)`, as temporal figures. */
export function stamps(text: string, from: number, to: number): Figure[] {
  const found: Figure[] = [];
  for (const m of text.slice(from, to).matchAll(STAMP)) {
    const start = from + m.index;
    // The value is the stamp's first number (a year, an hour, a quarter): a temporal figure is never an amount.
    const value = Number(/\d+/.exec(m[0])?.[0]);
    found.push({ start, end: start + m[0].length, text: m[0], kind: 'temporal', value });
  }
  return found;
}

const ENCLOSED_OPEN = new Set('(（');
const ENCLOSED_CLOSE = new Set(')）');
const MARKER_AFTER = new Set(')）、．');
/** What may stand before an item's number on its line: nothing, or the end of the item before it. */
const ITEM_BEFORE = /(?:^|[\n；;。：:!?！？])[ \t\u3000]*$/;

/**
 * Whether the bare number `text[start, end)` numbers a list item: one or two digits in brackets
 * (`(1)`, `（2）`), or followed by `)`, `）`, `、` or a full stop and opening a line or an item
 * (`1）公司…；2）费用率…`, `2.己二酸…`).
 */
export function isListOrdinal(text: string, start: number, end: number, from: number): boolean {
  if (end - start > 2 || !/^\d+$/.test(text.slice(start, end))) return false;
  const after = text[end] ?? '';
  if (ENCLOSED_OPEN.has(text[start - 1] ?? '') && ENCLOSED_CLOSE.has(after)) return true;
  const marker = MARKER_AFTER.has(after) || (after === '.' && !/\d/.test(text[end + 1] ?? ''));
  return marker && ITEM_BEFORE.test(text.slice(Math.max(from, start - 8), start));
}
