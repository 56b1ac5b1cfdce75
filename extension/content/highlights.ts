/**
 * What FinLens puts into a page for one reading: the security marks (in slices), the card that
 * opens on them, and the painted claims; and taking all of it back out. The session decides when;
 * this decides how.
 */
import { locatedMentions } from '../../src/securities/located.ts';
import type { Claim } from '../../src/types.ts';
import type { RemoteAnalysis } from '../messages.ts';
import { mentionsToMark } from '../quiet.ts';
import type { Settings } from '../settings.ts';
import { type PageSnapshot, wrapSteps } from './annotator.ts';
import { attachCard, type CardControl, type CardSource } from './card-control.ts';
import { ClaimLayer } from './claim-layer.ts';
import { Marks } from './marks.ts';
import { runSliced } from './schedule.ts';

export class PageHighlights {
  readonly marks = new Marks();
  private card: CardControl | null = null;
  private readonly claims: ClaimLayer;
  /** Aborted when the page is read afresh: a pending focus mark belongs to the old reading. */
  focus = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly cardSource: CardSource,
    private readonly signal: AbortSignal,
  ) {
    this.claims = new ClaimLayer(doc);
  }

  /** Whether claims are painted in the page now. */
  get claimsPainted(): boolean {
    return this.claims.painted;
  }

  /** Marks the securities of an analysed snapshot (names left out when `quiet`); returns where its text lives now. */
  async mark(snapshot: PageSnapshot, analysis: RemoteAnalysis, quiet: boolean): Promise<PageSnapshot['segments']> {
    const mentions = mentionsToMark(locatedMentions(analysis), quiet);
    const annotation = await runSliced(wrapSteps(snapshot, mentions), { signal: this.signal });
    this.marks.add(annotation);
    this.card ??= attachCard(this.doc, this.cardSource);
    return annotation.segments as PageSnapshot['segments'];
  }

  /** Paints `claims` over the text at `segments`: in finance articles only (`claim-layer.ts`). */
  paint(
    segments: PageSnapshot['segments'],
    claims: readonly Claim[],
    settings: Settings | null,
    isFinance: boolean,
  ): Promise<void> {
    return this.claims.paint(segments, claims, settings, isFinance, this.signal);
  }

  /** Takes the claims' paint out. */
  unpaint(): void {
    this.claims.clear();
  }

  /** Takes every mark out (the card with them), putting the page's own text nodes back. */
  unmarkAll(): void {
    this.card?.destroy();
    this.card = null;
    this.marks.removeAll();
  }

  /** Takes everything out; a pending focus mark goes with it. */
  clear(): void {
    this.focus.abort();
    this.focus = new AbortController();
    this.claims.clear();
    this.unmarkAll();
  }
}
