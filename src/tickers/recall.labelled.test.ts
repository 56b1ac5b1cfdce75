/**
 * The labelled set of recall rules (issue: recall of Chinese company and stock mentions): a name
 * that needs a finance context takes one from an announcement headline (`公司名：…`) and from its
 * shares' move right after it (`涨超8%`, `2板`, `Booking涨超5%`); an A-share's display forms (`C井松`, `XD贵州茅`)
 * name it. Each rule with its traps. Texts are the project's own. [text, names found as [text, id]].
 */
import { describe, expect, it } from 'vitest';
import { analyze, locatedMentions } from '../analyze.ts';

type Names = [string, string][];
const names = (text: string): Names =>
  locatedMentions(analyze({ text }))
    .filter((m) => m.kind === 'name')
    .map((m) => [m.text, m.securityId]);

describe('an announcement headline is a finance context', () => {
  const cases: [string, string, Names][] = [
    ['an old name opens a filing headline', '中环股份：公司证券简称自下周起变更。', [['中环股份', 'SZ:002129']]],
    ['on a line of its own', '快讯\n远达环保：董事长因工作调整辞去职务', [['远达环保', 'SH:600292']]],
    ['after a sentence, in brackets', '盘后公告一览。【远达环保：拟投资建设光伏项目】', [['远达环保', 'SH:600292']]],
    [
      'an ordinary word in a feed of filings',
      '公告速递\n太平洋：拟以自有资金3亿元设立资管子公司\n中信证券：上半年净利润同比增长8%，营收增长5%',
      [
        ['太平洋', 'SH:601099'],
        ['中信证券', 'SH:600030'],
      ],
    ],
    // Traps: a review's headings, a label in plain text, a colon mid-sentence.
    ['trap: a car review heading says nothing a company does', '爱迪尔：动力输出温和\n爱迪尔：做工扎实', []],
    ['trap: an ordinary word labels a line of a travel guide', '太平洋：拟于下月出发，领略海岛风光。', []],
    ['trap: spaces inside a line are not its start', '据悉    远达环保：拟投资建设光伏项目', []],
    ['trap: the name is not at the start of a line', '他最喜欢的是太平洋：蓝色的海，公司组织过一次旅行。', []],
  ];
  it.each(cases)('%s', (_why, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("a share's move right after the name is a finance context", () => {
  const cases: [string, string, Names][] = [
    ['a percentage', '钒电池板块走强，中核钛白涨超8%。', [['中核钛白', 'SZ:002145']]],
    [
      'a fall, and 也 before the move',
      '美股收盘，苹果跌超3%，美国银行也涨0.72%。',
      [
        ['苹果', 'US:AAPL'],
        ['美国银行', 'US:BAC'],
      ],
    ],
    [
      'limit-up days',
      '大金融方面天茂集团2板，数源科技7天6板。',
      [
        ['天茂集团', 'SZ:000627'],
        ['数源科技', 'SZ:000909'],
      ],
    ],
    ['an English word-name too', '美股盘中，Booking涨超5%。', [['Booking', 'US:BKNG']]],
    // Traps: a price, a rise in price without a figure, a figure of something else, a word-name alone.
    ['trap: a word-name without a move', '他在Booking上订了酒店。', []],
    ['trap: the price of apples', '受天气影响，苹果价格跌5%。', []],
    ['trap: a price rise in words', '入冬以来苹果涨价，水果店生意清淡。', []],
    ['trap: a place and a count', '周末白云山游客增长5%，景区限流。', []],
  ];
  it.each(cases)('%s', (_why, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("an A-share's display forms name it", () => {
  const cases: [string, string, Names][] = [
    [
      'C + the start or the end of the name, in a list of stocks',
      '科创板次新股走弱，C井松一度跌超9%，C洛耐、希荻微等跟跌。',
      [
        ['C井松', 'SH:688251'],
        ['C洛耐', 'SH:688119'],
        ['希荻微', 'SH:688173'],
      ],
    ],
    ['XD + three characters, with finance words', 'XD贵州茅今日除息，股价微跌。', [['XD贵州茅', 'SH:600519']]],
    // Traps: a footballer, a market segment, a league, a stem two companies share, no finance words.
    ['trap: C罗 is a footballer', 'C罗梅开二度，球队客场取胜。', []],
    ['trap: C端 is consumers', '这款产品面向C端用户，下月发布。', []],
    ['trap: a Latin word before the mark', 'NBA总决赛今晚开打。', []],
    ['trap: a stem many names share (中国)', '公司股价上涨，N中国题材受追捧。', []],
    ['trap: no finance context', 'C井松这个词没有出现在别处。', []],
  ];
  it.each(cases)('%s', (_why, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('exchange-traded funds by their listed names', () => {
  const cases: [string, string, Names][] = [
    [
      'a fund named as listed',
      '华夏上证50ETF昨日成交额放大，易方达创业板ETF获资金净流入。',
      [
        ['华夏上证50ETF', 'SH:510050'],
        ['易方达创业板ETF', 'SZ:159915'],
      ],
    ],
    // Traps: a generic fund type, a fund described in words.
    ['trap: a generic kind of fund', '投资者可以通过黄金ETF参与金价波动。', []],
    ['trap: a fund described, not named', '沪深两市的创业板ETF规模合计增长。', []],
  ];
  it.each(cases)('%s', (_why, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
