/**
 * Wraps mentions in `<finlens-mark>` elements (or, for a security link, decorates the link
 * itself rather than nesting a mark in it), and takes every one of them back out.
 */

import type { Segment, Snapshot } from '../../src/article/snapshot.ts';
import type { Steps } from '../../src/steps.ts';
import type { LocatedMention } from '../../src/types.ts';
import { ownNodes } from './own-nodes.ts';

/** The snapshot of a live page: real text nodes and anchors. */
export type PageSnapshot = Snapshot<Text, HTMLElement>;

/** Attributes that mark a highlight (on marks, and on decorated links). */
const MARK_ATTRIBUTES = ['data-finlens-id', 'data-finlens-kind', 'data-finlens-mention'];

/** The tag of a highlight: prefixed, so page CSS rarely targets it. */
export const MARK_TAG = 'finlens-mark';

/** The highlights in a page, and how to remove them. */
export interface Annotation {
  /** Every mark, in text order; a mention that spans several text nodes has several marks. */
  readonly marks: readonly HTMLElement[];
  /** The first mark of each security's first mention. */
  firstMark(securityId: string): HTMLElement | undefined;
  /**
   * Where the snapshot's text lives while the marks are in: the snapshot's own segments, with each
   * replaced text node's place taken by its pieces (text outside marks, text inside them).
   */
  readonly segments: readonly Segment<Text>[];
  /**
   * The same text over the page's own nodes: where a segment is a piece this annotation cut, the
   * original text node it came from (valid once `remove()` has put the originals back).
   */
  unmarked(segments: readonly Segment<Text>[]): Segment<Text>[];
  /** Puts the original text nodes back, exactly as they were. Safe to call twice. */
  remove(): void;
}

/** One replaced text node: the original (kept detached, unchanged) and what stands in for it. */
interface Replacement {
  original: Text;
  pieces: Node[];
}

interface Cut {
  from: number;
  to: number;
  mention: LocatedMention;
  /** Index of the mention in text order; the first piece of a mention takes the keyboard focus. */
  index: number;
  first: boolean;
}

/**
 * Wraps each mention (offsets into `snapshot.text`) in marks, in steps: one per text node it cuts,
 * and one every few hundred it passes. Mentions must not overlap. A text node the page has changed
 * or removed since the snapshot (its text no longer what the snapshot read) is left alone.
 */
