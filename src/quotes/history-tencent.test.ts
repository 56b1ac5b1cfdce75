import { describe, expect, it } from 'vitest';
import { tencentKline } from '../../e2e/harness/history-samples.ts';
import { tencentHistory, tencentKlineCode } from './history-tencent.ts';
import { ProviderFormatError, type QuoteTarget } from './types.ts';

const T = (id: string, type: QuoteTarget['type'] = 'stock', exchange?: string): QuoteTarget => {
  const [market, symbol] = id.split(':') as [QuoteTarget['market'], string];
  return { id, market, symbol, type, exchange };
};
const MOUTAI = T('SH:600519');
const PINGAN = T('SZ:000001');
const BJ = T('BJ:920000');
const TENCENT = T('HK:00700');
const HSI = T('HK:HSI', 'index');
const CSI300 = T('SH:000300', 'index');
const BIDU = T('US:BIDU', 'stock', 'NASDAQ');
const BABA = T('US:BABA', 'stock', 'NYSE');
const BRKB = T('US:BRK.B', 'stock', 'NYSE');
const SPY = T('US:SPY', 'etf', 'NYSE Arca');
const IMO = T('US:IMO', 'stock', 'NYSE American');
const OTC = T('US:TCEHY', 'stock', 'OTC');
const IXIC = T('US:.IXIC', 'index');
const enc = (text: string) => new TextEncoder().encode(text);

describe('tencent daily bars: requests', () => {
  it('has a code for every market it serves; US stocks carry their exchange suffix', () => {
    expect(
      [MOUTAI, PINGAN, BJ, TENCENT, HSI, CSI300, BIDU, BABA, BRKB, SPY, IMO, OTC, IXIC].map(tencentKlineCode),
    ).toEqual([
      'sh600519',
      'sz000001',
      'bj920000',
      'hk00700',
      'hkHSI',
      'sh000300',
      'usBIDU.OQ',
      'usBABA.N',
      'usBRK.B.N',
      'usSPY.AM',
      'usIMO.AM',
      undefined,
      'us.IXIC',
    ]);
    expect(tencentHistory.covers(OTC)).toBe(false);
    expect(tencentHistory.covers(T('CRYPTO:BTC', 'crypto'))).toBe(false);
    expect(tencentHistory.covers(T('TW:2330'))).toBe(false);
  });

  it('asks one endpoint for every market, with code, dates, count and adjustment', () => {
    const one = (t: QuoteTarget) => tencentHistory.requests(t, '2023-01-10', '2023-03-31', 'qfq');
    expect(one(MOUTAI)).toEqual([
      'https://web.ifzq.gtimg.cn/appstock/app/fqkline/get?param=sh600519,day,2023-01-10,2023-03-31,640,qfq',
    ]);
    expect(one(TENCENT)).toEqual([
      'https://web.ifzq.gtimg.cn/appstock/app/fqkline/get?param=hk00700,day,2023-01-10,2023-03-31,640,qfq',
    ]);
    expect(one(BIDU)).toEqual([
      'https://web.ifzq.gtimg.cn/appstock/app/fqkline/get?param=usBIDU.OQ,day,2023-01-10,2023-03-31,640,qfq',
    ]);
    expect(one(IXIC)).toEqual([
      'https://web.ifzq.gtimg.cn/appstock/app/fqkline/get?param=us.IXIC,day,2023-01-10,2023-03-31,640,qfq',
    ]);
  });

  it('pages a long range by 400 calendar days', () => {
    expect(tencentHistory.requests(MOUTAI, '2022-01-01', '2023-03-31', 'qfq')).toEqual([
      'https://web.ifzq.gtimg.cn/appstock/app/fqkline/get?param=sh600519,day,2022-01-01,2023-02-04,640,qfq',
      'https://web.ifzq.gtimg.cn/appstock/app/fqkline/get?param=sh600519,day,2023-02-05,2023-03-31,640,qfq',
    ]);
    expect(tencentHistory.requests(MOUTAI, '2023-03-31', '2023-01-01', 'qfq')).toEqual([]);
    expect(tencentHistory.requests(MOUTAI, 'yesterday', '2023-01-01', 'qfq')).toEqual([]);
  });

  it('as traded: an empty adjustment for every market; indices as qfq', () => {
    expect(tencentHistory.requests(MOUTAI, '2023-01-10', '2023-01-31', 'raw')).toEqual([
      'https://web.ifzq.gtimg.cn/appstock/app/fqkline/get?param=sh600519,day,2023-01-10,2023-01-31,640,',
    ]);
    expect(tencentHistory.requests(HSI, '2023-01-10', '2023-01-31', 'raw')[0]).toMatch(/hkHSI,day,.*,640,qfq$/);
    expect(tencentHistory.covers(TENCENT, 'raw')).toBe(true);
    expect(tencentHistory.requests(BIDU, '2023-01-10', '2023-01-31', 'raw')).toEqual([
      'https://web.ifzq.gtimg.cn/appstock/app/fqkline/get?param=usBIDU.OQ,day,2023-01-10,2023-01-31,640,',
    ]);
  });
});

