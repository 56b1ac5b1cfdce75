import { describe, expect, it } from 'vitest';
import { gbk } from '../../e2e/harness/gbk.ts';
import {
  BAIDU_US,
  HALTED,
  MOUTAI,
  NASDAQ_INDEX,
  TENCENT_HK,
  TENCENT_NONE,
  tencentFields,
  tencentLine,
  tencentMinutes,
} from '../../e2e/harness/provider-samples.ts';
import { tencent, tencentCode } from './tencent.ts';
import { ProviderFormatError, type QuoteTarget } from './types.ts';

const MOUTAI_T: QuoteTarget = { id: 'SH:600519', market: 'SH', symbol: '600519', type: 'stock' };
const TENCENT_T: QuoteTarget = { id: 'HK:00700', market: 'HK', symbol: '00700', type: 'stock' };
const BAIDU_T: QuoteTarget = { id: 'US:BIDU', market: 'US', symbol: 'BIDU', type: 'stock', exchange: 'NASDAQ' };
const IXIC_T: QuoteTarget = { id: 'US:.IXIC', market: 'US', symbol: '.IXIC', type: 'index' };
const HALTED_T: QuoteTarget = { id: 'SZ:000999', market: 'SZ', symbol: '000999', type: 'stock' };
const FUND_T: QuoteTarget = { id: 'CN:161725', market: 'CN', symbol: '161725', type: 'fund' };

/** Monday 30 November 2026, 14:15:30 in Beijing (06:15:30 UTC): A-shares and Hong Kong are trading. */
const AFTERNOON_BJ = Date.UTC(2026, 10, 30, 6, 15, 30);

function answer(targets: QuoteTarget[], body: string, now = AFTERNOON_BJ) {
  const [request] = tencent.requests(targets);
  return tencent.parse(gbk(body), request, now);
}

