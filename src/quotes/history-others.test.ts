import { describe, expect, it } from 'vitest';
import { eastmoneyKline } from '../../e2e/harness/history-samples.ts';
import { eastmoneyHistory } from './history-eastmoney.ts';
import { HISTORY_PROVIDERS } from './history-providers.ts';
import { yahooHistory, yahooHistorySymbol } from './history-yahoo.ts';
import { ProviderFormatError, type QuoteTarget } from './types.ts';

const T = (id: string, type: QuoteTarget['type'] = 'stock', exchange?: string): QuoteTarget => {
  const [market, symbol] = id.split(':') as [QuoteTarget['market'], string];
  return { id, market, symbol, type, exchange };
};
const MOUTAI = T('SH:600519');
const enc = (text: string) => new TextEncoder().encode(text);
const KLINE = 'https://push2his.eastmoney.com/api/qt/stock/kline/get?secid=';
const FIELDS = '&fields1=f1,f2,f3,f4,f5,f6&fields2=f51,f52,f53,f54,f55,f56,f57&klt=101';

describe('eastmoney daily bars', () => {
  it('asks push2his by secid, forward-adjusted or as traded, in pages of 2,000 days', () => {
    expect(eastmoneyHistory.requests(MOUTAI, '2023-01-10', '2023-03-31', 'qfq')).toEqual([
      `${KLINE}1.600519${FIELDS}&fqt=1&beg=20230110&end=20230331`,
    ]);
    expect(eastmoneyHistory.requests(T('HK:00700'), '2023-01-10', '2023-03-31', 'raw')).toEqual([
      `${KLINE}116.00700${FIELDS}&fqt=0&beg=20230110&end=20230331`,
    ]);
    const secid = (t: QuoteTarget) =>
      /secid=([^&]+)/.exec(eastmoneyHistory.requests(t, '2023-01-10', '2023-01-31', 'qfq')[0])?.[1];
    expect(
      [
        T('SZ:000001'),
        T('BJ:920000'),
        T('HK:HSI', 'index'),
        T('SH:000300', 'index'),
        T('US:BIDU', 'stock', 'NASDAQ'),
      ].map(secid),
    ).toEqual(['0.000001', '0.920000', '100.HSI', '1.000300', '105.BIDU']);
    expect([T('US:BABA', 'stock', 'NYSE'), T('US:.IXIC', 'index'), T('US:.INX', 'index')].map(secid)).toEqual([
      '106.BABA',
      '100.NDX',
      '100.SPX',
    ]);
    expect(
      eastmoneyHistory.requests(MOUTAI, '2017-01-01', '2023-03-31', 'qfq').map((u) => /beg=\d+&end=\d+/.exec(u)?.[0]),
    ).toEqual(['beg=20170101&end=20220623', 'beg=20220624&end=20230331']);
    expect(eastmoneyHistory.covers(T('CN:161725', 'fund'))).toBe(false);
    expect(eastmoneyHistory.covers(T('CRYPTO:BTC', 'crypto'))).toBe(false);
  });

  it('reads klines: date, open, close, high, low, volume (A-shares in lots)', () => {
    const body =
      '{"rc":0,"rt":17,"svr":181669437,"lt":1,"full":0,"dlmkts":"","data":{"code":"600519","market":1,"name":"贵州茅台",' +
      '"decimal":2,"dktotal":5100,"preKPrice":1835.0,"klines":["2023-02-02,1845.00,1830.00,1850.50,1821.00,25012,4589123456.00,1.60",' +
      '"2023-02-03,1828.00,1810.20,1833.00,1801.11,31200,5648123456.00,1.74"]}}';
    expect(eastmoneyHistory.parse(enc(body), MOUTAI, 'qfq')).toEqual([
      { date: '2023-02-02', open: 1845, close: 1830, high: 1850.5, low: 1821, volume: 2_501_200 },
      { date: '2023-02-03', open: 1828, close: 1810.2, high: 1833, low: 1801.11, volume: 3_120_000 },
    ]);
    const hk = eastmoneyKline(116, '00700', [
      { date: '2023-01-20', open: 385, close: 390.4, high: 392, low: 383.2, volume: 14_523_311 },
    ]);
    expect(eastmoneyHistory.parse(enc(hk), T('HK:00700'), 'qfq')).toEqual([
      { date: '2023-01-20', open: 385, close: 390.4, high: 392, low: 383.2, volume: 14_523_311 },
    ]);
  });

  it('an unknown code (data: null) is null; bad lines are dropped; garbage or another code’s answer is a format error', () => {
    expect(eastmoneyHistory.parse(enc(eastmoneyKline(0, '000998', null)), T('SZ:000998'), 'qfq')).toBeNull();
    const bad = JSON.stringify({
      rc: 0,
      data: {
        code: '600519',
        klines: ['2023-02-02,1845.00,-,1850.50,1821.00,25012', '2023-02-03,1828.00,1810.20,1833.00,1801.11,-', 7],
      },
    });
    expect(eastmoneyHistory.parse(enc(bad), MOUTAI, 'qfq')).toEqual([
      { date: '2023-02-03', open: 1828, close: 1810.2, high: 1833, low: 1801.11 },
    ]);
    for (const body of [
      '<html></html>',
      '{"rc":0}',
      '{"rc":0,"data":{"code":"600519"}}',
      '{"rc":0,"data":{"code":"600520","klines":[]}}',
    ])
      expect(() => eastmoneyHistory.parse(enc(body), MOUTAI, 'qfq')).toThrow(ProviderFormatError);
  });
});

