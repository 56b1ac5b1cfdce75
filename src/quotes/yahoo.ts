/**
 * Yahoo Finance's chart endpoint: crypto (`BTC-USD`) and other markets' listings (`POT.TO`), and a
 * fallback for the rest. One symbol a call:
 * `https://query1.finance.yahoo.com/v8/finance/chart/BTC-USD?range=1d&interval=5m` answers
 * `{chart: {result: [{meta: {currency, symbol, regularMarketPrice, chartPreviousClose,
 * regularMarketDayHigh, regularMarketDayLow, regularMarketVolume, regularMarketTime (Unix s),
 * exchangeTimezoneName}, timestamp: [...], indicators: {quote: [{close: [...]}]}}], error: null}}`;
 * an unknown symbol answers `{chart: {result: null, error: {code: "Not Found", …}}}` (HTTP 404).
 * The same answer carries the day's prices, so the sparkline needs no second call.
 */
import { yahooSymbol } from '../securities/links.ts';
import { defined, field, jsonBody, positive } from './fields.ts';
import { marketState, wallClock } from './market-hours.ts';
import {
  MARKET_ZONES,
  type Minutes,
  type ParsedQuotes,
  ProviderFormatError,
  type Quote,
  type QuoteProvider,
  type QuoteTarget,
} from './types.ts';

export const YAHOO_CHART_URL = 'https://query1.finance.yahoo.com/v8/finance/chart/';

/** Yahoo's symbol for a security: crypto against the dollar, the rest as the links spell it (`yahooSymbol`). */
export function yahooTicker(target: QuoteTarget): string | undefined {
  if (target.market === 'CRYPTO') return /^[A-Z0-9]{2,10}$/.test(target.symbol) ? `${target.symbol}-USD` : undefined;
  return yahooSymbol(target);
}

/** `zone` when it is an IANA zone this runtime knows, else `fallback` (a provider's field is untrusted). */
export function validZone(zone: unknown, fallback: string): string {
  if (typeof zone !== 'string') return fallback;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return fallback;
  }
}

function chartOf(body: Uint8Array): unknown {
  const json = jsonBody(body);
  const chart = field(json, 'chart');
  if (chart === undefined) throw new ProviderFormatError('yahoo', 'not a chart answer');
  const result = field(chart, 'result');
  return Array.isArray(result) ? result[0] : undefined;
}

function quoteOf(result: unknown, target: QuoteTarget, now: number): Quote | undefined {
  const meta = field(result, 'meta');
  const price = positive(field(meta, 'regularMarketPrice'));
  if (price === undefined) return undefined;
  const previousClose = positive(field(meta, 'chartPreviousClose')) ?? positive(field(meta, 'previousClose'));
  const seconds = positive(field(meta, 'regularMarketTime'));
  const time = seconds === undefined ? undefined : seconds * 1000;
  const change = previousClose === undefined ? undefined : price - previousClose;
  const currency = field(meta, 'currency');
  return defined<Quote>({
    id: target.id,
    provider: 'yahoo',
    price,
    change: change === undefined ? undefined : Math.round(change * 1e6) / 1e6,
    changePercent:
      change === undefined || previousClose === undefined
        ? undefined
        : Math.round((change / previousClose) * 1e6) / 1e4,
    previousClose,
    high: positive(field(meta, 'regularMarketDayHigh')),
    low: positive(field(meta, 'regularMarketDayLow')),
    volume: positive(field(meta, 'regularMarketVolume')),
    currency: typeof currency === 'string' && /^[A-Z]{3}$/.test(currency) ? currency : undefined,
    time,
    timeZone: validZone(field(meta, 'exchangeTimezoneName'), MARKET_ZONES[target.market]),
    state: marketState(target.market, now, time),
    // Yahoo's US and crypto prices are live; most other exchanges run 15–20 minutes behind.
    delayed: target.market !== 'US' && target.market !== 'CRYPTO',
  });
}

export const yahoo: QuoteProvider = {
  name: 'yahoo',

  covers: (target) => yahooTicker(target) !== undefined,

  requests: (targets) =>
    targets.flatMap((t) => {
      const symbol = yahooTicker(t);
      return symbol
        ? [{ url: `${YAHOO_CHART_URL}${encodeURIComponent(symbol)}?range=1d&interval=5m`, targets: [t] }]
        : [];
    }),

  parse(body, request, now) {
    const target = request.targets[0];
    const result: ParsedQuotes = { quotes: new Map(), unknown: new Set() };
    const chart = chartOf(body);
    const quote = chart === undefined || !target ? undefined : quoteOf(chart, target, now);
    if (quote) result.quotes.set(target.id, quote);
    else if (target) result.unknown.add(target.id);
    return result;
  },

  minutesRequest(target) {
    const symbol = yahooTicker(target);
    return symbol ? `${YAHOO_CHART_URL}${encodeURIComponent(symbol)}?range=1d&interval=5m` : undefined;
  },

  parseMinutes(body, target) {
    const chart = chartOf(body);
    const stamps = field(chart, 'timestamp');
    const quote = field(field(chart, 'indicators'), 'quote');
    const closes = Array.isArray(quote) ? field(quote[0], 'close') : undefined;
    if (!Array.isArray(stamps) || !Array.isArray(closes)) throw new ProviderFormatError('yahoo', 'no chart data');
    const zone = validZone(field(field(chart, 'meta'), 'exchangeTimezoneName'), MARKET_ZONES[target.market]);
    const points: Minutes['points'] = [];
    for (let i = 0; i < stamps.length; i++) {
      const at = positive(stamps[i]);
      const price = positive(closes[i]);
      if (at !== undefined && price !== undefined) points.push({ minute: wallClock(at * 1000, zone).minute, price });
    }
    const previousClose = positive(field(field(chart, 'meta'), 'chartPreviousClose'));
    return defined<Minutes>({ id: target.id, points, previousClose });
  },
};
