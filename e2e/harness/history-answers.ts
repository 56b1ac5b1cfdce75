/**
 * The quote server's daily-bar endpoints: Tencent's fqkline (one endpoint for every market, as the client asks;
 * qfq or as traded; `_var=`), Eastmoney's kline and Yahoo's daily chart, each answered from a
 * table of sample series by canonical id, cut to the asked range (and Tencent's count).
 */
import { MARKET_ZONES } from '../../src/quotes/types.ts';
import type { Market } from '../../src/types.ts';
import { eastmoneyKline, type SampleSeries, tencentKline, yahooDaily } from './history-samples.ts';

type Answer = { type: string; body: string; status?: number };

const EASTMONEY_INDICES: Record<string, string> = { NDX: 'US:.IXIC', SPX: 'US:.INX', DJIA: 'US:.DJI' };
const YAHOO_INDICES: Record<string, string> = {
  '^IXIC': 'US:.IXIC',
  '^GSPC': 'US:.INX',
  '^DJI': 'US:.DJI',
  '^HSI': 'HK:HSI',
};

/** The canonical id of a Tencent kline code (`usBIDU.OQ` → `US:BIDU`, `us.IXIC` → `US:.IXIC`, `hk00700` → `HK:00700`). */
export function idOfTencent(code: string): string {
  const market = code.slice(0, 2).toUpperCase();
  const rest = code.slice(2);
  return market === 'US' ? `US:${rest.startsWith('.') ? rest : rest.replace(/\.(OQ|N|AM)$/, '')}` : `${market}:${rest}`;
}

/** The canonical id of an Eastmoney secid (`1.600519`, `116.00700`, `100.HSI`, `105.BIDU`, `100.NDX`). */
export function idOfSecid(secid: string): string {
  const [market, code = ''] = secid.split('.');
  if (market === '1') return `SH:${code}`;
  if (market === '0') return /^(4|8|92)/.test(code) ? `BJ:${code}` : `SZ:${code}`;
  if (market === '116') return `HK:${code}`;
  if (market === '100') return EASTMONEY_INDICES[code] ?? `HK:${code}`;
  return `US:${code.replace('_', '.')}`;
}

/** The canonical id of a Yahoo symbol (`0700.HK`, `600519.SS`, `^IXIC`, `BTC-USD`, `2330.TW`, `^TWII`). */
export function idOfYahoo(symbol: string): string {
  if (YAHOO_INDICES[symbol]) return YAHOO_INDICES[symbol];
  if (symbol.startsWith('^')) return `INTL:${symbol.slice(1)}`;
  const m = /^(.+)\.(SS|SZ|HK|TW|TWO)$/.exec(symbol);
  if (m) {
    const market = { SS: 'SH', SZ: 'SZ', HK: 'HK', TW: 'TW', TWO: 'TWO' }[m[2]];
    return `${market}:${m[2] === 'HK' ? m[1].padStart(5, '0') : m[1]}`;
  }
  if (symbol.endsWith('-USD')) return `CRYPTO:${symbol.slice(0, -4)}`;
  return `US:${symbol.replace('-', '.')}`;
}

const within = (series: SampleSeries, from: string, to: string): SampleSeries => ({
  market: series.market,
  raw: series.raw.filter((b) => b.date >= from && b.date <= to),
  qfq: series.qfq.filter((b) => b.date >= from && b.date <= to),
});

const dashed = (compact: string) => `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;

/** The answer of a daily-bar endpoint, or undefined when the URL is not one. */
export function historyAnswer(host: string, url: URL, table: Map<string, SampleSeries>): Answer | undefined {
  if (host === 'web.ifzq.gtimg.cn' && /^\/appstock\/app\/(hk|us)?fqkline\/get$/.test(url.pathname)) {
    const [code = '', , from = '', to = '', count = '640', fq = ''] = (url.searchParams.get('param') ?? '').split(',');
    const series = table.get(idOfTencent(code));
    const cut = series && within(series, from || '0000-00-00', to || '9999-99-99');
    const bars = cut ? (fq === 'qfq' ? cut.qfq : cut.raw).slice(-Number(count)) : null;
    const variable = url.searchParams.get('_var') ?? undefined;
    return { type: 'application/json', body: tencentKline(code, bars, fq === 'qfq' ? 'qfqday' : 'day', variable) };
  }
  if (host === 'push2his.eastmoney.com') {
    const secid = url.searchParams.get('secid') ?? '';
    const [market, code = ''] = secid.split('.');
    const series = table.get(idOfSecid(secid));
    const from = dashed(url.searchParams.get('beg') ?? '00000000');
    const to = dashed(url.searchParams.get('end') ?? '99999999');
    const cut = series && within(series, from, to);
    const bars = cut ? (url.searchParams.get('fqt') === '1' ? cut.qfq : cut.raw) : null;
    return { type: 'application/json', body: eastmoneyKline(Number(market), code, bars) };
  }
  if (host === 'query1.finance.yahoo.com' && url.searchParams.get('interval') === '1d') {
    const symbol = decodeURIComponent(url.pathname.split('/').pop() ?? '');
    const series = table.get(idOfYahoo(symbol));
    const day = (s: string | null) => new Date(Number(s) * 1000).toISOString().slice(0, 10);
    const from = day(url.searchParams.get('period1'));
    // period2 is the day after the last date asked.
    const to = day(String(Number(url.searchParams.get('period2')) - 86_400));
    const cut = series && within(series, from, to);
    const zone = series ? MARKET_ZONES[series.market as Market] : 'UTC';
    return { type: 'application/json', body: yahooDaily(symbol, cut ?? null, zone), status: series ? 200 : 404 };
  }
  return undefined;
}
