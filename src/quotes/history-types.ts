/**
 * The daily record of a security: one bar per regular session, dated in its exchange's own zone.
 * Closed bars never change (but for a forward-adjusted series, when a later split or dividend
 * rescales the past), so the background caches them.
 */
import type { Market } from '../types.ts';
import type { ProviderName, QuoteTarget } from './types.ts';

/** One regular session. `date` is `YYYY-MM-DD` in the exchange's zone. */
export interface DailyBar {
  date: string;
  open: number;
  close: number;
  high: number;
  low: number;
  volume?: number;
}

/** A run of sessions of one security, ascending by date, one bar a date. */
export interface DailyBars {
  /** The canonical id (`US:BIDU`, `US:.IXIC`). */
  id: string;
  /** `qfq`: forward-adjusted for splits and dividends (for spans); `raw`: as traded (for one session's move). */
  adjust: 'qfq' | 'raw';
  bars: DailyBar[];
}

/** When an article was published, as far as the page tells. */
export interface Published {
  /** The instant, ISO 8601 in UTC (`2023-02-04T05:21:28.000Z`), when the page gives a time of day and its zone is known. */
  instant?: string;
  /** The calendar date of publication, `YYYY-MM-DD`, in `zone` when known (else as printed). */
  date: string;
  /** The IANA zone the printed time was read in (`Asia/Shanghai`), when known. */
  zone?: string;
  /** Where it came from. */
  source: 'meta' | 'json-ld' | 'time' | 'text';
}

export type { Market };

/** Forward-adjusted (`qfq`) or as traded (`raw`). */
export type Adjust = DailyBars['adjust'];

/**
 * A daily-history adapter: platform-free, like the quote adapters; the shell fetches. Ranges are
 * calendar dates (`YYYY-MM-DD`) in the exchange's zone, both ends included.
 */
export interface HistoryProvider {
  readonly name: ProviderName;
  /** Whether this provider has daily bars for the security, in this adjustment. */
  covers(target: QuoteTarget, adjust?: Adjust): boolean;
  /** The URLs that together ask for the range (more than one where the provider caps an answer); none when not covered. */
  requests(target: QuoteTarget, fromDate: string, toDate: string, adjust: Adjust): string[];
  /**
   * Reads one answer into bars, ascending by date (a bar with a bad field is dropped, never NaN);
   * `null` when the provider says it does not know the code. Throws `ProviderFormatError` on a body
   * that is not in the provider's format.
   */
  parse(body: Uint8Array, target: QuoteTarget, adjust: Adjust): DailyBar[] | null;
}
