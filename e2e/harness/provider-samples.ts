/**
 * Answers in each quote provider's format, written by the project (modelled on the services'
 * published formats, never copied from them). Unit tests parse them; the e2e quote server serves them.
 */

/** Tencent's `~` fields for one code: the positions the adapter reads, the rest as the service pads them. */
export function tencentFields(values: Record<number, string>, length = 50): string {
  const fields = Array.from({ length }, (_, i) => values[i] ?? '0');
  fields[29] = values[29] ?? '';
  fields[40] = values[40] ?? '';
  return fields.join('~');
}

/** One Tencent assignment line. */
export const tencentLine = (code: string, fields: string) => `v_${code}="${fields}";\n`;

/** Kweichow Moutai on a trading afternoon in Shanghai (time in Beijing time, volume in lots, turnover in 10,000 CNY). */
export const MOUTAI = tencentFields({
  0: '1',
  1: '贵州茅台',
  2: '600519',
  3: '1370.07',
  4: '1372.99',
  5: '1372.89',
  6: '11860',
  30: '20261130141502',
  31: '-2.92',
  32: '-0.21',
  33: '1378.00',
  34: '1366.00',
  36: '11860',
  37: '162390.00',
  39: '23.20',
  45: '17210.80',
});

/** Tencent Holdings in Hong Kong (shares, HKD; Tencent's HK feed is the delayed one). */
export const TENCENT_HK = tencentFields({
  0: '100',
  1: '腾讯控股',
  2: '00700',
  3: '467.200',
  4: '471.400',
  5: '465.000',
  6: '6934291.0',
  30: '2026/11/30 14:03:53',
  31: '-4.200',
  32: '-0.89',
  33: '471.200',
  34: '465.000',
  36: '6934291.0',
  37: '3244672708.200',
  39: '17.11',
  45: '42599.2569',
});

/** Baidu in New York before the open (time in New York time). */
export const BAIDU_US = tencentFields({
  0: '200',
  1: '百度',
  2: 'BIDU.OQ',
  3: '112.35',
  4: '110.10',
  5: '0',
  6: '0',
  30: '2026-11-30 07:12:00',
  31: '2.25',
  32: '2.04',
  33: '0',
  34: '0',
  35: 'USD',
  36: '0',
  37: '0',
  39: '12.80',
  45: '392.1',
});

/** The Nasdaq Composite (an index: no market value, no P/E). */
export const NASDAQ_INDEX = tencentFields({
  0: '200',
  1: '纳斯达克',
  2: '.IXIC',
  3: '19210.55',
  4: '19100.10',
  30: '2026-11-27 16:42:50',
  31: '110.45',
  32: '0.58',
  33: '19230.00',
  34: '19080.25',
  35: 'USD',
  36: '548821105',
  37: '0',
  39: '',
  45: '',
});

/** A suspended A-share: no trade today, price 0, the previous close kept. */
export const HALTED = tencentFields({
  0: '51',
  1: '停牌股份',
  2: '000999',
  3: '0.00',
  4: '8.88',
  5: '0.00',
  6: '0',
  30: '20261130141502',
  31: '0.00',
  32: '0.00',
  33: '0.00',
  34: '0.00',
  36: '0',
  37: '0.00',
  39: '-5.10',
  45: '100.5',
});

/** Tencent's answer for codes it does not know. */
export const TENCENT_NONE = 'v_pv_none_match="1";\n';

/** A minute answer of Tencent's for `code`, from 9:30 with `prices`. */
export function tencentMinutes(code: string, prices: number[], previousClose: number, date = '20261130'): string {
  const rows = prices.map((p, i) => {
    const at = 9 * 60 + 30 + i;
    const hhmm = `${String(Math.floor(at / 60)).padStart(2, '0')}${String(at % 60).padStart(2, '0')}`;
    return `${hhmm} ${p.toFixed(2)} ${1000 * (i + 1)} ${(p * 1000 * (i + 1)).toFixed(2)}`;
  });
  const qt = Array.from({ length: 10 }, () => '0');
  qt[4] = previousClose.toFixed(2);
  return JSON.stringify({ code: 0, msg: '', data: { [code]: { data: { data: rows, date }, qt: { [code]: qt } } } });
}

/** An Eastmoney list answer row (`fltt=2`: decimals, "-" for a missing number). */
export function eastmoneyRow(market: number, code: string, values: Record<string, number | string>) {
  return { f12: code, f13: market, f14: code, f2: '-', f3: '-', f4: '-', ...values };
}

export const eastmoneyList = (rows: object[]) =>
  JSON.stringify({
    rc: 0,
    rt: 11,
    svr: 1,
    lt: 1,
    full: 1,
    data: rows.length ? { total: rows.length, diff: rows } : null,
  });

/** An Eastmoney fund estimate (JSONP). */
export const fundEstimate = (code: string, nav: string, estimate: string, pct: string, time: string) =>
  `jsonpgz({"fundcode":"${code}","name":"招商中证白酒指数(LOF)A","jzrq":"2026-11-27","dwjz":"${nav}","gsz":"${estimate}","gszzl":"${pct}","gztime":"${time}"});`;

/** A Yahoo chart answer. */
export function yahooChart(symbol: string, price: number, previousClose: number, time: number, closes: number[]) {
  return JSON.stringify({
    chart: {
      result: [
        {
          meta: {
            currency: 'USD',
            symbol,
            regularMarketPrice: price,
            chartPreviousClose: previousClose,
            regularMarketDayHigh: Math.max(price, ...closes),
            regularMarketDayLow: Math.min(price, ...closes),
            regularMarketVolume: 31_250_000_000,
            regularMarketTime: Math.floor(time / 1000),
            exchangeTimezoneName: 'UTC',
          },
          timestamp: closes.map((_, i) => Math.floor(time / 1000) - (closes.length - i) * 300),
          indicators: { quote: [{ close: closes }] },
        },
      ],
      error: null,
    },
  });
}

export const YAHOO_NOT_FOUND = JSON.stringify({
  chart: { result: null, error: { code: 'Not Found', description: 'No data found, symbol may be delisted' } },
});
