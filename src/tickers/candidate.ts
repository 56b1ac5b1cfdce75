import type { ResolvedCode } from '../securities/resolve.ts';
import type { MentionKind } from '../types.ts';

/** A mention a finder proposes, already resolved to one listing. */
export interface Candidate {
  start: number;
  end: number;
  kind: MentionKind;
  security: ResolvedCode;
  /** A name the text itself gives the security (Xueqiu's `$百度(BIDU)$`), used when the data has none. */
  nameInText?: string;
  /** The text named the listing by a name it had before (小康股份 for 赛力斯). */
  formerName?: string;
}

/** A half-open range of the text. */
export interface Range {
  start: number;
  end: number;
}
