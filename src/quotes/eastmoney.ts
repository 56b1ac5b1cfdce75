/**
 * Eastmoney (the second provider): quotes in batches from `push2.eastmoney.com`, and the day's
 * estimate of an off-exchange fund's value from `fundgz.1234567.com.cn`.
 *
 * Quotes: `https://push2.eastmoney.com/api/qt/ulist.np/get?fltt=2&fields=…&secids=1.600519,116.00700`
 * answers JSON `{rc: 0, data: {total, diff: [{f12: "600519", f13: 1, f2: 1370.5, …}]}}`; a code it
 * does not know is simply absent, and `data` is null when it knows none. `secid` is `market.code`:
 * 1 Shanghai, 0 Shenzhen and Beijing, 116 Hong Kong (100 for its indices and the US indices),
 * 105 Nasdaq, 106 NYSE, 107 NYSE American/Arca. With `fltt=2` numbers come as decimals and a missing
 * one as "-". Fields (as Eastmoney's own quote pages ask for them): f2 price, f3 change %, f4 change,
 * f5 volume (A-shares in lots of 100), f6 turnover, f9 P/E (dynamic), f12 code, f13 market, f14 name,
 * f15 high, f16 low, f17 open, f18 previous close, f20 total market value, f124 time (Unix seconds).
 *
 * Fund estimates: `https://fundgz.1234567.com.cn/js/161725.js` answers
 * `jsonpgz({"fundcode":"161725","name":"…","jzrq":"2026-11-27","dwjz":"1.0234","gsz":"1.0301","gszzl":"0.65","gztime":"2026-11-30 15:00"});`:
 * last published value (dwjz, of date jzrq), today's estimate (gsz) and its change % (gszzl) at
 * gztime. A fund it has no estimate for answers `jsonpgz();`.
 */
import { decodeBody, defined, field, jsonBody, num, positive, signed } from './fields.ts';
import { marketState, parseMarketTime } from './market-hours.ts';
import {
  isAShare,
  MARKET_CURRENCIES,
  MARKET_ZONES,
  type ParsedQuotes,
  ProviderFormatError,
  type ProviderRequest,
  type Quote,
  type QuoteProvider,
  type QuoteTarget,
} from './types.ts';

export const EASTMONEY_QUOTE_URL = 'https://push2.eastmoney.com/api/qt/ulist.np/get';
export const EASTMONEY_FUND_URL = 'https://fundgz.1234567.com.cn/js/';
const FIELDS = 'f2,f3,f4,f5,f6,f9,f12,f13,f14,f15,f16,f17,f18,f20,f124';
const BATCH = 60;

const US_INDICES: Record<string, string> = { '.IXIC': '100.NDX', '.DJI': '100.DJIA', '.INX': '100.SPX' };
const US_EXCHANGES: Record<string, number> = { NASDAQ: 105, NYSE: 106, 'NYSE American': 107, 'NYSE Arca': 107 };

/** Eastmoney's `secid` for a security, where it quotes it. */
export function eastmoneySecid(target: QuoteTarget): string | undefined {
  const { market, symbol } = target;
  switch (market) {
    case 'SH':
      return /^\d{6}$/.test(symbol) ? `1.${symbol}` : undefined;
    case 'SZ':
    case 'BJ':
      return /^\d{6}$/.test(symbol) ? `0.${symbol}` : undefined;
    case 'HK':
      if (/^\d{5}$/.test(symbol)) return `116.${symbol}`;
      return /^[A-Z]{2,8}$/.test(symbol) ? `100.${symbol}` : undefined;
    case 'US':
      if (US_INDICES[symbol]) return US_INDICES[symbol];
      if (!/^[A-Z][A-Z0-9.]{0,9}$/.test(symbol)) return undefined;
      return `${US_EXCHANGES[target.exchange ?? ''] ?? 105}.${symbol.replace('.', '_')}`;
    default:
      return undefined;
  }
}

const isFund = (target: QuoteTarget) => target.market === 'CN' && /^\d{6}$/.test(target.symbol);

