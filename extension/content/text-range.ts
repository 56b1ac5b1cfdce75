/** From offsets in the analysed text back to a DOM Range over the live text nodes that hold them. */
import type { Segment } from '../../src/article/snapshot.ts';

/** Where `[start, end)` of the text `segments` map lies in the live text nodes. */
interface Bounds {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/**
 * The bounds of `[start, end)` of the text `segments` map, or null when nothing of it is in the
 * page any more (a framework re-rendered it). A stretch that starts or ends between segments (on a
 * line break the snapshot added between blocks) is pulled in to the text on either side.
 */
function boundsOf(segments: readonly Segment<Text>[], start: number, end: number): Bounds | null {
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
  const bounds = {
    startContainer: from.node,
    startOffset: Math.max(0, start - from.start),
    endContainer: to.node,
    endOffset: Math.min(to.node.data.length, end - to.start),
  };
  const collapsed = bounds.startContainer === bounds.endContainer && bounds.startOffset >= bounds.endOffset;
  return collapsed ? null : bounds;
}

/** The live Range over `[start, end)` of the text `segments` map, or null when it has left the page. */
export function rangeOf(segments: readonly Segment<Text>[], start: number, end: number): Range | null {
  const bounds = boundsOf(segments, start, end);
  if (!bounds) return null;
  const range = bounds.startContainer.ownerDocument.createRange();
  range.setStart(bounds.startContainer, bounds.startOffset);
  range.setEnd(bounds.endContainer, bounds.endOffset);
  return range;
}

/**
 * The same stretch as a StaticRange: what claim highlights are made of. A live Range is kept up to
 * date by the browser at every change to the page, so thousands of them (a long article's claims
 * and figures) made every later change (a feed's new items, their marks) cost in proportion to
 * them; a StaticRange costs nothing once made. Its nodes are the ones the text lives in when it is
 * painted, and claims are painted again whenever FinLens changes those.
 */
export function staticRangeOf(segments: readonly Segment<Text>[], start: number, end: number): StaticRange | null {
  const bounds = boundsOf(segments, start, end);
  return bounds ? new StaticRange(bounds) : null;
}
