/** From offsets in the analysed text back to a DOM Range over the live text nodes that hold them. */
import type { Segment } from '../../src/article/snapshot.ts';

/**
 * The Range over `[start, end)` of the text `segments` map, or null when nothing of it is in the
 * page any more (a framework re-rendered it). A range that starts or ends between segments (on a
 * line break the snapshot added between blocks) is pulled in to the text on either side.
 */
export function rangeOf(segments: readonly Segment<Text>[], start: number, end: number): Range | null {
  if (!(start < end) || segments.length === 0) return null;
  // The first segment that ends after `start`.
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const s = segments[mid];
    if (s.start + s.node.data.length <= start) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  // The last segment that starts before `end`.
  lo = first;
  hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  const last = lo - 1;
  if (first > last) return null;
  const from = segments[first];
  const to = segments[last];
  if (!from.node.isConnected || !to.node.isConnected) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, Math.max(0, start - from.start));
  range.setEnd(to.node, Math.min(to.node.data.length, end - to.start));
  return range.collapsed ? null : range;
}
