/**
 * The labelled set: every form of mention and every refusal the securities engine promises, in
 * Chinese and English, with the exact mentions expected ([text, kind, canonical id], in text order).
 */
import { describe, expect, it } from 'vitest';
import { analyze, locatedMentions } from '../analyze.ts';

type Expected = [string, string, string][];

function found(text: string, links?: { start: number; end: number; href: string }[]): Expected {
  return locatedMentions(analyze({ text, links })).map((m) => [m.text, m.kind, m.securityId]);
}

const cases: [string, string, Expected][] = [
  // Cashtags
  [
    'cashtags in prose and parentheses',
    'Shares of Baidu Inc ($BIDU) rose; $TWTR/$SQ fell.',
    [
      ['Baidu Inc', 'name', 'US:BIDU'],
      ['$BIDU', 'cashtag', 'US:BIDU'],
      ['$TWTR', 'cashtag', 'US:TWTR'],
      ['$SQ', 'cashtag', 'US:SQ'],
    ],
  ],
  [
    'share classes and full-width sign',
    '$brk.b and $BRK-B, ＄NVDA。',
    [
      ['$brk.b', 'cashtag', 'US:BRK.B'],
      ['$BRK-B', 'cashtag', 'US:BRK.B'],
      ['＄NVDA', 'cashtag', 'US:NVDA'],
    ],
  ],
  [
    'foreign suffixes',
    '$POT.TO and $MOR.DE',
    [
      ['$POT.TO', 'cashtag', 'INTL:POT.TO'],
      ['$MOR.DE', 'cashtag', 'INTL:MOR.DE'],
    ],
  ],
  [
    'crypto first',
    'Long $BTC, short $ETH.',
    [
      ['$BTC', 'cashtag', 'CRYPTO:BTC'],
      ['$ETH', 'cashtag', 'CRYPTO:ETH'],
    ],
  ],
  [
    'a cashtag after Chinese text',
    '今天买入$TSLA，卖出$AAPL。',
    [
      ['$TSLA', 'cashtag', 'US:TSLA'],
      ['$AAPL', 'cashtag', 'US:AAPL'],
    ],
  ],
  // Xueqiu
  [
    'Xueqiu back to back',
    '$纳斯达克综合指数(.IXIC)$$中概互联网指数ETF-KraneShares(KWEB)$$百度(BIDU)$#ChatGPT#',
    [
      ['$纳斯达克综合指数(.IXIC)$', 'xueqiu', 'US:.IXIC'],
      ['$中概互联网指数ETF-KraneShares(KWEB)$', 'xueqiu', 'US:KWEB'],
      ['$百度(BIDU)$', 'xueqiu', 'US:BIDU'],
    ],
  ],
  [
    'Xueqiu A/HK/index/fund',
    '$贵州茅台(SH600519)$ $腾讯控股(00700)$ $恒生指数(HKHSI)$ $某基金(F000001)$',
    [
      ['$贵州茅台(SH600519)$', 'xueqiu', 'SH:600519'],
      ['$腾讯控股(00700)$', 'xueqiu', 'HK:00700'],
      ['$恒生指数(HKHSI)$', 'xueqiu', 'HK:HSI'],
      ['$某基金(F000001)$', 'xueqiu', 'CN:000001'],
    ],
  ],
  [
    'Xueqiu name with parentheses',
    '$易方达中证海外中国互联网50(QDII-ETF)(SH513050)$',
    [['$易方达中证海外中国互联网50(QDII-ETF)(SH513050)$', 'xueqiu', 'SH:513050']],
  ],
  // A-share and HK codes
  [
    'A-share code forms',
    'SH600519、sh600519、600519.SH、600519.SS 与 300750.SZ',
    [
      ['SH600519', 'code', 'SH:600519'],
      ['sh600519', 'code', 'SH:600519'],
      ['600519.SH', 'code', 'SH:600519'],
      ['600519.SS', 'code', 'SH:600519'],
      ['300750.SZ', 'code', 'SZ:300750'],
    ],
  ],
  [
    'name with code in parentheses',
    '贵州茅台(600519)和宁德时代（300750）领涨',
    [
      ['贵州茅台(600519)', 'code', 'SH:600519'],
      ['宁德时代（300750）', 'code', 'SZ:300750'],
    ],
  ],
  [
    'one code, two listings, settled by the name',
    '平安银行(000001)跑赢上证指数(000001)',
    [
      ['平安银行(000001)', 'code', 'SZ:000001'],
      ['上证指数(000001)', 'code', 'SH:000001'],
    ],
  ],
  [
    'HK code forms',
    '00700.HK、0700.HK、HK:700、腾讯控股(00700)',
    [
      ['00700.HK', 'code', 'HK:00700'],
      ['0700.HK', 'code', 'HK:00700'],
      ['HK:700', 'code', 'HK:00700'],
      ['腾讯控股(00700)', 'code', 'HK:00700'],
    ],
  ],
  ['an ETF code after its name', '工银稀有金属ETF基金(159671)今日上市', [['159671', 'code', 'SZ:159671']]],
  ['a labelled code', '股票代码：600519', [['600519', 'code', 'SH:600519']]],
  [
    'a Reuters code',
    'Alibaba Group (BABA.N) and Baidu (BIDU.O)',
    [
      ['Alibaba Group', 'name', 'US:BABA'],
      ['BABA.N', 'code', 'US:BABA'],
      ['Baidu', 'name', 'US:BIDU'],
      ['BIDU.O', 'code', 'US:BIDU'],
    ],
  ],
  // Exchange prefixes
  [
    'exchange prefixes',
    'Baidu (NASDAQ: BIDU) and (NYSE:BABA); 纳斯达克:PDD',
    [
      ['Baidu', 'name', 'US:BIDU'],
      ['NASDAQ: BIDU', 'exchange-prefix', 'US:BIDU'],
      ['NYSE:BABA', 'exchange-prefix', 'US:BABA'],
      ['纳斯达克:PDD', 'exchange-prefix', 'US:PDD'],
    ],
  ],
  // Names
  [
    'Chinese names and aliases',
    '百度、宁德时代、腾讯、茅台、特斯拉和英伟达',
    [
      ['百度', 'name', 'US:BIDU'],
      ['宁德时代', 'name', 'SZ:300750'],
      ['腾讯', 'name', 'HK:00700'],
      ['茅台', 'name', 'SH:600519'],
      ['特斯拉', 'name', 'US:TSLA'],
      ['英伟达', 'name', 'US:NVDA'],
    ],
  ],
  [
    'English names',
    "Baidu, Tesla's rally, Alibaba and Nvidia",
    [
      ['Baidu', 'name', 'US:BIDU'],
      ['Tesla', 'name', 'US:TSLA'],
      ['Alibaba', 'name', 'US:BABA'],
      ['Nvidia', 'name', 'US:NVDA'],
    ],
  ],
  [
    'indices',
    '上证指数、恒生指数、纳斯达克综合指数；S&P 500, Nasdaq Composite and Dow Jones',
    [
      ['上证指数', 'name', 'SH:000001'],
      ['恒生指数', 'name', 'HK:HSI'],
      ['纳斯达克综合指数', 'name', 'US:.IXIC'],
      ['S&P 500', 'name', 'US:.INX'],
      ['Nasdaq Composite', 'name', 'US:.IXIC'],
      ['Dow Jones', 'name', 'US:.DJI'],
    ],
  ],
  [
    'a dual listing follows the code named nearby',
    '阿里巴巴(09988)公布业绩，阿里巴巴股价上涨',
    [
      ['阿里巴巴(09988)', 'code', 'HK:09988'],
      ['阿里巴巴', 'name', 'HK:09988'],
    ],
  ],
  [
    'a dual listing follows the market the article is about',
    '港股收盘：恒指涨1%，港股科技股走强，港交所成交放大，阿里巴巴涨3%',
    [
      ['恒指', 'name', 'HK:HSI'],
      ['阿里巴巴', 'name', 'HK:09988'],
    ],
  ],
  ['the exchange as a venue is not its listed company', '天齐锂业在港交所公告称', [['天齐锂业', 'name', 'SZ:002466']]],
  [
    'a short alias inside a longer word is not a name',
    '化工行业增加值增长20.1%，工行股价上涨',
    [['工行', 'name', 'SH:601398']],
  ],
  ['a dual listing defaults to the primary listing', '阿里巴巴发布新模型', [['阿里巴巴', 'name', 'US:BABA']]],
  ['an ordinary-word name needs finance context', '我吃了一个苹果。苹果股价今天上涨。', [['苹果', 'name', 'US:AAPL']]],
  [
    'an ordinary-word name is linked when the article names it explicitly',
    'I ate an Apple. Later $AAPL fell.',
    [
      ['Apple', 'name', 'US:AAPL'],
      ['$AAPL', 'cashtag', 'US:AAPL'],
    ],
  ],
  ['a port is a place without finance context', '货轮驶入天津港。', []],
  // Refusals
  ['money and amounts', 'raised $12M, then $1,200 and $12.9bn; US$5, HK$300, C$40, $ 5.', []],
  ['code, URLs and e-mail', 'see https://example.com/$ABC?q=$AAPL or write ir@baidu.com; PATH=a$HOME', []],
  ['spreadsheet references and chains', 'COUNTIFS(RATS!$C:$C) and $HARD$CORE', []],
  ['truncated cashtags', 'watch $TSL… next', []],
  ['a dollar sign inside a word of another script', 'RΛ$TΛ and é$AB', []],
  ['all-caps words that are not tickers', 'The CEO said AI, USD, ETF and GDP matter.', []],
  [
    'years, dates, prices and phone numbers',
    '2023年(2023)营收(12.5)亿，电话010-62345678，日期20230206，价格600519.00元',
    [],
  ],
  ['a 6-digit number that no listing carries', '订单号(123456)', []],
];

describe('labelled mentions', () => {
  for (const [name, text, expected] of cases) {
    it(name, () => {
      expect(found(text)).toEqual(expected);
    });
  }

  it("Xueqiu's rendered cashtag: a link to xueqiu.com/S/<code> whose text is the cashtag", () => {
    const text = '看好$贵州茅台(SH600519)$，也看好 $百度(BIDU)$ 和 导航链接$TSLA';
    const tag = '$贵州茅台(SH600519)$';
    const nav = text.indexOf('$TSLA');
    const links = [
      { start: 2, end: 2 + tag.length, href: 'https://xueqiu.com/S/SH600519' },
      { start: nav, end: nav + 5, href: '/quote/TSLA' },
    ];
    expect(found(text, links)).toEqual([
      [tag, 'link', 'SH:600519'],
      ['$百度(BIDU)$', 'xueqiu', 'US:BIDU'],
    ]);
  });
});
