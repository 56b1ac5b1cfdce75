/**
 * Tencent's quote service (the default provider): `https://qt.gtimg.cn/q=sh600519,hk00700,usBIDU`.
 *
 * The answer is GBK text, one `v_<code>="f0~f1~…";` assignment per code. Field positions, checked
 * against several public descriptions and captured answers of the service (each one says what it
 * saw; they agree on these):
 *   0 market (1 = Shanghai, 51 = Shenzhen, 100 = Hong Kong, 200 = US) · 1 name · 2 code (US: `AAPL.OQ`)
 *   3 price · 4 previous close · 5 open · 6 volume (A-shares in lots of 100; HK/US in shares)
 *   30 time (A-shares `yyyyMMddHHmmss`, HK `yyyy/MM/dd HH:mm:ss`, US `yyyy-MM-dd HH:mm:ss`, each in
 *      the market's own zone) · 31 change · 32 change % · 33 high · 34 low
 *   36 volume (as field 6) · 37 turnover (A-shares in 10,000 CNY; HK/US in the currency)
 *   39 P/E (trailing; empty or ≤ 0 for a loss) · 45 total market value (in 100 millions, 亿)
 * An unknown code answers `v_pv_none_match="1";` in place of its line.
 *
 * Intraday minutes: `https://web.ifzq.gtimg.cn/appstock/app/minute/query?code=sh600519`, JSON:
 * `{code: 0, data: {sh600519: {data: {date: "20261130", data: ["0930 1370.00 1234 1690000.00", …]},
 * qt: {sh600519: [<the quote's fields>]}}}}`, each minute `HHMM price cumulativeVolume cumulativeTurnover`.
 */
import { decodeBody, defined, field, jsonBody, positive, signed } from './fields.ts';
import { marketState, parseMarketTime } from './market-hours.ts';
import {
  isAShare,
  MARKET_CURRENCIES,
  MARKET_ZONES,
  type Minutes,
  type ParsedQuotes,
  ProviderFormatError,
  type ProviderRequest,
  type Quote,
  type QuoteProvider,
  type QuoteTarget,
} from './types.ts';

export const TENCENT_QUOTE_URL = 'https://qt.gtimg.cn/q=';
export const TENCENT_MINUTE_URL = 'https://web.ifzq.gtimg.cn/appstock/app/minute/query?code=';

/** Codes per request: Tencent answers long lists, but a URL past ~2,000 characters is asking for trouble. */
const BATCH = 60;

/** Tencent's code for a security (`sh600519`, `hk00700`, `hkHSI`, `usBIDU`, `usIXIC`), where it quotes it. */
export function tencentCode(target: QuoteTarget): string | undefined {
  const { market, symbol } = target;
  switch (market) {
    case 'SH':
    case 'SZ':
    case 'BJ':
      return /^\d{6}$/.test(symbol) ? `${market.toLowerCase()}${symbol}` : undefined;
    case 'HK':
      return /^\d{5}$/.test(symbol) || /^[A-Z]{2,8}$/.test(symbol) ? `hk${symbol}` : undefined;
    case 'US':
      // Indices are asked without their dot (`usIXIC` for `.IXIC`); share classes keep theirs.
      return /^\.?[A-Z][A-Z0-9.-]{0,9}$/.test(symbol) ? `us${symbol.replace(/^\./, '')}` : undefined;
    default:
      return undefined;
  }
}

/** Tencent echoes the code it was asked in the variable name; dots and case are not reliable. */
const keyOf = (code: string) => code.toLowerCase().replace(/[._-]/g, '');

function quoteOf(fields: string[], target: QuoteTarget, now: number): Quote | undefined {
  const zone = MARKET_ZONES[target.market];
  const previousClose = positive(fields[4]);
  const traded = positive(fields[3]);
  const volume = positive(fields[36] ?? fields[6], isAShare(target) ? 100 : 1);
  // A suspended security reports a price of 0 and keeps its previous close.
  const price = traded ?? previousClose;
  if (price === undefined) return undefined;
  const time = parseMarketTime(fields[30], zone);
  const state = marketState(target.market, now, time);
  const halted = traded === undefined;
  return defined<Quote>({
    id: target.id,
    provider: 'tencent',
    price,
    change: halted ? 0 : signed(fields[31]),
    changePercent: halted ? 0 : signed(fields[32]),
    previousClose,
    open: positive(fields[5]),
    high: positive(fields[33]),
    low: positive(fields[34]),
    volume,
    turnover: positive(fields[37], isAShare(target) ? 10_000 : 1),
    marketCap: positive(fields[45], 1e8),
    pe: positive(fields[39]),
    currency: MARKET_CURRENCIES[target.market],
    time,
    timeZone: zone,
    state,
    // Tencent's `hk…` codes are its delayed Hong Kong feed (15 minutes); A-share and US quotes are live.
    delayed: target.market === 'HK',
    halted: halted || undefined,
  });
}

export const tencent: QuoteProvider = {
  name: 'tencent',

  covers: (target) => tencentCode(target) !== undefined,

  requests(targets) {
    const covered = targets.filter((t) => tencentCode(t) !== undefined);
    const out: ProviderRequest[] = [];
    for (let i = 0; i < covered.length; i += BATCH) {
      const batch = covered.slice(i, i + BATCH);
      out.push({ url: TENCENT_QUOTE_URL + batch.map(tencentCode).join(','), targets: batch });
    }
    return out;
  },

  parse(body, request, now) {
    const text = decodeBody(body, 'gbk');
    const byKey = new Map<string, string[]>();
    let noneMatch = false;
    for (const m of text.matchAll(/v_([A-Za-z0-9_.-]+)="([^"\n]*)";/g)) {
      if (m[1] === 'pv_none_match') noneMatch = true;
      else byKey.set(keyOf(m[1]), m[2].split('~'));
    }
    if (byKey.size === 0 && !noneMatch) throw new ProviderFormatError('tencent', 'not a quote answer');
    // A complete answer ends with its last assignment; a cut one leaves its missing codes unanswered.
    const complete = /";\s*$/.test(text);
    const result: ParsedQuotes = { quotes: new Map(), unknown: new Set() };
    for (const target of request.targets) {
      const code = tencentCode(target);
      const fields = code ? byKey.get(keyOf(code)) : undefined;
      const quote = fields && fields.length > 4 ? quoteOf(fields, target, now) : undefined;
      if (quote) result.quotes.set(target.id, quote);
      else if (complete && (!fields || fields.length <= 1)) result.unknown.add(target.id);
    }
    return result;
  },

  minutesRequest(target) {
    const code = tencentCode(target);
    return code ? TENCENT_MINUTE_URL + code : undefined;
  },

  parseMinutes(body, target) {
    const code = tencentCode(target) ?? '';
    const json = jsonBody(body);
    const entry = field(field(json, 'data'), code) ?? field(field(json, 'data'), code.toLowerCase());
    const rows = field(field(entry, 'data'), 'data');
    if (!Array.isArray(rows)) throw new ProviderFormatError('tencent', 'not a minute answer');
    const points: Minutes['points'] = [];
    for (const row of rows) {
      if (typeof row !== 'string') continue;
      const [hhmm, priceText] = row.split(' ');
      const price = positive(priceText);
      if (!/^\d{4}$/.test(hhmm ?? '') || price === undefined) continue;
      const minute = Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(2));
      if (minute < 24 * 60) points.push({ minute, price });
    }
    const qt = field(field(entry, 'qt'), code);
    const previousClose = Array.isArray(qt) ? positive(qt[4]) : undefined;
    return defined<Minutes>({ id: target.id, points, previousClose });
  },
};
