/**
 * The labelled set of precision cases (issue: precision on real pages): Chinese names cut out of
 * longer words, names that are also places, people's names, products or words, and page furniture,
 * in Chinese and English, each with its positive. [sentence, the names found as [text, id]].
 */
import { describe, expect, it } from 'vitest';
import { analyze, locatedMentions } from '../analyze.ts';

type Names = [string, string][];
const names = (text: string): Names =>
  locatedMentions(analyze({ text }))
    .filter((m) => m.kind === 'name')
    .map((m) => [m.text, m.securityId]);

const boundaries: [string, Names][] = [
  // Cut out of a longer word: no name.
  ['技术创新和成果转化的中小企业获得支持。', []],
  ['巫和懋（台湾大学管理学院）发表演讲。', []],
  ['山东中华电力有限公司签署协议。', []],
  ['5月份，全国新能源汽车产量增长。', []],
  ['公司成立新能源项目部，对新项目负责。', []],
  ['要突出改革创新动力，大力提升营商环境。', []],
  ['化工行业景气度回升。', []],
  ['长安集团和江铃汽车全力合作。', [['江铃汽车', 'SZ:000550']]],
  // At word boundaries, and where ICU alone would disagree: a name.
  ['热潮消退，向台积电表明不得不调整。', [['台积电', 'TW:2330']]],
  [
    'AMD与英伟达因PC市场需求疲软下跌。',
    [
      ['AMD', 'US:AMD'],
      ['英伟达', 'US:NVDA'],
    ],
  ],
  // ICU reads 银行业 and 集团 after these names; the name still stands.
  ['招商银行业绩超预期。', [['招商银行', 'SH:600036']]],
  ['工商银行股价上涨。', [['工商银行', 'SH:601398']]],
  ['小米集团发布新手机。', [['小米集团', 'HK:01810']]],
  ['腾讯控股旗下微信用户增长。', [['腾讯控股', 'HK:00700']]],
  ['格力电器空调销量第一。', [['格力电器', 'SZ:000651']]],
  ['美国航空公司高管表示需求强劲。', [['美国航空', 'US:AAL']]],
  ['子公司深圳市新国都支付技术有限公司。', [['新国都', 'SZ:300130']]],
  ['新和成股价今日上涨3%。', [['新和成', 'SZ:002001']]],
  ['贵州茅台发布公告称营收增长。', [['贵州茅台', 'SH:600519']]],
  ['比亚迪的销量再创新高。', [['比亚迪', 'SZ:002594']]],
  [
    '宁德时代和比亚迪都在扩产。',
    [
      ['宁德时代', 'SZ:300750'],
      ['比亚迪', 'SZ:002594'],
    ],
  ],
];

const ambiguousChinese: [string, Names][] = [
  // Places, people's names, products and words with nothing about finance beside them: no name.
  ['沿着白云山山道一路向上，风景很好。', []],
  ['另外一个项目快乐假日大酒店，是北京首家产权式酒店。', []],
  ['福特推出新福克斯，售价更低。', []],
  ['寒武纪生命大爆发是地球史上的重要事件。', []],
  ['张家界的山峰在雾中若隐若现。', []],
  ['连云港是江苏的一座海滨城市。', []],
  ['一品红是圣诞节常见的花卉。', []],
  ['卢浮宫里的蒙娜丽莎吸引了大批游客。', []],
  ['长白山的天池在夏天最美。', []],
  ['我们在索菲亚大教堂前拍照。', []],
  // With finance words beside them, in a list with companies, or in a text about finance: the company.
  ['白云山股价午后涨停。', [['白云山', 'SH:600332']]],
  ['大酒店股价今日大涨。', [['大酒店', 'HK:00045']]],
  ['寒武纪涨停，市值突破千亿。', [['寒武纪', 'SH:688256']]],
  ['张家界发布公告称，一季度营收增长。', [['张家界', 'SZ:000430']]],
  ['连云港股价走强，港口板块集体上涨。', [['连云港', 'SH:601008']]],
  ['一品红涨停，医药股表现活跃。', [['一品红', 'SZ:300723']]],
  [
    '盘龙药业拉升封板，同仁堂、信邦制药跟涨。',
    [
      ['盘龙药业', 'SZ:002864'],
      ['同仁堂', 'SH:600085'],
      ['信邦制药', 'SZ:002390'],
    ],
  ],
  [
    '华夏航空、上海机场、白云机场等跟涨。',
    [
      ['华夏航空', 'SZ:002928'],
      ['上海机场', 'SH:600009'],
      ['白云机场', 'SH:600004'],
    ],
  ],
  [
    '今年以来A股市场成交活跃，沪深两市成交额屡创新高，券商板块估值修复。投资者关注业绩与分红，资金流入消费和医药股。张家界一季度客流回升。',
    [['张家界', 'SZ:000430']],
  ],
  ['苹果股价上涨2%，市值再创新高。', [['苹果', 'US:AAPL']]],
  ['我买了两斤苹果和一袋梨。', []],
];

const english: [string, Names][] = [
  // Words, songs and product names: no company.
  ['They played KEEP ON RUNNING at the party.', []],
  ['She baked an apple pie for dinner.', []],
  ['Analysts raised their target prices across the sector.', []],
  ['Visa requirements for tourists were eased this summer.', []],
  ['The shell of the old building still stands.', []],
  // Page furniture: credits and share buttons.
  ['Traders on the floor. Photo: AFP/Getty Images', []],
  ['A worker in Shanghai, via Getty Images, FILE', []],
  ['LIVE Facebook Twitter Email Embed', []],
  ['Share on Facebook', []],
  // The companies.
  ['Apple shares rose 2% after earnings beat forecasts.', [['Apple', 'US:AAPL']]],
  ['Target Corp cut its forecast for the holiday quarter.', [['Target Corp', 'US:TGT']]],
  [
    'Visa and Mastercard shares fell after the ruling.',
    [
      ['Visa', 'US:V'],
      ['Mastercard', 'US:MA'],
    ],
  ],
  // The Dow is the index; Dow Inc the company.
  ['The Dow fell 100 points.', [['Dow', 'US:.DJI']]],
  ['Dow Inc raised prices.', [['Dow Inc', 'US:DOW']]],
  ['Shell plc raised its dividend.', [['Shell plc', 'US:SHEL']]],
  ['Getty Images shares jumped after the merger was announced.', [['Getty Images', 'US:GETY']]],
  ['Facebook said it would cut 11,000 jobs.', [['Facebook', 'US:META']]],
  [
    'Alibaba and JD.com reported quarterly results on Thursday.',
    [
      ['Alibaba', 'US:BABA'],
      ['JD.com', 'US:JD'],
    ],
  ],
  ['Home Depot shares are up 39 percent this year.', [['Home Depot', 'US:HD']]],
  [
    'Tesla and Ford cut prices as demand slowed.',
    [
      ['Tesla', 'US:TSLA'],
      ['Ford', 'US:F'],
    ],
  ],
];

describe('precision on real pages (labelled)', () => {
  it.each(boundaries)('word boundaries: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(ambiguousChinese)('ambiguous Chinese names: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(english)('English words and page furniture: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it('has at least 60 sentences', () => {
    expect(boundaries.length + ambiguousChinese.length + english.length).toBeGreaterThanOrEqual(60);
  });
});
