/** Wraps mentions in `<finlens-mark>` elements, and takes every one of them back out. */
import type { LocatedMention } from '../../src/types.ts';
import type { Snapshot } from './snapshot.ts';

/** The tag of a highlight: prefixed, so page CSS rarely targets it. */
export const MARK_TAG = 'finlens-mark';

/** The highlights in a page, and how to remove them. */
export interface Annotation {
  /** Every mark, in text order; a mention that spans several text nodes has several marks. */
  readonly marks: readonly HTMLElement[];
  /** The first mark of each security's first mention. */
  firstMark(securityId: string): HTMLElement | undefined;
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

/** Wraps each mention (offsets into `snapshot.text`) in marks. Mentions must not overlap. */
export function wrapMentions(snapshot: Snapshot, mentions: readonly LocatedMention[]): Annotation {
  const replacements: Replacement[] = [];
  const marks: HTMLElement[] = [];
  const firstMarks = new Map<string, HTMLElement>();
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let next = 0;
  for (const { node, start } of snapshot.segments) {
    const end = start + node.data.length;
    while (next < sorted.length && sorted[next].end <= start) next++;
    const cuts: Cut[] = [];
    for (let k = next; k < sorted.length && sorted[k].start < end; k++) {
      const m = sorted[k];
      const from = Math.max(m.start, start);
      const to = Math.min(m.end, end);
      if (from < to) cuts.push({ from: from - start, to: to - start, mention: m, index: k, first: from === m.start });
    }
    if (cuts.length === 0 || !node.parentNode) continue;
    const pieces = splitIntoPieces(node, cuts, (mark, cut) => {
      marks.push(mark);
      if (cut.first && !firstMarks.has(cut.mention.securityId)) firstMarks.set(cut.mention.securityId, mark);
    });
    node.replaceWith(...pieces);
    replacements.push({ original: node, pieces });
  }

  let removed = false;
  return {
    marks,
    firstMark: (id) => firstMarks.get(id),
    remove() {
      if (removed) return;
      removed = true;
      for (let i = replacements.length - 1; i >= 0; i--) restore(replacements[i]);
    },
  };
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
  parent.insertBefore(original, pieces[0]);
  for (const p of pieces) parent.removeChild(p);
}
