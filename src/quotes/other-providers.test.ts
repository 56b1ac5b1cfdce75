import { describe, expect, it } from 'vitest';
import {
  eastmoneyList,
  eastmoneyRow,
  fundEstimate,
  YAHOO_NOT_FOUND,
  yahooChart,
} from '../../e2e/harness/provider-samples.ts';
import { eastmoney, eastmoneySecid } from './eastmoney.ts';
import { marketState, parseMarketTime } from './market-hours.ts';
import { ProviderFormatError, type QuoteTarget } from './types.ts';
import { yahoo, yahooTicker } from './yahoo.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const T = (id: string, type: QuoteTarget['type'] = 'stock', exchange?: string): QuoteTarget => {
  const [market, symbol] = id.split(':') as [QuoteTarget['market'], string];
  return { id, market, symbol, type, exchange };
};
const NOW = Date.UTC(2026, 10, 30, 6, 15, 30);

describe('eastmoney adapter', () => {
  const targets = [
    T('SH:600519'),
    T('SZ:159915', 'etf'),
    T('HK:00700'),
    T('US:BRK.B', 'stock', 'NYSE'),
    T('US:.IXIC', 'index'),
    T('CN:161725', 'fund'),
  ];

  it('builds secids per market and exchange, one batch, and a call per fund estimate', () => {
    expect(targets.map(eastmoneySecid)).toEqual([
      '1.600519',
      '0.159915',
      '116.00700',
      '106.BRK_B',
      '100.NDX',
      undefined,
    ]);
    const requests = eastmoney.requests(targets);
    expect(requests.map((r) => r.url)).toEqual([
      'https://push2.eastmoney.com/api/qt/ulist.np/get?fltt=2&invt=2&fields=f2,f3,f4,f5,f6,f9,f12,f13,f14,f15,f16,f17,f18,f20,f124&secids=1.600519,0.159915,116.00700,106.BRK_B,100.NDX',
      'https://fundgz.1234567.com.cn/js/161725.js',
    ]);
  });

  it('reads a list answer by secid; "-" fields are dropped; absent codes are unknown', () => {
    const [list] = eastmoney.requests(targets);
    const body = eastmoneyList([
      eastmoneyRow(1, '600519', {
        f2: 1370.07,
        f3: -0.21,
        f4: -2.92,
        f5: 11860,
        f6: 1623900000,
        f9: 23.2,
        f15: 1378,
        f16: 1366,
        f17: 1372.89,
        f18: 1372.99,
        f20: 1721080000000,
        f124: 1796019302,
      }),
      eastmoneyRow(116, '00700', { f2: 467.2, f3: -0.89, f4: -4.2, f9: '-', f18: 471.4, f20: '-' }),
    ]);
    const { quotes, unknown } = eastmoney.parse(bytes(body), list, NOW);
    expect(quotes.get('SH:600519')).toMatchObject({
      provider: 'eastmoney',
      price: 1370.07,
      volume: 1_186_000,
      marketCap: 1_721_080_000_000,
      time: 1796019302000,
      delayed: false,
    });
    expect(quotes.get('HK:00700')).toMatchObject({ price: 467.2, delayed: true, currency: 'HKD' });
    expect(quotes.get('HK:00700')).not.toHaveProperty('pe');
    expect([...unknown].sort()).toEqual(['SZ:159915', 'US:.IXIC', 'US:BRK.B']);
    expect(eastmoney.parse(bytes(eastmoneyList([])), list, NOW).unknown.size).toBe(5);
    expect(() => eastmoney.parse(bytes('{"rc":102}'), list, NOW)).toThrow(ProviderFormatError);
    expect(() => eastmoney.parse(bytes('<html>'), list, NOW)).toThrow(ProviderFormatError);
  });

  it("reads a fund's estimate as an estimate; a fund without one is unknown", () => {
    const [, fund] = eastmoney.requests(targets);
    const { quotes } = eastmoney.parse(
      bytes(fundEstimate('161725', '1.0234', '1.0301', '0.65', '2026-11-30 14:15')),
      fund,
      NOW,
    );
    expect(quotes.get('CN:161725')).toMatchObject({
      price: 1.0301,
      previousClose: 1.0234,
      change: 0.0067,
      changePercent: 0.65,
      estimate: true,
      state: 'open',
    });
    expect(eastmoney.parse(bytes('jsonpgz();'), fund, NOW).unknown.has('CN:161725')).toBe(true);
    expect(() => eastmoney.parse(bytes('jsonpgz({"fundcode":'), fund, NOW)).toThrow(ProviderFormatError);
  });
});