describe('tencent adapter', () => {
  it('asks for every market in one batched request, in its own codes', () => {
    const targets = [MOUTAI_T, TENCENT_T, BAIDU_T, IXIC_T, HALTED_T, FUND_T];
    expect(targets.map(tencentCode)).toEqual(['sh600519', 'hk00700', 'usBIDU', 'usIXIC', 'sz000999', undefined]);
    const requests = tencent.requests(targets);
    expect(requests).toHaveLength(1);
    expect(requests[0].url).toBe('https://qt.gtimg.cn/q=sh600519,hk00700,usBIDU,usIXIC,sz000999');
    expect(requests[0].targets.map((t) => t.id)).not.toContain('CN:161725');
    expect(
      tencent.requests(
        Array.from({ length: 130 }, (_, i) => ({ ...MOUTAI_T, id: `SH:${600000 + i}`, symbol: String(600000 + i) })),
      ),
    ).toHaveLength(3);
  });

  it('reads an A-share in GBK: units scaled (lots, 万元, 亿), time in Beijing, market open', () => {
    const { quotes, unknown } = answer([MOUTAI_T], tencentLine('sh600519', MOUTAI));
    expect(unknown.size).toBe(0);
    expect(quotes.get('SH:600519')).toEqual({
      id: 'SH:600519',
      provider: 'tencent',
      price: 1370.07,
      change: -2.92,
      changePercent: -0.21,
      previousClose: 1372.99,
      open: 1372.89,
      high: 1378,
      low: 1366,
      volume: 1_186_000,
      turnover: 1_623_900_000,
      marketCap: 1_721_080_000_000,
      pe: 23.2,
      currency: 'CNY',
      time: Date.UTC(2026, 10, 30, 6, 15, 2),
      timeZone: 'Asia/Shanghai',
      state: 'open',
      delayed: false,
    });
  });

  it('reads Hong Kong (delayed feed, HKD) and a US stock before the open, with the US time in New York', () => {
    const body = tencentLine('hk00700', TENCENT_HK) + tencentLine('usBIDU', BAIDU_US);
    const noonNewYork = Date.UTC(2026, 10, 30, 12, 20); // 7:20 in New York, pre-market
    const { quotes } = answer([TENCENT_T, BAIDU_T], body, noonNewYork);
    const hk = quotes.get('HK:00700');
    expect(hk).toMatchObject({
      price: 467.2,
      currency: 'HKD',
      delayed: true,
      volume: 6934291,
      marketCap: 4_259_925_690_000,
    });
    expect(hk?.time).toBe(Date.UTC(2026, 10, 30, 6, 3, 53));
    const us = quotes.get('US:BIDU');
    expect(us).toMatchObject({ price: 112.35, currency: 'USD', state: 'pre', pe: 12.8, delayed: false });
    expect(us?.time).toBe(Date.UTC(2026, 10, 30, 12, 12));
    // Fields the provider gave as 0 are not shown as 0: open, high, low and volume are absent.
    expect(us).not.toHaveProperty('open');
    expect(us).not.toHaveProperty('high');
    expect(us).not.toHaveProperty('volume');
  });

  it('reads an index asked without its dot; no market value or P/E is invented', () => {
    const { quotes } = answer([IXIC_T], tencentLine('usIXIC', NASDAQ_INDEX));
    const q = quotes.get('US:.IXIC');
    expect(q).toMatchObject({ price: 19210.55, change: 110.45, changePercent: 0.58 });
    expect(q).not.toHaveProperty('marketCap');
    expect(q).not.toHaveProperty('pe');
    // Friday's close, read on Monday afternoon in Beijing (night in New York): closed.
    expect(q?.state).toBe('closed');
  });

  it('a halted A-share shows its last price, no change, and says it is halted; a negative P/E is dropped', () => {
    const { quotes } = answer([HALTED_T], tencentLine('sz000999', HALTED));
    expect(quotes.get('SZ:000999')).toMatchObject({ price: 8.88, change: 0, changePercent: 0, halted: true });
    expect(quotes.get('SZ:000999')).not.toHaveProperty('pe');
  });

  it('an unknown code is unknown; the known ones of the same batch are still read', () => {
    const body = tencentLine('sh600519', MOUTAI) + TENCENT_NONE;
    const { quotes, unknown } = answer([MOUTAI_T, HALTED_T], body);
    expect([...quotes.keys()]).toEqual(['SH:600519']);
    expect([...unknown]).toEqual(['SZ:000999']);
  });

  it('bad fields are dropped one by one, never NaN; a line without a price is no quote', () => {
    const bad = tencentFields({
      1: '贵州茅台',
      3: '1370.07',
      4: 'abc',
      5: 'NaN',
      31: '--',
      32: 'Infinity',
      33: '1e400',
      45: '-3',
    });
    const { quotes } = answer([MOUTAI_T], tencentLine('sh600519', bad));
    const q = quotes.get('SH:600519');
    expect(q?.price).toBe(1370.07);
    for (const key of ['previousClose', 'open', 'change', 'changePercent', 'high', 'marketCap', 'time'])
      expect(q).not.toHaveProperty(key);
    expect(JSON.stringify(q)).not.toMatch(/NaN|null|Infinity/);
    const noPrice = tencentFields({ 1: 'x', 3: 'x', 4: '' });
    expect(answer([MOUTAI_T], tencentLine('sh600519', noPrice)).quotes.size).toBe(0);
  });

  it('garbage and an empty answer are format errors; a truncated one leaves the cut codes unanswered', () => {
    expect(() => answer([MOUTAI_T], '<html>502 Bad Gateway</html>')).toThrow(ProviderFormatError);
    expect(() => answer([MOUTAI_T], '')).toThrow(ProviderFormatError);
    const whole = tencentLine('sh600519', MOUTAI) + tencentLine('sz000999', HALTED);
    const cut = whole.slice(0, whole.length - 40);
    const { quotes, unknown } = answer([MOUTAI_T, HALTED_T], cut);
    expect([...quotes.keys()]).toEqual(['SH:600519']);
    expect(unknown.size).toBe(0);
  });

  it('reads the intraday minutes with the previous close as the baseline', () => {
    const url = tencent.minutesRequest?.(MOUTAI_T);
    expect(url).toBe('https://web.ifzq.gtimg.cn/appstock/app/minute/query?code=sh600519');
    const body = new TextEncoder().encode(tencentMinutes('sh600519', [1372, 1371.5, 1370.07], 1372.99));
    const minutes = tencent.parseMinutes?.(body, MOUTAI_T);
    expect(minutes).toEqual({
      id: 'SH:600519',
      previousClose: 1372.99,
      points: [
        { minute: 570, price: 1372 },
        { minute: 571, price: 1371.5 },
        { minute: 572, price: 1370.07 },
      ],
    });
    expect(() => tencent.parseMinutes?.(new TextEncoder().encode('{"code":-1}'), MOUTAI_T)).toThrow(
      ProviderFormatError,
    );
  });
});
