import type { FinanceSignals } from './article/finance.ts';
import type { Claim } from './claims/find-claims.ts';
import type { KeyPoints } from './keypoints/key-points.ts';

export type { FinanceSignals } from './article/finance.ts';
export type { Claim, ClaimType } from './claims/find-claims.ts';
export type { KeyPoint, KeyPoints } from './keypoints/key-points.ts';
export type { Figure } from './text/figures.ts';
/** The one result shape every consumer (content script, popup, CLI, eval) reads. */

/** How a mention was written in the text. */
export type MentionKind = 'cashtag' | 'xueqiu' | 'code' | 'exchange-prefix' | 'name' | 'link';

/**
 * Where a security trades: US, Shanghai, Shenzhen, Beijing, Hong Kong, Taiwan (TWSE `TW`, TPEx
 * `TWO`), China's off-exchange funds
 * (`CN`), another market (`INTL`: foreign indices, `$POT.TO`-style listings) or crypto.
 */
export type Market = 'US' | 'SH' | 'SZ' | 'BJ' | 'HK' | 'TW' | 'TWO' | 'CN' | 'INTL' | 'CRYPTO';

/** What kind of instrument a security is; `unknown` until reference data says more. */
export type SecurityType = 'stock' | 'etf' | 'index' | 'fund' | 'crypto' | 'unknown';

/** One place in the analysed text that names a security. Offsets are UTF-16 code units. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
}

/** A security named by the text, with every mention of it. */
export interface Security {
  /** Canonical id, `MARKET:SYMBOL`, e.g. `US:BIDU`, `SH:600519`, `HK:00700`, `US:.IXIC`. */
  id: string;
  symbol: string;
  market: Market;
  /** The exchange it is listed on (NASDAQ, NYSE, SSE, SZSE, BSE, HKEX, …), where known. */
  exchange?: string;
  type: SecurityType;
  name: { zh?: string; en?: string };
  /** The name it had before that the text used (小康股份 for 赛力斯), when some mention is by one: the first such. */
  formerName?: string;
  /** A company since delisted (an A-share), with the date where known: it has no quote. */
  delisted?: { date?: string };
  mentions: Mention[];
}

/**
 * A company the text names by its registered form (`深圳市欣智旺电子有限公司`, `鞍钢集团`) that is none
 * of the securities it names: FinLens knows no listing for it, so it has no quote.
 */
export interface Company {
  /** The name as the text first writes it in full. */
  name: string;
  /** Every mention: the full name, and the short name the text defines for it (`（以下简称“米哈游”）`). */
  mentions: Mention[];
}

/** What `analyze()` returns. */
export interface Analysis {
  /** The text analysed, and whether it is about finance (securities, money and percentages, finance words). */
  article: {
    text: string;
    finance: FinanceSignals;
    /** Where claims and key points stopped reading, when a `limit` cut the text short. */
    readUpTo?: number;
  };
  securities: Security[];
  /** An article's companies named by their registered form that are not among its securities (none on other pages). */
  companies: Company[];
  /** The text's checkable sentences, typed and scored, in text order. */
  claims: Claim[];
  /** Headline, one-line gist and extractive key points (with offsets), in text order: English 3–7 sentences, Chinese 1–5 clauses. */
  keyPoints: KeyPoints;
}

/** A mention together with the id of the security it names, as the annotator consumes it. */
export interface LocatedMention extends Mention {
  securityId: string;
}
