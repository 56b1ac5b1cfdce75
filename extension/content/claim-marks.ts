/**
 * Claims highlighted by type with the CSS Custom Highlight API: ranges registered with the
 * document, styled by `::highlight(finlens-…)` in highlight.css. The page's DOM is not touched, so
 * claims can span elements and overlap the securities' marks, and taking them back is exact.
 */
import type { Segment } from '../../src/article/snapshot.ts';
import { runSteps, type Steps } from '../../src/steps.ts';
import type { Claim, ClaimType } from '../../src/types.ts';
import { staticRangeOf } from './text-range.ts';

/** The highlight each claim type paints its sentences with. */
export const CLAIM_HIGHLIGHTS: Readonly<Record<ClaimType, string>> = {
  figure: 'finlens-claim-figure',
  comparison: 'finlens-claim-comparison',
  forecast: 'finlens-claim-forecast',
  attribution: 'finlens-claim-attribution',
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

/**
 * Paints each claim in the colour of its first type, and each of its figures; returns the function
 * that takes them all off. Does nothing (and returns a no-op) where the browser lacks the API.
 */
export function paintClaims(doc: Document, segments: readonly Segment<Text>[], claims: readonly Claim[]): () => void {
  return runSteps(paintSteps(doc, segments, claims));
}

/** Claims a step builds ranges for: a few hundred microseconds of work. */
const CLAIMS_PER_STEP = 32;

/** `paintClaims` in steps: the ranges are built a few claims a step, then registered at once. */
export function* paintSteps(
  doc: Document,
  segments: readonly Segment<Text>[],
  claims: readonly Claim[],
): Steps<() => void> {
  const highlights = registry(doc);
  if (!highlights) return () => {};
  const view = doc.defaultView as Window & typeof globalThis;
  const byName = new Map<string, StaticRange[]>();
  const add = (name: string, range: StaticRange | null) => {
    if (!range) return;
    const list = byName.get(name);
    if (list) list.push(range);
    else byName.set(name, [range]);
  };
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i];
    add(CLAIM_HIGHLIGHTS[claim.types[0]], staticRangeOf(segments, claim.start, claim.end));
    for (const f of claim.figures)
      if (f.kind !== 'temporal') add(FIGURE_HIGHLIGHT, staticRangeOf(segments, f.start, f.end));
    if (i % CLAIMS_PER_STEP === CLAIMS_PER_STEP - 1) yield;
  }
  for (const [name, ranges] of byName) highlights.set(name, new view.Highlight(...ranges));
  let removed = false;
  return () => {
    if (removed) return;
    removed = true;
    for (const name of byName.keys()) highlights.delete(name);
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