function quoteOf(row: unknown, target: QuoteTarget, now: number): Quote | undefined {
  const price = positive(field(row, 'f2'));
  if (price === undefined) return undefined;
  const seconds = positive(field(row, 'f124'));
  const time = seconds === undefined ? undefined : seconds * 1000;
  return defined<Quote>({
    id: target.id,
    provider: 'eastmoney',
    price,
    change: signed(field(row, 'f4')),
    changePercent: signed(field(row, 'f3')),
    previousClose: positive(field(row, 'f18')),
    open: positive(field(row, 'f17')),
    high: positive(field(row, 'f15')),
    low: positive(field(row, 'f16')),
    volume: positive(field(row, 'f5'), isAShare(target) ? 100 : 1),
    turnover: positive(field(row, 'f6')),
    marketCap: positive(field(row, 'f20')),
    pe: positive(field(row, 'f9')),
    currency: MARKET_CURRENCIES[target.market],
    time,
    timeZone: MARKET_ZONES[target.market],
    state: marketState(target.market, now, time),
    // Eastmoney's free Hong Kong and US quotes run 15 minutes behind.
    delayed: target.market === 'HK' || target.market === 'US',
  });
}

function parseList(body: Uint8Array, request: ProviderRequest, now: number): ParsedQuotes {
  const json = jsonBody(body);
  if (num(field(json, 'rc')) !== 0) throw new ProviderFormatError('eastmoney', 'not a quote answer');
  const data = field(json, 'data');
  const diff = data === null ? [] : field(data, 'diff');
  if (!Array.isArray(diff)) throw new ProviderFormatError('eastmoney', 'no quote list');
  const rows = new Map<string, unknown>();
  for (const row of diff) rows.set(`${field(row, 'f13')}.${field(row, 'f12')}`, row);
  const result: ParsedQuotes = { quotes: new Map(), unknown: new Set() };
  for (const target of request.targets) {
    const row = rows.get(eastmoneySecid(target) ?? '');
    const quote = row === undefined ? undefined : quoteOf(row, target, now);
    if (quote) result.quotes.set(target.id, quote);
    else result.unknown.add(target.id);
  }
  return result;
}

function parseFund(body: Uint8Array, request: ProviderRequest, now: number): ParsedQuotes {
  const target = request.targets[0];
  const text = decodeBody(body).trim();
  const m = /^jsonpgz\((.*)\);?$/s.exec(text);
  if (!m) throw new ProviderFormatError('eastmoney', 'not a fund estimate');
  const result: ParsedQuotes = { quotes: new Map(), unknown: new Set() };
  let json: unknown;
  try {
    json = m[1].trim() === '' ? undefined : JSON.parse(m[1]);
  } catch {
    throw new ProviderFormatError('eastmoney', 'not a fund estimate');
  }
  const estimate = positive(field(json, 'gsz'));
  if (!target || estimate === undefined || field(json, 'fundcode') !== target.symbol) {
    if (target) result.unknown.add(target.id);
    return result;
  }
  const zone = MARKET_ZONES.CN;
  const previousClose = positive(field(json, 'dwjz'));
  const time = parseMarketTime(field(json, 'gztime'), zone);
  result.quotes.set(
    target.id,
    defined<Quote>({
      id: target.id,
      provider: 'eastmoney',
      price: estimate,
      change: previousClose === undefined ? undefined : Math.round((estimate - previousClose) * 1e4) / 1e4,
      changePercent: signed(field(json, 'gszzl')),
      previousClose,
      currency: 'CNY',
      time,
      timeZone: zone,
      state: marketState('CN', now, time),
      delayed: false,
      estimate: true,
    }),
  );
  return result;
}

export const eastmoney: QuoteProvider = {
  name: 'eastmoney',

  covers: (target) => isFund(target) || eastmoneySecid(target) !== undefined,

  requests(targets) {
    const out: ProviderRequest[] = [];
    const listed = targets.filter((t) => !isFund(t) && eastmoneySecid(t) !== undefined);
    for (let i = 0; i < listed.length; i += BATCH) {
      const batch = listed.slice(i, i + BATCH);
      const secids = batch.map(eastmoneySecid).join(',');
      out.push({ url: `${EASTMONEY_QUOTE_URL}?fltt=2&invt=2&fields=${FIELDS}&secids=${secids}`, targets: batch });
    }
    for (const fund of targets.filter(isFund))
      out.push({ url: `${EASTMONEY_FUND_URL}${fund.symbol}.js`, targets: [fund] });
    return out;
  },

  parse(body, request, now) {
    return request.url.startsWith(EASTMONEY_FUND_URL) ? parseFund(body, request, now) : parseList(body, request, now);
  },
};
