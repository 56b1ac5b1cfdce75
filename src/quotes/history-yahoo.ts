/**
 * Yahoo Finance's daily bars: Taiwan, crypto and the international indices, and a fallback for the rest.
 * `https://query1.finance.yahoo.com/v8/finance/chart/2330.TW?period1=<epoch s>&period2=<epoch s>&interval=1d&events=div,splits`
 * answers `{chart: {result: [{meta: {exchangeTimezoneName, …}, timestamp: [...], indicators:
 * {quote: [{open: [...], close: [...], high: [...], low: [...], volume: [...]}], adjclose: [{adjclose: [...]}]}}], error: null}}`
 * (a missing value is null); an unknown symbol answers `{chart: {result: null, error: {code: "Not Found"}}}`
 * (read as "unknown"). Each timestamp is the session's start; it is dated in the exchange's zone
 * (crypto's is UTC, each day from midnight). Yahoo's `close` is adjusted for splits only; `adjclose`
 * for splits and dividends, so a qfq bar is the close → adjclose ratio applied to the whole bar.
 * A `raw` bar is Yahoo's split-adjusted one (there is no truly as-traded series here).
 * Symbols as the quote adapter has them, and the international indices FinLens lists as `^` + code.
 */
import { field, jsonBody, positive } from './fields.ts';
import { barOf, isDate, mergeBars } from './history-bars.ts';
import type { DailyBar, HistoryProvider } from './history-types.ts';
import { dateIn } from './sessions.ts';
import { MARKET_ZONES, ProviderFormatError } from './types.ts';
import { validZone, YAHOO_CHART_URL, yahooTicker } from './yahoo.ts';

/** Yahoo's symbol for a security's daily bars: the quote's (`^TWII` for TAIEX). */
export const yahooHistorySymbol = yahooTicker;

const seconds = (date: string) => Date.parse(`${date}T00:00:00Z`) / 1000;

const series = (quote: unknown, key: string): unknown[] => {
  const list = field(quote, key);
  return Array.isArray(list) ? list : [];
};

export const yahooHistory: HistoryProvider = {
  name: 'yahoo',

  covers: (target) => yahooHistorySymbol(target) !== undefined,

  requests(target, fromDate, toDate) {
    const symbol = yahooHistorySymbol(target);
    if (!symbol || !isDate(fromDate) || !isDate(toDate) || fromDate > toDate) return [];
    // From the first date's UTC midnight to the day after the last: every exchange's session of
    // those dates starts inside (Asia's after its midnight UTC, America's the same afternoon).
    const from = seconds(fromDate);
    const to = seconds(toDate) + 86_400;
    return [
      `${YAHOO_CHART_URL}${encodeURIComponent(symbol)}?period1=${from}&period2=${to}&interval=1d&events=div,splits`,
    ];
  },

  parse(body, target, adjust) {
    const chart = field(jsonBody(body), 'chart');
    if (typeof chart !== 'object' || chart === null) throw new ProviderFormatError('yahoo', 'not a chart answer');
    const results = field(chart, 'result');
    if (!Array.isArray(results) || results.length === 0) {
      if (field(field(chart, 'error'), 'code') === 'Not Found') return null;
      throw new ProviderFormatError('yahoo', 'no chart result');
    }
    const result = results[0];
    const stamps = field(result, 'timestamp');
    // A range with no sessions answers no timestamps at all.
    if (stamps === undefined) return [];
    const quotes = field(field(result, 'indicators'), 'quote');
    const quote = Array.isArray(quotes) ? quotes[0] : undefined;
    if (!Array.isArray(stamps) || quote === undefined) throw new ProviderFormatError('yahoo', 'no daily bars');
    const adjusted = field(field(result, 'indicators'), 'adjclose');
    const adjclose = Array.isArray(adjusted) ? series(adjusted[0], 'adjclose') : [];
    const zone = validZone(field(field(result, 'meta'), 'exchangeTimezoneName'), MARKET_ZONES[target.market]);
    const [open, close, high, low, volume] = ['open', 'close', 'high', 'low', 'volume'].map((k) => series(quote, k));
    const bars: DailyBar[] = [];
    for (let i = 0; i < stamps.length; i++) {
      const at = positive(stamps[i]);
      if (at === undefined) continue;
      const date = dateIn(at * 1000, zone);
      const bar = barOf(date, open[i], close[i], high[i], low[i], volume[i]);
      if (!bar) continue;
      if (adjust === 'qfq') {
        const adj = positive(adjclose[i]);
        if (adj === undefined) continue;
        const k = adj / bar.close;
        const round = (n: number) => Math.round(n * k * 1e6) / 1e6;
        bars.push({
          ...bar,
          open: round(bar.open),
          close: round(bar.close),
          high: round(bar.high),
          low: round(bar.low),
        });
      } else bars.push(bar);
    }
    return mergeBars(bars);
  },
};
