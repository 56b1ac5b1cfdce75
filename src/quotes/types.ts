/**
 * Live market data as FinLens shows it: one `Quote` per security, whichever provider answered.
 * Every field but the price is optional: a provider that does not give a field, or gives one that
 * does not validate, leaves it out (it is never shown as NaN).
 */
import type { Market, Security } from '../types.ts';

/** The providers FinLens can ask, by the name the UI shows. */
export type ProviderName = 'tencent' | 'eastmoney' | 'yahoo';

/** Where a market is in its day, in its own time zone. */
export type MarketState = 'pre' | 'open' | 'lunch' | 'after' | 'closed';

export interface Quote {
  /** The canonical id it was asked for (`SH:600519`). */
  id: string;
  provider: ProviderName;
  /** The last price (for a halted security, the price it stopped at). */
  price: number;
  change?: number;
  /** Change in percent (1.5 means +1.5 %). */
  changePercent?: number;
  previousClose?: number;
  open?: number;
  high?: number;
  low?: number;
  /** Shares (or units) traded today. */
  volume?: number;
  /** Value traded today, in `currency`. */
  turnover?: number;
  /** Total market value, in `currency`. */
  marketCap?: number;
  /** Price/earnings (trailing), where the provider gives a positive one. */
  pe?: number;
  currency?: string;
  /** When the price was made, epoch ms. */
  time?: number;
  /** The market's IANA time zone, in which the card shows `time`. */
  timeZone: string;
  state: MarketState;
  /** The provider's quotes for this market run behind the market (e.g. 15 min). */
  delayed: boolean;
  /** Suspended from trading today. */
  halted?: boolean;
  /** An off-exchange fund's estimate of today's value (not a traded price). */
  estimate?: boolean;
}

/** Intraday prices for the card's sparkline. */
export interface Minutes {
  id: string;
  /** Minutes since the market's midnight, and the price then. */
  points: { minute: number; price: number }[];
  previousClose?: number;
}

/** What a provider needs to know of a security to ask for it. */
export type QuoteTarget = Pick<Security, 'id' | 'market' | 'symbol' | 'type' | 'exchange'>;

/** One HTTP GET a provider answers. */
export interface ProviderRequest {
  url: string;
  /** The securities this request asks for. */
  targets: QuoteTarget[];
}

/** What a provider's answer said, id by id. */
export interface ParsedQuotes {
  quotes: Map<string, Quote>;
  /** Ids the provider says it does not know. */
  unknown: Set<string>;
}

/** A provider's answer was not in its format (garbage, an empty body, a truncated one). */
export class ProviderFormatError extends Error {
  constructor(
    readonly provider: ProviderName,
    message: string,
  ) {
    super(`${provider}: ${message}`);
    this.name = 'ProviderFormatError';
  }
}

/** A provider adapter: platform-free, it builds requests and parses answers; the shell fetches. */
export interface QuoteProvider {
  readonly name: ProviderName;
  /** Whether this provider has quotes for the security at all. */
  covers(target: QuoteTarget): boolean;
  /** The requests that ask for these targets (batched where the provider can). */
  requests(targets: QuoteTarget[]): ProviderRequest[];
  /** Reads one answer's bytes; ids it neither quotes nor calls unknown were not answered. */
  parse(body: Uint8Array, request: ProviderRequest, now: number): ParsedQuotes;
  /** The request for a security's intraday minutes, where the provider has them. */
  minutesRequest?(target: QuoteTarget): string | undefined;
  parseMinutes?(body: Uint8Array, target: QuoteTarget): Minutes;
}

/** Whether a target is an A-share (Shanghai, Shenzhen, Beijing): quoted in lots of 100 and turnover in 10,000 CNY. */
export const isAShare = (target: Pick<QuoteTarget, 'market'>): boolean =>
  target.market === 'SH' || target.market === 'SZ' || target.market === 'BJ';

/** The time zone each market keeps. */
export const MARKET_ZONES: Record<Market, string> = {
  US: 'America/New_York',
  SH: 'Asia/Shanghai',
  SZ: 'Asia/Shanghai',
  BJ: 'Asia/Shanghai',
  CN: 'Asia/Shanghai',
  HK: 'Asia/Hong_Kong',
  TW: 'Asia/Taipei',
  TWO: 'Asia/Taipei',
  INTL: 'UTC',
  CRYPTO: 'UTC',
};

/** The currency a market quotes in. */
export const MARKET_CURRENCIES: Partial<Record<Market, string>> = {
  US: 'USD',
  SH: 'CNY',
  SZ: 'CNY',
  BJ: 'CNY',
  CN: 'CNY',
  HK: 'HKD',
  TW: 'TWD',
  TWO: 'TWD',
};