describe('tencent daily bars: answers', () => {
  it('reads an A-share: open, close, high, low in that order, volume in lots', () => {
    const body =
      '{"code":0,"msg":"","data":{"sh600519":{"qfqday":[' +
      '["2023-02-02","1845.000","1830.000","1850.500","1821.000","25012.000"],' +
      '["2023-02-03","1828.000","1810.200","1833.000","1801.110","31200.000","0.85"]' +
      '],"qt":{"sh600519":["1","贵州茅台"]},"version":"12"}}}';
    expect(tencentHistory.parse(enc(body), MOUTAI, 'qfq')).toEqual([
      { date: '2023-02-02', open: 1845, close: 1830, high: 1850.5, low: 1821, volume: 2_501_200 },
      { date: '2023-02-03', open: 1828, close: 1810.2, high: 1833, low: 1801.11, volume: 3_120_000 },
    ]);
  });

  it('reads Hong Kong rows with extra entries, in shares; a US index under `day`; raw under `day`', () => {
    const hk =
      '{"code":0,"msg":"","data":{"hk00700":{"qfqday":[' +
      '["2023-01-20","385.000","390.400","392.000","383.200","14523311.000",{},"0.15","56874.12"],' +
      '["2023-01-26","395.000","402.600","405.000","393.800","21034511.000",{"nd":"2022","fh_sh":"派息2.4港元"}]' +
      ']}}}';
    expect(tencentHistory.parse(enc(hk), TENCENT, 'qfq')).toEqual([
      { date: '2023-01-20', open: 385, close: 390.4, high: 392, low: 383.2, volume: 14_523_311 },
      { date: '2023-01-26', open: 395, close: 402.6, high: 405, low: 393.8, volume: 21_034_511 },
    ]);
    const ixic =
      '{"code":0,"msg":"","data":{"us.IXIC":{"day":[["2023-03-10","11338.360","11138.890","11444.360","11103.770","0.000"]]}}}';
    expect(tencentHistory.parse(enc(ixic), IXIC, 'qfq')).toEqual([
      { date: '2023-03-10', open: 11338.36, close: 11138.89, high: 11444.36, low: 11103.77 },
    ]);
    // Raw A-share bars come under `day`; a qfq list beside it is not taken for them.
    const raw = tencentKline('sh600519', [{ date: '2023-02-03', open: 1, close: 2, high: 3, low: 0.5 }], 'day');
    expect(tencentHistory.parse(enc(raw), MOUTAI, 'raw')).toHaveLength(1);
    const qfqOnly = tencentKline('sh600519', [{ date: '2023-02-03', open: 1, close: 2, high: 3, low: 0.5 }], 'qfqday');
    expect(tencentHistory.parse(enc(qfqOnly), MOUTAI, 'raw')).toBeNull();
  });

  it('reads the `_var=` variant', () => {
    const bars = [{ date: '2023-02-03', open: 120.1, close: 121.5, high: 123, low: 119.8, volume: 5_000_000 }];
    const body = `${tencentKline('usBIDU.OQ', bars, 'qfqday', 'kline_dayqfq')};\n`;
    expect(body.startsWith('kline_dayqfq={')).toBe(true);
    expect(tencentHistory.parse(enc(body), BIDU, 'qfq')).toEqual(bars);
  });

  it('drops a bar with a bad field, keeps the rest sorted and one a date', () => {
    const body = JSON.stringify({
      code: 0,
      msg: '',
      data: {
        sh600519: {
          qfqday: [
            ['2023-02-06', '1800', '1810', '1820', '1790', '100'],
            ['2023-02-03', '1800', '-', '1820', '1790', '100'],
            ['2023-02-30', '1800', '1810', '1820', '1790', '100'],
            ['2023-02-01', '1800', 'NaN', '1820', '1790', '100'],
            ['2023-02-02', '0', '1810', '1820', '1790', '100'],
            'not a row',
            ['2023-01-31', '1799', '1805', '1811', '1790', ''],
          ],
        },
      },
    });
    expect(tencentHistory.parse(enc(body), MOUTAI, 'qfq')).toEqual([
      { date: '2023-01-31', open: 1799, close: 1805, high: 1811, low: 1790 },
      { date: '2023-02-06', open: 1800, close: 1810, high: 1820, low: 1790, volume: 10_000 },
    ]);
  });

  it('an unknown code is null; garbage, an error code or a cut body is a format error', () => {
    expect(tencentHistory.parse(enc(tencentKline('sz000998', null, 'qfqday')), T('SZ:000998'), 'qfq')).toBeNull();
    expect(tencentHistory.parse(enc('{"code":0,"msg":"","data":[]}'), T('SZ:000998'), 'qfq')).toBeNull();
    expect(tencentHistory.parse(enc('{"code":0,"data":{"sz000998":{"qt":{}}}}'), T('SZ:000998'), 'qfq')).toBeNull();
    for (const bad of [
      '<html>busy</html>',
      '',
      '{"code":1,"msg":"bad params"}',
      '{"code":0,"msg":"","data":{"sh6005',
    ]) {
      expect(() => tencentHistory.parse(enc(bad), MOUTAI, 'qfq')).toThrow(ProviderFormatError);
    }
  });
});
