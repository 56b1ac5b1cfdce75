/**
 * The labelled set of names as readers write them (issue: every listed company by name): English
 * names derived from the listings, words that are also names, Chinese legal and status names, and
 * Taiwan's markets in Traditional and Simplified. [text, kind, canonical id], in text order.
 */
import { describe, expect, it } from 'vitest';
import { analyze, locatedMentions } from '../analyze.ts';

type Expected = [string, string, string][];

const found = (text: string): Expected => locatedMentions(analyze({ text })).map((m) => [m.text, m.kind, m.securityId]);

const english: [string, string, Expected][] = [
  [
    'legal words dropped, then covered by the span',
    'Occidental Petroleum Corp /DE/ and Citigroup Inc reported results; Citi shares rose.',
    [
      ['Occidental Petroleum Corp', 'name', 'US:OXY'],
      ['Citigroup Inc', 'name', 'US:C'],
      ['Citi', 'name', 'US:C'],
    ],
  ],
  [
    'foreign companies resolve to their New York listing',
    'Shell plc and BP said on Monday output fell; UBS Group AG cut jobs.',
    [
      ['Shell plc', 'name', 'US:SHEL'],
      ['BP', 'name', 'US:BP'],
      ['UBS Group AG', 'name', 'US:UBS'],
    ],
  ],
  [
    'Reuters codes and short forms',
    "Johnson & Johnson <JNJ.N> and J&J; Home Depot and Macy's reported sales.",
    [
      ['Johnson & Johnson', 'name', 'US:JNJ'],
      ['JNJ.N', 'code', 'US:JNJ'],
      ['J&J', 'name', 'US:JNJ'],
      ['Home Depot', 'name', 'US:HD'],
      ["Macy's", 'name', 'US:M'],
    ],
  ],
  [
    'Reuters codes of other markets',
    'Tencent <0700.HK> and Moutai <600519.SS> fell; <BRKb.N> rose.',
    [
      ['Tencent', 'name', 'HK:00700'],
      ['0700.HK', 'code', 'HK:00700'],
      ['Moutai', 'name', 'SH:600519'],
      ['600519.SS', 'code', 'SH:600519'],
      ['BRKb.N', 'code', 'US:BRK.B'],
    ],
  ],
  [
    'a word-name in a sentence about shares; apple pie is not',
    "Apple's shares rose after results. I ate an apple pie. Apple pie recipes are popular.",
    [['Apple', 'name', 'US:AAPL']],
  ],
  [
    'Target the retailer, not target prices',
    'Target said quarterly profit fell. Target prices for wheat rose.',
    [['Target', 'name', 'US:TGT']],
  ],
  [
    'the Dow and the Nasdaq are indices; Dow Inc is the company',
    'The Dow fell 300 points while Dow Inc shares rose. The Nasdaq gained 1%.',
    [
      ['Dow', 'name', 'US:.DJI'],
      ['Dow Inc', 'name', 'US:DOW'],
      ['Nasdaq', 'name', 'US:.IXIC'],
    ],
  ],
  [
    'the commonest words need their company word',
    'News Corp said News was good. Universal Health Services rose.',
    [
      ['News Corp', 'name', 'US:NWSA'],
      ['Universal Health Services', 'name', 'US:UHS'],
    ],
  ],
  [
    'a list with companies makes a word-name a company',
    'BP and Chevron said on Monday they had shut production.',
    [
      ['BP', 'name', 'US:BP'],
      ['Chevron', 'name', 'US:CVX'],
    ],
  ],
  ['surnames and hyphenated words are not listings', 'said Jesse Cohen, senior analyst; Co-Founder of the firm.', []],
  ['refusals stay refused', 'The CEO said AI spending of $12M in 2024 would rise; prices rose 5%.', []],
];

