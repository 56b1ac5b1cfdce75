/**
 * Eastmoney's daily bars (the history fallback), from `push2his.eastmoney.com`:
 * `https://push2his.eastmoney.com/api/qt/stock/kline/get?secid=1.600519&fields1=f1,f2,f3,f4,f5,f6&fields2=f51,f52,f53,f54,f55,f56,f57&klt=101&fqt=1&beg=20230101&end=20230331`
 * answers `{"rc":0,"data":{"code":"600519","market":1,"name":"…","klines":["2023-02-03,1820.00,1830.00,1845.00,1810.00,12345,…"]}}`,
 * each line `f51 date, f52 open, f53 close, f54 high, f55 low, f56 volume, f57 turnover`.
 * `klt=101` is daily; `fqt=1` forward-adjusted, `fqt=0` as traded. `data` is null for a code it does
 * not know (read as "unknown"). `secid`s are the quote adapter's (`eastmoneySecid`).
 *
 * Relied on: public clients of the endpoint on GitHub (read through the `search` tool) that ask
 * these fields and read `data.klines` the same way; nothing was fetched live. Unconfirmed: a cap
 * on bars per answer with `beg`/`end` (clients ask whole years at once): pages span 2,000
 * calendar days to stay clear of one. Volume: A-shares in lots of 100, as the quote list's f5.
 */

import { eastmoneySecid } from './eastmoney.ts';
import { field, jsonBody } from './fields.ts';
import { barOf, datePages, mergeBars } from './history-bars.ts';
import type { DailyBar, HistoryProvider } from './history-types.ts';
import { isAShare, ProviderFormatError } from './types.ts';

export const EASTMONEY_KLINE_URL = 'https://push2his.eastmoney.com/api/qt/stock/kline/get';
const PAGE_DAYS = 2000;

const compact = (date: string) => date.replaceAll('-', '');

export const eastmoneyHistory: HistoryProvider = {
  name: 'eastmoney',

  covers: (target) => target.market !== 'CN' && eastmoneySecid(target) !== undefined,

  requests(target, fromDate, toDate, adjust) {
    const secid = target.market === 'CN' ? undefined : eastmoneySecid(target);
    if (!secid) return [];
    const fqt = adjust === 'qfq' ? 1 : 0;
    return datePages(fromDate, toDate, PAGE_DAYS).map(
      ([from, to]) =>
        `${EASTMONEY_KLINE_URL}?secid=${secid}&fields1=f1,f2,f3,f4,f5,f6&fields2=f51,f52,f53,f54,f55,f56,f57` +
        `&klt=101&fqt=${fqt}&beg=${compact(from)}&end=${compact(to)}`,
    );
  },

  parse(body, target) {
    const json = jsonBody(body);
    if (typeof json !== 'object' || json === null || !Object.hasOwn(json, 'data'))
      throw new ProviderFormatError('eastmoney', 'not a daily-bar answer');
    const data = field(json, 'data');
    if (data === null) return null;
    const lines = field(data, 'klines');
    if (!Array.isArray(lines)) throw new ProviderFormatError('eastmoney', 'no bar list');
    // The answer names its security: one about another code is not an answer to this request.
    const code = field(data, 'code');
    const asked = eastmoneySecid(target)?.split('.')[1];
    if (typeof code === 'string' && asked !== undefined && code !== asked)
      throw new ProviderFormatError('eastmoney', `answer for ${code}, not ${asked}`);
    const scale = isAShare(target) ? 100 : 1;
    const bars: DailyBar[] = [];
    for (const line of lines) {
      if (typeof line !== 'string') continue;
      const f = line.split(',');
      const bar = barOf(f[0], f[1], f[2], f[3], f[4], f[5], scale);
      if (bar) bars.push(bar);
    }
    return mergeBars(bars);
  },
};