/** A Yahoo daily answer, written field by field as the service lays it out. */
function chart(zone: string, stamps: number[], q: Record<string, (number | null)[]>, adjclose?: (number | null)[]) {
  return enc(
    JSON.stringify({
      chart: {
        result: [
          {
            meta: { currency: 'USD', exchangeTimezoneName: zone, instrumentType: 'EQUITY', dataGranularity: '1d' },
            timestamp: stamps,
            events: { dividends: {} },
            indicators: { quote: [q], ...(adjclose ? { adjclose: [{ adjclose }] } : {}) },
          },
        ],
        error: null,
      },
    }),
  );
}

describe('yahoo daily bars', () => {
  it('maps Taiwan, crypto, indices and the rest to Yahoo symbols, and asks a whole range at once', () => {
    expect(
      [
        T('TW:2330'),
        T('TWO:6488'),
        T('INTL:TWII', 'index'),
        T('CRYPTO:BTC', 'crypto'),
        T('US:.IXIC', 'index'),
        T('US:.INX', 'index'),
        T('HK:HSI', 'index'),
        T('SH:000300', 'index'),
        T('HK:00700'),
        T('US:BRK.B', 'stock', 'NYSE'),
      ].map(yahooHistorySymbol),
    ).toEqual(['2330.TW', '6488.TWO', '^TWII', 'BTC-USD', '^IXIC', '^GSPC', '^HSI', '000300.SS', '0700.HK', 'BRK-B']);
    expect(yahooHistory.requests(T('INTL:TWII', 'index'), '2023-03-01', '2023-03-31', 'qfq')).toEqual([
      'https://query1.finance.yahoo.com/v8/finance/chart/%5ETWII?period1=1677628800&period2=1680307200&interval=1d&events=div,splits',
    ]);
  });

  it('dates each bar in the exchange’s zone; qfq scales the bar to the adjusted close; nulls are skipped', () => {
    // 2023-03-10 and 2023-03-13 at the New York open (EST, then EDT), and a day Yahoo has no prices for.
    const us = chart(
      'America/New_York',
      [1678458600, 1678714200, 1678800600],
      {
        open: [90, 91, null],
        close: [100, 92, null],
        high: [101, 93, null],
        low: [89, 90, null],
        volume: [5e6, 6e6, null],
      },
      [50, 92, null],
    );
    const bidu = T('US:BIDU', 'stock', 'NASDAQ');
    expect(yahooHistory.parse(us, bidu, 'raw')).toEqual([
      { date: '2023-03-10', open: 90, close: 100, high: 101, low: 89, volume: 5e6 },
      { date: '2023-03-13', open: 91, close: 92, high: 93, low: 90, volume: 6e6 },
    ]);
    expect(yahooHistory.parse(us, bidu, 'qfq')).toEqual([
      { date: '2023-03-10', open: 45, close: 50, high: 50.5, low: 44.5, volume: 5e6 },
      { date: '2023-03-13', open: 91, close: 92, high: 93, low: 90, volume: 6e6 },
    ]);
    // 01:00 UTC is 09:00 in Taipei, the same date; crypto's day starts at UTC midnight.
    const tw = chart(
      'Asia/Taipei',
      [1678410000],
      { open: [500], close: [505], high: [507], low: [499], volume: [2e7] },
      [505],
    );
    expect(yahooHistory.parse(tw, T('TW:2330'), 'qfq')?.map((b) => b.date)).toEqual(['2023-03-10']);
    const btc = chart(
      'UTC',
      [1678406400, 1678492800],
      { open: [1, 2], close: [2, 3], high: [3, 4], low: [1, 1], volume: [0, 0] },
      [2, 3],
    );
    expect(yahooHistory.parse(btc, T('CRYPTO:BTC', 'crypto'), 'qfq')?.map((b) => b.date)).toEqual([
      '2023-03-10',
      '2023-03-11',
    ]);
  });

  it('an unknown symbol is null, a range without sessions is empty, anything else is a format error', () => {
    const notFound =
      '{"chart":{"result":null,"error":{"code":"Not Found","description":"No data found, symbol may be delisted"}}}';
    expect(yahooHistory.parse(enc(notFound), T('TW:9999'), 'qfq')).toBeNull();
    const empty =
      '{"chart":{"result":[{"meta":{"exchangeTimezoneName":"Asia/Taipei"},"indicators":{"quote":[{}],"adjclose":[{}]}}],"error":null}}';
    expect(yahooHistory.parse(enc(empty), T('TW:2330'), 'qfq')).toEqual([]);
    for (const bad of [
      '',
      'Too Many Requests',
      '{"chart":{"result":[],"error":null}}',
      '{"chart":{"result":[{"timestamp":[1]}]}}',
    ])
      expect(() => yahooHistory.parse(enc(bad), T('TW:2330'), 'qfq')).toThrow(ProviderFormatError);
  });

  it('the history providers are the quote providers by name', () => {
    expect(Object.keys(HISTORY_PROVIDERS)).toEqual(['tencent', 'eastmoney', 'yahoo']);
    for (const [name, provider] of Object.entries(HISTORY_PROVIDERS)) expect(provider.name).toBe(name);
  });
});
