/**
 * The demo's sample market, in one place: daily bars and a price now for every security the demo
 * articles name (and their benchmarks), served by the e2e stand-in for the quote providers. All of
 * it is made up (`sampleSeries`), and the card and the popup say so (the `sampleData` setting).
 * The holdup post's claims are given a record to meet: Baidu's session of 3 Feb 2023 closed up 5%
 * (its "昨夜收涨5%" matches), Alibaba's down 2% (its "昨夜收跌8%" differs).
 */
import { movedOn, type SampleSeries, sampleSeries } from '../e2e/harness/history-samples.ts';
import type { QuoteServer } from '../e2e/harness/quote-server.ts';
import { eastmoneySecid } from '../src/quotes/eastmoney.ts';
import { tencentCode } from '../src/quotes/tencent.ts';
import type { QuoteTarget } from '../src/quotes/types.ts';
import { yahooTicker } from '../src/quotes/yahoo.ts';
import type { Market } from '../src/types.ts';

/** One security's sample: its level in December 2022, how much of it it gains a session, and the length of its wave (sessions over 2π). */
interface Sample {
  base: number;
  drift: number;
  period: number;
}

/** The securities of the demo articles and the indices they are measured against, by canonical id. */
export const DEMO_SAMPLES: Readonly<Record<string, Sample>> = {
  'US:BIDU': { base: 120, drift: 0.0002, period: 40 },
  'US:BABA': { base: 90, drift: -0.0001, period: 55 },
  'US:PDD': { base: 80, drift: 0.0009, period: 35 },
  'US:KWEB': { base: 30, drift: 0.0001, period: 60 },
  'US:BRK.B': { base: 310, drift: 0.0005, period: 80 },
  'US:NVDA': { base: 200, drift: 0.002, period: 30 },
  'US:MSFT': { base: 250, drift: 0.0007, period: 50 },
  'US:AMZN': { base: 100, drift: 0.0009, period: 45 },
  'US:GOOGL': { base: 95, drift: 0.0007, period: 65 },
  'US:.IXIC': { base: 11_000, drift: 0.0006, period: 70 },
  'US:.INX': { base: 4_000, drift: 0.0005, period: 75 },
  'SH:600519': { base: 1_800, drift: -0.0001, period: 45 },
  'SZ:002594': { base: 260, drift: 0.0001, period: 38 },
  'SZ:300750': { base: 420, drift: -0.0002, period: 42 },
  'SH:000300': { base: 4_100, drift: 0, period: 60 },
  'HK:00700': { base: 380, drift: 0.0002, period: 50 },
  'HK:HSI': { base: 21_000, drift: -0.0001, period: 65 },
};

/** Sessions whose close is set apart from the wander, so the holdup post's claims have a record to meet. */
export const DEMO_MOVES: readonly { id: string; date: string; pct: number }[] = [
  { id: 'US:BIDU', date: '2023-02-03', pct: 5 },
  { id: 'US:BABA', date: '2023-02-03', pct: -2 },
];

/** Where the sample bars begin: before the earliest demo article (February 2023) by more than a year-to-date claim reads back. */
const FIRST_DAY = '2022-12-01';
/** The price now against the last sample close: a quiet day's move. */
const NOW_VS_LAST_CLOSE = 1.006;

/** The day before `now` (UTC), the last day of the sample bars: today's session may not have closed. */
export function lastSampleDay(now = Date.now()): string {
  return new Date(now - 86_400_000).toISOString().slice(0, 10);
}

/** The sample bars of one id, from January 2023 to `to`, with its set moves. */
export function demoSeries(id: string, sample: Sample, to: string): SampleSeries {
  const market = id.slice(0, id.indexOf(':')) as Market;
  let series = sampleSeries(market, sample.base, { from: FIRST_DAY, to, drift: sample.drift, period: sample.period });
  for (const move of DEMO_MOVES) if (move.id === id) series = movedOn(series, move.date, move.pct);
  return series;
}

/** A quote target for a canonical id, as the providers' code functions take it. */
function targetOf(id: string, exchange?: string): QuoteTarget {
  const colon = id.indexOf(':');
  const symbol = id.slice(colon + 1);
  return {
    id,
    market: id.slice(0, colon) as Market,
    symbol,
    // US indices are written with a dot (`.IXIC`), Hong Kong's in letters (`HSI`): what the code functions tell apart.
    type: symbol.startsWith('.') || (id.startsWith('HK:') && /^[A-Z]/.test(symbol)) ? 'index' : 'stock',
    ...(exchange ? { exchange } : {}),
  } as QuoteTarget;
}

/**
 * Every code a provider may be asked for an id (Tencent's, Eastmoney's secid under each US
 * exchange it might be listed on, Yahoo's symbol), so whichever provider answers, the price agrees.
 */
export function providerCodes(id: string): string[] {
  const codes = [tencentCode(targetOf(id)), yahooTicker(targetOf(id))];
  for (const exchange of id.startsWith('US:') ? ['NASDAQ', 'NYSE', 'NYSE Arca'] : [undefined])
    codes.push(eastmoneySecid(targetOf(id, exchange)));
  return [...new Set(codes.filter((c): c is string => c !== undefined))];
}

/** The price now the demo gives an id: a little off its last sample close. */
export function priceNow(series: SampleSeries): number {
  const last = series.qfq.at(-1)?.close ?? 100;
  return Math.round(last * NOW_VS_LAST_CLOSE * 100) / 100;
}

/** Puts one id's sample bars on the stand-in and pins its price near their last close. */
function seed(quotes: QuoteServer, id: string, sample: Sample, to: string): void {
  const series = demoSeries(id, sample, to);
  quotes.history.set(id, series);
  for (const code of providerCodes(id)) quotes.setPrice(code, priceNow(series));
}

/** Loads the demo's sample market onto the stand-in: every id of `DEMO_SAMPLES`, bars up to `to`. */
export function seedDemoMarket(quotes: QuoteServer, to = lastSampleDay()): void {
  for (const [id, sample] of Object.entries(DEMO_SAMPLES)) seed(quotes, id, sample, to);
}

/**
 * Gives a security the demo has no sample for (a fixture added later) bars around the price the
 * stand-in makes up for it, so its card has a since row too. Ids it cannot quote are left alone.
 */
export function seedExtra(quotes: QuoteServer, id: string, to = lastSampleDay()): boolean {
  if (quotes.history.has(id)) return false;
  const code = tencentCode(targetOf(id));
  if (!code || !/^(US|SH|SZ|BJ|HK):/.test(id)) return false;
  seed(quotes, id, { base: quotes.priceOf(code), drift: 0.0003, period: 50 }, to);
  return true;
}
