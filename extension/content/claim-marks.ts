/**
 * Claims highlighted by type with the CSS Custom Highlight API: ranges registered with the
 * document, styled by `::highlight(finlens-…)` in passages.css. The page's DOM is not touched, so
 * claims can span elements and overlap the securities' marks, and taking them back is exact.
 */
import type { Segment } from '../../src/article/snapshot.ts';
import type { Steps } from '../../src/steps.ts';
import type { Claim, ClaimType } from '../../src/types.ts';
import { staticRangeOf } from './text-range.ts';

/** The highlight each claim type paints its sentences with. */
export const CLAIM_HIGHLIGHTS: Readonly<Record<ClaimType, string>> = {
  figure: 'finlens-claim-figure',
  comparison: 'finlens-claim-comparison',
  forecast: 'finlens-claim-forecast',
  attribution: 'finlens-claim-attribution',
  fact: 'finlens-claim-fact',
};
/** The figures (amounts, percentages, counts) inside claims. */
export const FIGURE_HIGHLIGHT = 'finlens-figure';
/** The passage a reader jumped to from the popup, for a moment. */
export const FOCUS_HIGHLIGHT = 'finlens-focus';
/** How long a passage the reader jumped to stays marked. */
const FOCUS_MS = 2500;

/** The document's highlight registry, where the browser has one (Chrome 105+, Firefox 140+). */
function registry(doc: Document): HighlightRegistry | undefined {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  return view && typeof view.Highlight === 'function' ? view.CSS?.highlights : undefined;
}

/** Claims a step builds ranges for: a few hundred microseconds of work. */
const CLAIMS_PER_STEP = 32;

/**
 * Up to this many claims are all painted at once. Past it only those near the view are: the
 * browser processes every highlighted range at each frame in which the page changes (measured
 * here: 17,500 ranges on a growing feed made each 1,000 new items cost 2 s of pre-paint), so a
 * long story's highlights follow the reader instead.
 */
const PAINT_ALL_UP_TO = 300;
/** How far beyond the view (above and below) claims are painted, as a share of the view's height. */
const NEAR_VIEW = '150% 0px';

/** One claim's ranges, by highlight name. */
type Painted = [name: string, range: StaticRange][];

/**
 * Paints each claim in the colour of its first type, and each of its figures, in steps (the ranges
 * are built a few claims a step, then registered); returns the function that takes them all off.
 * Does nothing (and returns a no-op) where the browser lacks the API.
 */
export function* paintSteps(
  doc: Document,
  segments: readonly Segment<Text>[],
  claims: readonly Claim[],
): Steps<() => void> {
  const highlights = registry(doc);
  if (!highlights) return () => {};
  const view = doc.defaultView as Window & typeof globalThis;
  // Each claim's ranges, grouped by the element its text starts in (what comes into view).
  const byElement = new Map<Element, Painted>();
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i];
    const ranges: Painted = [];
    const add = (name: string, range: StaticRange | null) => range && ranges.push([name, range]);
    add(CLAIM_HIGHLIGHTS[claim.types[0]], staticRangeOf(segments, claim.start, claim.end));
    for (const f of claim.figures)
      if (f.kind !== 'temporal') add(FIGURE_HIGHLIGHT, staticRangeOf(segments, f.start, f.end));
    const element = ranges[0]?.[1].startContainer.parentElement;
    if (element) byElement.set(element, [...(byElement.get(element) ?? []), ...ranges]);
    if (i % CLAIMS_PER_STEP === CLAIMS_PER_STEP - 1) yield;
  }
  const names = new Set([...Object.values(CLAIM_HIGHLIGHTS), FIGURE_HIGHLIGHT]);
  const registered = new Map<string, Highlight>();
  const highlightOf = (name: string) => {
    let highlight = registered.get(name);
    if (!highlight) {
      highlight = new view.Highlight();
      registered.set(name, highlight);
      highlights.set(name, highlight);
    }
    return highlight;
  };
  const show = (ranges: Painted, on: boolean) => {
    for (const [name, range] of ranges) {
      if (on) highlightOf(name).add(range);
      else registered.get(name)?.delete(range);
    }
  };
  let observer: IntersectionObserver | null = null;
  if (claims.length <= PAINT_ALL_UP_TO || typeof view.IntersectionObserver !== 'function') {
    for (const ranges of byElement.values()) show(ranges, true);
  } else {
    observer = new view.IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const ranges = byElement.get(entry.target);
          if (ranges) show(ranges, entry.isIntersecting);
        }
      },
      { rootMargin: NEAR_VIEW },
    );
    for (const element of byElement.keys()) observer.observe(element);
  }
  let removed = false;
  return () => {
    if (removed) return;
    removed = true;
    observer?.disconnect();
    for (const name of names) if (registered.has(name)) highlights.delete(name);
  };
}

/**
 * Scrolls `range` into the middle of the view and marks it for a moment: with the focus highlight
 * where the browser has one, else by selecting it (as find-in-page does).
 */
export function flashRange(doc: Document, range: Range, signal: AbortSignal): void {
  const block = range.startContainer.parentElement;
  block?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const highlights = registry(doc);
  if (!highlights) {
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return;
  }
  const view = doc.defaultView as Window & typeof globalThis;
  const highlight = new view.Highlight(range);
  highlights.set(FOCUS_HIGHLIGHT, highlight);
  const clear = () => {
    if (highlights.get(FOCUS_HIGHLIGHT) === highlight) highlights.delete(FOCUS_HIGHLIGHT);
  };
  const timer = setTimeout(clear, FOCUS_MS);
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      clear();
    },
    { once: true },
  );
}