const chinese: [string, string, Expected][] = [
  [
    'legal name and status name',
    '闻泰科技股份有限公司公告称，闻泰科技将出售资产；*ST闻泰股价跌停。',
    [
      ['闻泰科技', 'name', 'SH:600745'],
      ['闻泰科技', 'name', 'SH:600745'],
      ['*ST闻泰', 'name', 'SH:600745'],
    ],
  ],
  [
    'status prefixes and STAR suffixes',
    'XD南钢股今日复牌，中芯国际-U涨2%。',
    [
      ['XD南钢股', 'name', 'SH:600282'],
      ['中芯国际', 'name', 'SH:688981'],
    ],
  ],
  ['ordinary words stay words', '我买了一斤苹果，农产品出口增长5%。', []],
  [
    'US-listed Chinese companies and foreign companies by their Chinese names',
    '隔夜中概股普涨，满帮收涨6%，BOSS直聘涨3%；油气股中英国石油、道达尔走强，泛林集团（拉姆研究）跌2%。',
    [
      ['满帮', 'name', 'US:YMM'],
      ['BOSS直聘', 'name', 'US:BZ'],
      ['英国石油', 'name', 'US:BP'],
      ['道达尔', 'name', 'US:TTE'],
      ['泛林集团', 'name', 'US:LRCX'],
      ['拉姆研究', 'name', 'US:LRCX'],
    ],
  ],
  [
    'foreign companies by their home listing',
    '欧洲车企中大众汽车、宝马集团股价下跌，韩国现代汽车与起亚联合发布新车，西门子公告回购。',
    [
      ['大众汽车', 'name', 'INTL:VOW3.DE'],
      ['宝马集团', 'name', 'INTL:BMW.DE'],
      ['韩国现代汽车', 'name', 'INTL:005380.KS'],
      ['起亚', 'name', 'INTL:000270.KS'],
      ['西门子', 'name', 'INTL:SIE.DE'],
    ],
  ],
  [
    "the world's indices as Chinese news prints them",
    '费城半导体指数收跌3%，纳斯达克中国金龙指数涨1.2%，美元指数升至104，首尔综指与欧洲斯托克600指数小幅收高。',
    [
      ['费城半导体指数', 'name', 'INTL:SOX'],
      ['纳斯达克中国金龙指数', 'name', 'INTL:HXC'],
      ['美元指数', 'name', 'INTL:UDI'],
      ['首尔综指', 'name', 'INTL:KS11'],
      ['欧洲斯托克600指数', 'name', 'INTL:STOXX'],
    ],
  ],
  [
    'companies since delisted by their names; the platform and the phrase are not the company',
    '推特公司已于2022年退市，瑞信被瑞银集团收购。网友在推特上讨论周末去哪儿玩。',
    [
      ['推特公司', 'name', 'US:TWTR'],
      ['瑞信', 'name', 'US:CS'],
      ['瑞银集团', 'name', 'US:UBS'],
    ],
  ],
  [
    "Hong Kong's group names without 集团, with finance words beside them; a newspaper is not one",
    '旭辉控股公告称，公司拟发行债券。据经济日报报道，楼市回暖。',
    [['旭辉控股', 'name', 'HK:00884']],
  ],
  [
    'a Hong Kong code with its market written is a listing even where the data does not know it',
    '某生物科技（HK06697，股价10港元）发布公告；另一家公司（06694）未写明市场。',
    [['HK06697', 'code', 'HK:06697']],
  ],
  [
    'the name before a bracketed code is the listing, where the data knows no name there; words that introduce a code are not one',
    '明远医药（HK06697，股价10港元）公告。规模最大的碳中和ETF(159790)上涨0.9%，股票代码(600519)，本公司(600519)。',
    [
      ['明远医药', 'name', 'HK:06697'],
      ['HK06697', 'code', 'HK:06697'],
      ['碳中和ETF', 'name', 'SZ:159790'],
      ['159790', 'code', 'SZ:159790'],
      ['600519', 'code', 'SH:600519'],
      ['600519', 'code', 'SH:600519'],
    ],
  ],
  [
    "US ETFs by the names of Sina's daily ETF report",
    '美股行业ETF周四多数收跌，金融业ETF跌超1.9%，区域银行ETF跌超1.4%；大类资产类ETF中，欧元做多跌超0.4%，大豆基金跌超3.7%。',
    [
      ['金融业ETF', 'name', 'US:XLF'],
      ['区域银行ETF', 'name', 'US:KRE'],
      ['欧元做多', 'name', 'US:FXE'],
      ['大豆基金', 'name', 'US:SOYB'],
    ],
  ],
  [
    'a product in Latin letters right after an ordinary-word name is the company; the fruit stays a fruit',
    '目前苹果iPhone15系列量产已经启动，小米SU7交付提速。我买了一斤苹果，Apple ID忘了；机器人AI技术进步。',
    [
      ['苹果', 'name', 'US:AAPL'],
      ['小米', 'name', 'HK:01810'],
    ],
  ],
  ['a model code after a name is no product', '我们这次测评的昌河爱迪尔CH7121，空间宽敞。', []],
  ['a kind of fund and a foundation are not those ETFs', '大豆基金会向农户发放补贴，新兴市场ETF是一类产品。', []],
];

const taiwan: [string, string, Expected][] = [
  [
    'Traditional: name with code, names',
    '台積電(2330)今日股價上漲3%，聯發科與鴻海同步走高。',
    [
      ['台積電(2330)', 'code', 'TW:2330'],
      ['聯發科', 'name', 'TW:2454'],
      ['鴻海', 'name', 'TW:2317'],
    ],
  ],
  [
    'Simplified: the same',
    '台积电(2330)今日股价上涨3%，联发科与鸿海同步走高。',
    [
      ['台积电(2330)', 'code', 'TW:2330'],
      ['联发科', 'name', 'TW:2454'],
      ['鸿海', 'name', 'TW:2317'],
    ],
  ],
  [
    'bare codes in a text about 台股; TPEx',
    '台股今日收盤，台積電收在600元，2454漲停，環球晶(6488)走弱。',
    [
      ['台積電', 'name', 'TW:2330'],
      ['2454', 'code', 'TW:2454'],
      ['環球晶(6488)', 'code', 'TWO:6488'],
    ],
  ],
  [
    'Yahoo and Reuters forms',
    'TSMC (2330.TW) and GlobalWafers 6488.TWO rose; <2330.TW>.',
    [
      ['TSMC', 'name', 'TW:2330'],
      ['2330.TW', 'code', 'TW:2330'],
      ['6488.TWO', 'code', 'TWO:6488'],
      ['2330.TW', 'code', 'TW:2330'],
    ],
  ],
  [
    '台积电 in a text about 台股 is the Taiwan listing',
    '台股集中市场今日成交量放大，台积电领涨。',
    [['台积电', 'name', 'TW:2330']],
  ],
  [
    '台积电 in a text about 美股 and ADRs is the New York listing',
    '美股ADR方面，台积电ADR收涨2%，台积电盘后再涨1%。',
    [
      ['台积电ADR', 'name', 'US:TSM'],
      ['台积电', 'name', 'US:TSM'],
    ],
  ],
  ['years and amounts are not codes', '台股2023年营收增长，公司计划2330万元投资。', []],
];

describe('names as readers write them', () => {
  for (const [set, cases] of [
    ['English', english],
    ['Chinese', chinese],
    ['Taiwan', taiwan],
  ] as const) {
    describe(set, () => {
      for (const [name, text, expected] of cases) it(name, () => expect(found(text)).toEqual(expected));
    });
  }
});
