import { describe, expect, it } from 'vitest';
import { securityLinks } from './links.ts';

describe('securityLinks', () => {
  it('builds each market code the way the quote site spells it', () => {
    const cases: [Parameters<typeof securityLinks>[0], string[]][] = [
      [
        { market: 'US', symbol: 'BRK.B', type: 'stock' },
        [
          'https://xueqiu.com/S/BRK.B',
          'https://quote.eastmoney.com/us/BRK.B.html',
          'https://finance.yahoo.com/quote/BRK-B',
        ],
      ],
      [
        { market: 'SH', symbol: '600519', type: 'stock' },
        [
          'https://xueqiu.com/S/SH600519',
          'https://quote.eastmoney.com/sh600519.html',
          'https://finance.yahoo.com/quote/600519.SS',
        ],
      ],
      [
        { market: 'HK', symbol: '00700', type: 'stock' },
        [
          'https://xueqiu.com/S/00700',
          'https://quote.eastmoney.com/hk/00700.html',
          'https://finance.yahoo.com/quote/0700.HK',
        ],
      ],
      [
        { market: 'HK', symbol: 'HSI', type: 'index' },
        ['https://xueqiu.com/S/HKHSI', 'https://finance.yahoo.com/quote/%5EHSI'],
      ],
      [
        { market: 'US', symbol: '.IXIC', type: 'index' },
        ['https://xueqiu.com/S/.IXIC', 'https://finance.yahoo.com/quote/%5EIXIC'],
      ],
      [
        { market: 'CN', symbol: '000001', type: 'fund' },
        ['https://xueqiu.com/S/F000001', 'https://fund.eastmoney.com/000001.html'],
      ],
      // Taiwan: Yahoo only (Xueqiu and Eastmoney have no pages for these listings).
      [{ market: 'TW', symbol: '2330', type: 'stock' }, ['https://finance.yahoo.com/quote/2330.TW']],
      [{ market: 'TWO', symbol: '6488', type: 'stock' }, ['https://finance.yahoo.com/quote/6488.TWO']],
      // Other markets: Yahoo only, in its spelling; an index Yahoo does not carry has no link.
      [{ market: 'INTL', symbol: '005930.KS', type: 'stock' }, ['https://finance.yahoo.com/quote/005930.KS']],
      [{ market: 'INTL', symbol: 'SOX', type: 'index' }, ['https://finance.yahoo.com/quote/%5ESOX']],
      [{ market: 'INTL', symbol: 'BDI', type: 'index' }, []],
    ];
    for (const [security, urls] of cases) expect(securityLinks(security).map((l) => l.url)).toEqual(urls);
  });
});
