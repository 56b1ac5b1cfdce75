/**
 * Tencent's daily bars (the default history provider):
 * `https://web.ifzq.gtimg.cn/appstock/app/fqkline/get?param=sh600519,day,2023-01-01,2023-03-31,640,qfq`
 * answers `{"code":0,"msg":"","data":{"sh600519":{"qfqday":[["2023-02-03","1820.00","1830.00","1845.00","1810.00","12345.000"], …],"qt":{…}}}}`.
 * Each bar is `[date, open, close, high, low, volume, …extra]` (note the order: close before high
 * and low); HK and US rows may carry extra entries (a dividend note, `{}`), which are ignored.
 * `param` is `code,day,start,end,count,adjust`: `qfq` answers under `qfqday`, an empty adjust
 * (as traded) under `day`; an index answers under `day` either way. With `_var=name` the same JSON
 * comes as `name={…}` (the prefix is stripped).
 *
 * What this relies on (public clients of the service on GitHub, read through the `search` tool;
 * none is Tencent's own documentation, and nothing here was fetched live):
 * - The field order and the `qfqday`/`day` keys: several independent clients agree.
 * - One endpoint for every market, `fqkline/get`, as the project's specification of the service
 *   gives it (`param=usBIDU.OQ,…`, `hk00700`, `us.IXIC`). Per-market twins exist (`hkfqkline`,
 *   `usfqkline`, which the web quote pages' own scripts ask), and one client reports that the
 *   generic endpoint gives a US index one bar only: a short answer merges with the fallback's.
 * - US codes need their exchange suffix (`usAAPL.OQ`, `usBABA.N`, `usSPY.AM`, `usBRK.B.N`): a bare
 *   `usAAPL` is reported to answer an unrelated old series, a wrong suffix nothing. `.OQ` Nasdaq,
 *   `.N` NYSE, `.AM` NYSE American and NYSE Arca (reported by clients; Arca as `.AM` is from ETFs
 *   such as SPY). US indices: `us.IXIC`, `us.INX`, `us.DJI`. A listing on another US venue (OTC,
 *   Cboe) has no known suffix, so Tencent is not asked for it.
 * - The cap: one client bounds `count` at 640 for daily bars and pages A-share ranges by 700
 *   calendar days; another reports about 300. Pages here span 400 calendar days (at most ~290
 *   sessions), under either. Unconfirmed: whether `hkfqkline` honours the dates (one client
 *   reports it ignores them and answers the latest `count` bars; merging pages by date keeps that
 *   harmless), and whether Beijing (`bj…`) codes are served (one client says SH/SZ only; an
 *   unknown answer falls back to the next provider).
 * - As-traded bars: the empty adjust, answered under `day`, for every market (unconfirmed for HK
 *   and US stocks: an answer without `day` reads as "unknown" and the next provider is asked); an
 *   index has no adjustment, so its raw bars are its qfq ones.
 * - Volume: A-shares in lots of 100 (as the quote line's field 6; unconfirmed for the bars), HK and
 *   US in shares.
 * Unknown code: `data` without the code's entry, or an entry with no bar list, is "unknown"
 * (`null`); a `code` other than 0 is not an answer in the format.
 */
import { field, jsonBody } from './fields.ts';
import { barOf, datePages, mergeBars } from './history-bars.ts';
import type { DailyBar, HistoryProvider } from './history-types.ts';
import { tencentCode } from './tencent.ts';
import { isAShare, ProviderFormatError, type QuoteTarget } from './types.ts';

export const TENCENT_KLINE_HOST = 'https://web.ifzq.gtimg.cn/appstock/app/';
/** Calendar days a request spans (≤ ~290 sessions, under the cap). */
const PAGE_DAYS = 400;
/** Bars asked per request: at least the sessions in a page. */
const COUNT = 640;

const US_SUFFIXES: Record<string, string> = { NASDAQ: '.OQ', NYSE: '.N', 'NYSE American': '.AM', 'NYSE Arca': '.AM' };

/** Tencent's daily-bar code for a security (`sh600519`, `hk00700`, `usBIDU.OQ`, `us.IXIC`), where it has one. */
export function tencentKlineCode(target: QuoteTarget): string | undefined {
  if (target.market !== 'US') return tencentCode(target);
  const { symbol } = target;
  if (/^\.[A-Z]{2,6}$/.test(symbol)) return `us${symbol}`;
  const suffix = US_SUFFIXES[target.exchange ?? ''];
  return suffix && /^[A-Z][A-Z0-9.-]{0,9}$/.test(symbol) ? `us${symbol}${suffix}` : undefined;
}

const isIndex = (target: QuoteTarget) => target.type === 'index' || /^\./.test(target.symbol);

/** The JSON of an answer, with a `_var=` assignment stripped. */
function answerJson(body: Uint8Array): unknown {
  const direct = jsonBody(body);
  if (direct !== undefined) return direct;
  const text = new TextDecoder().decode(body);
  const m = /^\s*[A-Za-z_$][\w$]*\s*=\s*([\s\S]*?);?\s*$/.exec(text);
  if (!m) return undefined;
  try {
    return JSON.parse(m[1]);
  } catch {
    return undefined;
  }
}

export const tencentHistory: HistoryProvider = {
  name: 'tencent',

  covers: (target) => tencentKlineCode(target) !== undefined,

  requests(target, fromDate, toDate, adjust) {
    const code = tencentKlineCode(target);
    if (!code) return [];
    // An index has no adjustment: ask as for qfq.
    const fq = adjust === 'qfq' || isIndex(target) ? 'qfq' : '';
    return datePages(fromDate, toDate, PAGE_DAYS).map(
      ([from, to]) => `${TENCENT_KLINE_HOST}fqkline/get?param=${code},day,${from},${to},${COUNT},${fq}`,
    );
  },

  parse(body, target, adjust) {
    const json = answerJson(body);
    if (field(json, 'code') !== 0) throw new ProviderFormatError('tencent', 'not a daily-bar answer');
    const code = tencentKlineCode(target) ?? '';
    const data = field(json, 'data');
    const entry = field(data, code) ?? field(data, code.toLowerCase());
    // qfq falls back to `day` (an index answers there); raw takes `day` alone but for an index.
    const rows =
      adjust === 'qfq' || isIndex(target) ? (field(entry, 'qfqday') ?? field(entry, 'day')) : field(entry, 'day');
    if (!Array.isArray(rows)) return null;
    const scale = isAShare(target) ? 100 : 1;
    const bars: DailyBar[] = [];
    for (const row of rows) {
      if (!Array.isArray(row)) continue;
      const bar = barOf(row[0], row[1], row[2], row[3], row[4], row[5], scale);
      if (bar) bars.push(bar);
    }
    return mergeBars(bars);
  },
};
