/**
 * Every highlight FinLens has put into a page: the marks of the page's reading and those of the
 * text it added since, each an `Annotation` that can take itself back out exactly.
 */
import type { Segment } from '../../src/article/snapshot.ts';
import type { Annotation } from './annotator.ts';

export class Marks {
  /** Oldest first: a later annotation may have cut pieces of an earlier one (a node the page moved). */
  private list: Annotation[] = [];
  private prunedAt = 16;

  get empty(): boolean {
    return this.list.length === 0;
  }

  add(annotation: Annotation): void {
    this.list.push(annotation);
    // A feed that removes old items as it adds new ones leaves annotations with nothing in the
    // page: drop them, checking only when the list has doubled, so the cost stays linear.
    if (this.list.length >= 2 * this.prunedAt) {
      this.list = this.list.filter((a) => a.marks.length === 0 || a.marks.some((m) => m.isConnected));
      this.prunedAt = Math.max(16, this.list.length);
    }
  }

  /** The first mark of a security, in the page's reading first, then in what the page added. */
  firstMark(securityId: string): HTMLElement | undefined {
    for (const a of this.list) {
      const mark = a.firstMark(securityId);
      if (mark?.isConnected) return mark;
    }
    return undefined;
  }

  /** `segments` (taken with the marks in) over the page's own text nodes, as they are once the marks are out. */
  unmarked(segments: readonly Segment<Text>[]): Segment<Text>[] {
    let out = segments as Segment<Text>[];
    for (let i = this.list.length - 1; i >= 0; i--) out = this.list[i].unmarked(out);
    return out;
  }

  /** Takes every highlight out, newest first, restoring the page's own text nodes. */
  removeAll(): void {
    for (let i = this.list.length - 1; i >= 0; i--) this.list[i].remove();
    this.list = [];
    this.prunedAt = 16;
  }
}