export function* wrapSteps(snapshot: PageSnapshot, mentions: readonly LocatedMention[]): Steps<Annotation> {
  const replacements: Replacement[] = [];
  /** Each piece's original text node, and where in it the piece starts. */
  const originOf = new Map<Text, { node: Text; offset: number }>();
  const decorated: HTMLElement[] = [];
  const marks: HTMLElement[] = [];
  const firstMarks = new Map<string, HTMLElement>();
  const remember = (mark: HTMLElement, securityId: string) => {
    marks.push(mark);
    if (!firstMarks.has(securityId)) firstMarks.set(securityId, mark);
  };
  const links = new Map(snapshot.links.map((l) => [`${l.start}:${l.end}`, l.element]));
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  sorted.forEach((m, index) => {
    const link = m.kind === 'link' ? links.get(`${m.start}:${m.end}`) : undefined;
    if (!link) return;
    decorate(link, m, index);
    decorated.push(link);
    remember(link, m.securityId);
  });
  const wrapped = sorted.filter((m) => m.kind !== 'link');
  const indexOf = new Map(sorted.map((m, i) => [m, i]));
  let next = 0;
  const segments: Segment<Text>[] = [];
  // Abandoned half-way (the session stopped), the marks made so far are taken back out.
  let finished = false;
  try {
    for (let i = 0; i < snapshot.segments.length; i++) {
      const segment = snapshot.segments[i];
      const { node, start } = segment;
      const end = start + node.data.length;
      // A step per node it cuts, and one every few hundred it only passes.
      if (i % 256 === 255) yield;
      while (next < wrapped.length && wrapped[next].end <= start) next++;
      const cuts: Cut[] = [];
      for (let k = next; k < wrapped.length && wrapped[k].start < end; k++) {
        const m = wrapped[k];
        const from = Math.max(m.start, start);
        const to = Math.min(m.end, end);
        if (from < to)
          cuts.push({
            from: from - start,
            to: to - start,
            mention: m,
            index: indexOf.get(m) ?? 0,
            first: from === m.start,
          });
      }
      if (cuts.length === 0 || !node.parentNode || snapshot.text.slice(start, end) !== node.data) {
        segments.push(segment);
        continue;
      }
      const pieces = splitIntoPieces(node, cuts, (mark, cut) => {
        if (cut.first) remember(mark, cut.mention.securityId);
        else marks.push(mark);
      });
      for (const piece of pieces) ownNodes.add(piece);
      node.replaceWith(...pieces);
      replacements.push({ original: node, pieces });
      let at = start;
      for (const piece of pieces) {
        const text = (piece.nodeType === Node.TEXT_NODE ? piece : piece.firstChild) as Text;
        segments.push({ node: text, start: at });
        originOf.set(text, { node, offset: at - start });
        at += text.data.length;
      }
      yield;
    }
    finished = true;
  } finally {
    if (!finished) {
      for (let i = replacements.length - 1; i >= 0; i--) restore(replacements[i]);
      for (const link of decorated) undecorate(link);
    }
  }

  let removed = false;
  return {
    marks,
    firstMark: (id) => firstMarks.get(id),
    segments,
    unmarked(list) {
      const out: Segment<Text>[] = [];
      for (const segment of list) {
        const origin = originOf.get(segment.node);
        if (!origin) out.push(segment);
        else if (origin.offset === 0) out.push({ node: origin.node, start: segment.start });
      }
      return out;
    },
    remove() {
      if (removed) return;
      removed = true;
      for (let i = replacements.length - 1; i >= 0; i--) restore(replacements[i]);
      for (const link of decorated) undecorate(link);
    },
  };
}

/** A security link is already focusable and clickable: it carries the highlight itself. */
function decorate(link: HTMLElement, m: LocatedMention, index: number): void {
  link.dataset.finlensId = m.securityId;
  link.dataset.finlensKind = m.kind;
  link.dataset.finlensMention = String(index);
}

function undecorate(link: HTMLElement): void {
  for (const name of MARK_ATTRIBUTES) link.removeAttribute(name);
}

function splitIntoPieces(node: Text, cuts: Cut[], onMark: (mark: HTMLElement, cut: Cut) => void): Node[] {
  const doc = node.ownerDocument;
  const data = node.data;
  const pieces: Node[] = [];
  let at = 0;
  for (const cut of cuts) {
    if (cut.from > at) pieces.push(doc.createTextNode(data.slice(at, cut.from)));
    const mark = doc.createElement(MARK_TAG);
    mark.dataset.finlensId = cut.mention.securityId;
    mark.dataset.finlensKind = cut.mention.kind;
    mark.dataset.finlensMention = String(cut.index);
    if (cut.first) mark.tabIndex = 0;
    mark.append(doc.createTextNode(data.slice(cut.from, cut.to)));
    pieces.push(mark);
    onMark(mark, cut);
    at = cut.to;
  }
  if (at < data.length) pieces.push(doc.createTextNode(data.slice(at)));
  return pieces;
}

/**
 * Puts the original node back where its pieces stand. Where the page has since moved or removed
 * the pieces (a framework re-rendered), the page owns that place now and it is left alone.
 */
function restore({ original, pieces }: Replacement): void {
  const parent = pieces[0].parentNode;
  if (!parent || pieces.some((p) => p.parentNode !== parent)) return;
  ownNodes.add(original);
  parent.insertBefore(original, pieces[0]);
  for (const p of pieces) parent.removeChild(p);
}
