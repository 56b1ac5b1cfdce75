/**
 * Daily bars in each history provider's format, and deterministic sample series to serve, written
 * by the project (modelled on the services' published formats, never copied from them). Unit
 * tests parse them; the e2e quote server serves them.
 */
import type { DailyBar } from '../../src/quotes/history-types.ts';
import { sessionOpen } from '../../src/quotes/sessions.ts';
import type { Market } from '../../src/types.ts';

/** A security's sample history: as traded, and forward-adjusted. */
export interface SampleSeries {
  market: Market;
  raw: DailyBar[];
  qfq: DailyBar[];
}

/** Market holidays of 2023-01..03 that fall on weekdays (the sample bars lack them). */
export const SAMPLE_HOLIDAYS: Partial<Record<Market, string[]>> = {
  // New Year (observed), Martin Luther King Jr. Day, Washington's Birthday.
  US: ['2023-01-02', '2023-01-16', '2023-02-20'],
  // New Year (observed) and the Spring Festival week.
  SH: ['2023-01-02', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26', '2023-01-27'],
  // New Year (observed) and the first three days of the Lunar New Year.
  HK: ['2023-01-02', '2023-01-23', '2023-01-24', '2023-01-25'],
};

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A made-up but stable series: every weekday from `from` to `to` but the market's holidays (crypto:
 * every day), prices wandering around `base` (4% either way, a wave of `period` sessions over 2π)
 * and rising by `drift` of it a session. Before `exDate` the qfq bars are the raw ones times
 * `factor` (a dividend or split forward-adjusted away).
 */
export function sampleSeries(
  market: Market,
  base: number,
  {
    from = '2023-01-02',
    to = '2023-03-31',
    exDate,
    factor = 1,
    drift = 0.002,
    period = 5,
  }: { from?: string; to?: string; exDate?: string; factor?: number; drift?: number; period?: number } = {},
): SampleSeries {
  const holidays = new Set(SAMPLE_HOLIDAYS[market === 'SZ' || market === 'BJ' ? 'SH' : market] ?? []);
  const raw: DailyBar[] = [];
  const qfq: DailyBar[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`), i = 0; t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    const weekday = new Date(t).getUTCDay();
    if (market !== 'CRYPTO' && (weekday === 0 || weekday === 6 || holidays.has(date))) continue;
    const close = round(base * (1 + 0.04 * Math.sin(i / period) + drift * i));
    const open = round(close * (1 - 0.004 * Math.cos(i)));
    const bar = {
      date,
      open,
      close,
      high: round(Math.max(open, close) * 1.01),
      low: round(Math.min(open, close) * 0.99),
      volume: 1_000_000 + 1_000 * i,
    };
    raw.push(bar);
    const k = exDate && date < exDate ? factor : 1;
    qfq.push({
      ...bar,
      open: round(open * k),
      close: round(close * k),
      high: round(bar.high * k),
      low: round(bar.low * k),
    });
    i++;
  }
  return { market, raw, qfq };
}

/**
 * A series whose session of `date` closed `pct` percent from the one before (as traded and adjusted
 * alike), so a claim such as "closed up 5% last night" can be checked against it.
 */
export function movedOn(series: SampleSeries, date: string, pct: number): SampleSeries {
  const i = series.raw.findIndex((b) => b.date === date);
  if (i < 1) throw new Error(`no session before ${date} in the sample series`);
  const close = round(series.raw[i - 1].close * (1 + pct / 100));
  const moved = (b: DailyBar, k: number): DailyBar =>
    k === i ? { ...b, close, high: Math.max(b.high, close), low: Math.min(b.low, close) } : b;
  return { ...series, raw: series.raw.map(moved), qfq: series.qfq.map(moved) };
}

/** The series the quote server starts with, by canonical id. */
export function defaultHistory(): Map<string, SampleSeries> {
  return new Map([
    ['US:BIDU', sampleSeries('US', 120, { exDate: '2023-02-15', factor: 0.5 })],
    ['US:.IXIC', sampleSeries('US', 11_000)],
    ['US:.INX', sampleSeries('US', 4_000)],
    ['SH:600519', sampleSeries('SH', 1_800, { exDate: '2023-03-01', factor: 0.98 })],
    ['SH:000300', sampleSeries('SH', 4_100)],
    ['HK:00700', sampleSeries('HK', 380)],
    ['HK:HSI', sampleSeries('HK', 21_000)],
    ['CRYPTO:BTC', sampleSeries('CRYPTO', 23_000)],
  ]);
}

/** Tencent's fqkline answer (`[date, open, close, high, low, volume]` under `qfqday` or `day`), optionally as `_var=` JavaScript. */
export function tencentKline(code: string, bars: DailyBar[] | null, key: 'qfqday' | 'day', variable?: string): string {
  const rows = (bars ?? []).map((b) => [
    b.date,
    b.open.toFixed(3),
    b.close.toFixed(3),
    b.high.toFixed(3),
    b.low.toFixed(3),
    (b.volume ?? 0).toFixed(3),
  ]);
  const entry = bars ? { [key]: rows, qt: {}, mx_price: { mx: [], price: [] }, prec: '0', version: '4' } : undefined;
  const json = JSON.stringify({ code: 0, msg: '', data: entry ? { [code]: entry } : {} });
  return variable ? `${variable}=${json}` : json;
}

/** Eastmoney's kline answer (`data: null` for an unknown code). */
export function eastmoneyKline(market: number, code: string, bars: DailyBar[] | null): string {
  const klines = (bars ?? []).map((b) => {
    const turnover = Math.round(b.close * (b.volume ?? 0));
    const amplitude = (((b.high - b.low) / b.low) * 100).toFixed(2);
    return `${b.date},${b.open.toFixed(2)},${b.close.toFixed(2)},${b.high.toFixed(2)},${b.low.toFixed(2)},${b.volume ?? 0},${turnover}.00,${amplitude}`;
  });
  const data = bars
    ? { code, market, name: code, decimal: 2, dktotal: klines.length, preKPrice: bars[0]?.open ?? 0, klines }
    : null;
  return JSON.stringify({ rc: 0, rt: 17, svr: 1, lt: 1, full: 0, dlmkts: '', data });
}

/**
 * Yahoo's daily chart: each bar stamped at its session's open in `zone` (crypto: UTC midnight),
 * `close` as traded, `adjclose` the forward-adjusted close.
 */
export function yahooDaily(symbol: string, series: SampleSeries | null, zone: string): string {
  if (!series)
    return JSON.stringify({
      chart: { result: null, error: { code: 'Not Found', description: 'No data found, symbol may be delisted' } },
    });
  const stamp = (date: string) =>
    Math.floor((sessionOpen(series.market, date) ?? Date.parse(`${date}T00:00:00Z`)) / 1000);
  const { raw, qfq } = series;
  return JSON.stringify({
    chart: {
      result: [
        {
          meta: { currency: 'USD', symbol, exchangeTimezoneName: zone, dataGranularity: '1d' },
          ...(raw.length ? { timestamp: raw.map((b) => stamp(b.date)) } : {}),
          indicators: {
            quote: [
              {
                open: raw.map((b) => b.open),
                close: raw.map((b) => b.close),
                high: raw.map((b) => b.high),
                low: raw.map((b) => b.low),
                volume: raw.map((b) => b.volume ?? null),
              },
            ],
            adjclose: [{ adjclose: qfq.map((b) => b.close) }],
          },
        },
      ],
      error: null,
    },
  });
}