describe('yahoo adapter', () => {
  it('asks for crypto against the dollar and other listings as written, one symbol a call', () => {
    expect(
      [T('CRYPTO:BTC', 'crypto'), T('INTL:POT.TO', 'unknown'), T('HK:00700'), T('US:BRK.B')].map(yahooTicker),
    ).toEqual(['BTC-USD', 'POT.TO', '0700.HK', 'BRK-B']);
    expect([T('TW:2330'), T('TWO:6488')].map(yahooTicker)).toEqual(['2330.TW', '6488.TWO']);
    // The catalogue's international indices take Yahoo's caret: TAIEX is ^TWII, for the quote as for the bars.
    expect([T('INTL:TWII', 'index'), T('INTL:N225', 'index')].map(yahooTicker)).toEqual(['^TWII', '^N225']);
    // The dollar index is a future's symbol there; the Baltic Dry is not on Yahoo: no request for it.
    expect([T('INTL:SOX', 'index'), T('INTL:UDI', 'index'), T('INTL:BDI', 'index')].map(yahooTicker)).toEqual([
      '^SOX',
      'DX-Y.NYB',
      undefined,
    ]);
    expect(yahoo.covers(T('INTL:BDI', 'index'))).toBe(false);
    expect([T('INTL:005930.KS'), T('INTL:SIE.DE')].map(yahooTicker)).toEqual(['005930.KS', 'SIE.DE']);
    expect(yahoo.requests([T('CRYPTO:BTC', 'crypto')])[0].url).toBe(
      'https://query1.finance.yahoo.com/v8/finance/chart/BTC-USD?range=1d&interval=5m',
    );
  });

  it('reads a chart answer into a quote and a sparkline; not found is unknown', () => {
    const btc = T('CRYPTO:BTC', 'crypto');
    const [request] = yahoo.requests([btc]);
    const body = bytes(yahooChart('BTC-USD', 97000, 95000, NOW, [95500, 96000, 97000]));
    const q = yahoo.parse(body, request, NOW).quotes.get('CRYPTO:BTC');
    expect(q).toMatchObject({
      provider: 'yahoo',
      price: 97000,
      previousClose: 95000,
      change: 2000,
      currency: 'USD',
      state: 'open',
      delayed: false,
      timeZone: 'UTC',
    });
    expect(q?.changePercent).toBeCloseTo(2.1053, 3);
    const minutes = yahoo.parseMinutes?.(body, btc);
    expect(minutes?.points.map((p) => p.price)).toEqual([95500, 96000, 97000]);
    expect(yahoo.parse(bytes(YAHOO_NOT_FOUND), request, NOW).unknown.has('CRYPTO:BTC')).toBe(true);
    expect(() => yahoo.parse(bytes('garbage'), request, NOW)).toThrow(ProviderFormatError);
  });
});

describe('market hours', () => {
  const bj = (h: number, m: number, day = 30) => Date.UTC(2026, 10, day, h - 8, m);
  it('A-shares: auction, open, lunch, closed, weekend; a holiday is told by the quote date', () => {
    expect(marketState('SH', bj(9, 20))).toBe('pre');
    expect(marketState('SH', bj(10, 0))).toBe('open');
    expect(marketState('SH', bj(12, 0))).toBe('lunch');
    expect(marketState('SZ', bj(15, 1))).toBe('closed');
    expect(marketState('SH', bj(10, 0, 29))).toBe('closed'); // Sunday
    expect(marketState('SH', bj(10, 0), bj(15, 0, 27))).toBe('closed'); // last price from Friday
  });
  it('Hong Kong lunch and the US sessions in New York time (standard and daylight time)', () => {
    expect(marketState('HK', bj(12, 30))).toBe('lunch');
    expect(marketState('US', Date.UTC(2026, 10, 30, 15, 0))).toBe('open'); // 10:00 EST
    expect(marketState('US', Date.UTC(2026, 10, 30, 13, 0))).toBe('pre'); // 8:00 EST
    expect(marketState('US', Date.UTC(2026, 10, 30, 22, 0))).toBe('after'); // 17:00 EST
    expect(marketState('US', Date.UTC(2026, 6, 1, 13, 45))).toBe('open'); // 9:45 EDT
    expect(marketState('CRYPTO', NOW)).toBe('open');
  });
  it('Taiwan (TWSE and TPEx) trades 9:00–13:30 Taipei time, no lunch', () => {
    expect(marketState('TW', bj(8, 45))).toBe('pre');
    expect(marketState('TW', bj(12, 0))).toBe('open');
    expect(marketState('TWO', bj(13, 29))).toBe('open');
    expect(marketState('TWO', bj(13, 45))).toBe('closed');
  });
  it('provider time texts in a zone', () => {
    expect(parseMarketTime('20261130141502', 'Asia/Shanghai')).toBe(Date.UTC(2026, 10, 30, 6, 15, 2));
    expect(parseMarketTime('2026-07-01 09:45:00', 'America/New_York')).toBe(Date.UTC(2026, 6, 1, 13, 45));
    expect(parseMarketTime('2026/11/30 16:08', 'Asia/Hong_Kong')).toBe(Date.UTC(2026, 10, 30, 8, 8));
    for (const bad of ['', '0', 'yesterday', '2026-13-01', 42, undefined])
      expect(parseMarketTime(bad, 'UTC')).toBeUndefined();
  });
});
