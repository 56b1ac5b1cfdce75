import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { findFigures } from '../text/figures.ts';
import { cueSignals } from './cues.ts';

/** Each claim as [its text, its types, its non-date figures]. */
function claims(text: string) {
  return analyze({ text }).claims.map((c) => [
    c.text,
    c.types,
    c.figures.filter((f) => f.kind !== 'temporal').map((f) => f.text),
  ]);
}
/** The figures marked forecast, over every claim of `text`. */
const forecasts = (text: string) =>
  analyze({ text }).claims.flatMap((c) => c.figures.filter((f) => f.forecast).map((f) => f.text));
const types = (text: string) => cueSignals(text, findFigures(text)).types;

describe('page furniture is never a claim nor a figure', () => {
  it.each([
    '2023-02-04 13:21:28 来源:雪球网 小 中',
    '2024年10月15日 09:30 来源：证券时报网 作者：李明',
    '编辑：王芳 责任编辑：陈晨 2025-03-18 16:45:02',
    '责任编辑：张三',
    '作者：李四 2024年3月5日',
    '記者：王小明 2025/01/08 14:20',
    '资料来源：公司公告，Wind',
    '2025年',
    '2025年3月18日',
    '一、行业概况',
    '①公司业绩稳健',
    'Source: Reuters, 10:45 ET',
  ])('%s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it('takes no list ordinal for a figure, in brackets or before an item', () => {
    const text =
      '几个重点：\n(1)预训练比想象的要难。\n(2)工程能力要求很高。\n（3）营收增长20%。\n1. 利润增长15%\n2、毛利率提升';
    expect(claims(text)).toEqual([
      ['（3）营收增长20%。', ['figure'], ['20%']],
      ['1. 利润增长15%', ['figure'], ['15%']],
    ]);
  });

  it('reads years and dates as dates, and a sentence with nothing else as no claim', () => {
    expect(claims('2025年，公司迎来成立十周年。')).toEqual([]);
    expect(claims('会议定于2025-06-30 10:00召开。')).toEqual([]);
    const [claim] = analyze({ text: '2024-2026年，公司营收增长了30%。' }).claims;
    expect(claim.figures.map((f) => [f.text, f.kind])).toEqual([
      ['2024-2026', 'temporal'],
      ['30%', 'percent'],
    ]);
  });
});

describe('clause grain in Traditional Chinese as in Simplified', () => {
  it.each([
    ['台積電第三季營收年增36%，法人預估第四季營收將再成長10%。', '台積電第三季營收年增36%'],
    ['台积电第三季营收年增36%，法人预估第四季营收将再成长10%。', '台积电第三季营收年增36%'],
  ])('%s: a figure claim, then a forecast claim', (text, fact) => {
    expect(claims(text)).toEqual([
      [fact, ['figure'], ['36%']],
      [text.slice(fact.length + 1), ['figure', 'forecast'], ['10%']],
    ]);
    expect(forecasts(text)).toEqual(['10%']);
  });

  it('splits a reported amount from a forecast in news style too', () => {
    expect(claims('中芯國際第一季營收為22.5億美元，季增1.8%，並預期第二季營收季增5%至7%。')).toEqual([
      ['中芯國際第一季營收為22.5億美元，季增1.8%', ['figure'], ['22.5億美元', '1.8%']],
      ['並預期第二季營收季增5%至7%。', ['figure', 'forecast'], ['5%', '7%']],
    ]);
  });
});

describe('events are claims', () => {
  it.each([
    '公司推出新款芯片。',
    '华为发布新一代手机。',
    '比亚迪宣布在泰国建厂。',
    '公司收购一家电池厂。',
    '该公司股票在港交所上市。',
    '该药品获批上市。',
    '公司中标国家电网项目。',
    '公司与客户签约。',
    '公司回购股份。',
    '鴻海發布新一代伺服器。',
    '台積電宣佈在美國設廠。',
    '聯發科收購一家晶片設計公司。',
    '該公司正式掛牌。',
    '鴻海得標美國大單。',
    '台泥買回庫藏股。',
  ])('%s', (text) => {
    expect(claims(text)).toHaveLength(1);
  });

  it('but not the words that only look like them', () => {
    expect(claims('上市公司数量很多。')).toEqual([]);
    expect(claims('他在发布会上笑了。')).toEqual([]);
  });
});

describe('superlatives are comparisons', () => {
  it.each([
    '宁德时代是全球最大的动力电池厂商。',
    '该公司毛利率为行业最高。',
    '公司市占率位居全国第一。',
    '比亚迪是全球首个停产燃油车的车企。',
    '公司是国内唯一的持牌机构。',
    '宁德时代是动力电池龙头。',
    '該公司股價創歷史新高。',
  ])('%s', (text) => {
    expect(claims(text)).toEqual([[text, ['comparison'], []]]);
  });

  it('and the words that count a list are not', () => {
    expect(types('第一，公司营收稳健，现金流充裕。')).toEqual([]);
    expect(types('第一个就是训练数据，大部分公司没有这个能力。')).toEqual([]);
    expect(types('公司的第一个工厂位于上海。')).toEqual(['comparison']);
    expect(types('首次覆盖，给予买入评级。')).toEqual([]);
    expect(types('公司增持金额不低于5000万元。')).toEqual(['figure']);
  });

  it.each([
    'Nvidia is the most valuable chipmaker in the world.',
    'Apple is the largest company by market value.',
    'Tesla was the first automaker to sell a million electric cars.',
    'Revenue hit a record in the quarter.',
    'The index closed at an all-time high.',
  ])('in English too: %s', (text) => {
    expect(types(text)).toContain('comparison');
  });

  it('but not the first quarter, nor "in the first place"', () => {
    expect(types('Sales in the first quarter were flat.')).toEqual([]);
    expect(types('Why take it in the first place?')).toEqual([]);
  });
});

describe('forecast per numeral in Chinese analyst text', () => {
  it.each([
    // A forecast's baseline is what is, not what is expected.
    ['往后看，龙头企业市场份额有望从当前的30%提升至40%。', ['40%']],
    ['京东方计划2025年资本开支不超过150亿元，较2024年的215亿元明显下降。', ['不超过150亿元']],
    // An amount stated before a forecast is reported.
    ['2024年公司单吨净利约为1,150元，我们预计2025年单吨净利有望提升至1,300元。', ['1,300元']],
    ['公司新一代产品良率已达到92%，下一阶段目标是提升至95%。', ['95%']],
    // Assumptions, estimates, targets and plans look ahead.
    ['我们假设2025年铜价中枢为每吨9,500美元，对应公司矿产铜业务毛利约42亿元。', ['9,500美元', '约42亿元']],
    ['据测算，公司新项目达产后每年可贡献净利润约6亿元。', ['约6亿元']],
    ['公司全年销量目标为300万辆，较去年实际销量增长约30%。', ['300万', '约30%']],
    ['公司力争到2027年实现海外收入占比达到50%。', ['50%']],
    ['外資預期鴻海今年每股純益可望達12元，目標價上看250元。', ['12元', '250元']],
  ])('%s', (text, expected) => {
    expect(forecasts(text)).toEqual(expected);
  });

  it.each([
    // 将 that moves its object reports what was done.
    '昨日，央行将一年期LPR下调10个基点至3.35%。',
    '公司已将产品售价上调5%，新价格自本月起执行。',
    // A forecast compared with its result, and a target met, are past.
    '主計總處公布第二季經濟成長率為5.1%，優於原先預測的4.6%。',
    '苹果上季度营收为1,195亿美元，每股收益2.18美元，均超出分析师预期。',
    '今年前5个月，公司累计销售新能源汽车126.3万辆，完成全年目标的42%。',
    // The months of a plan's window say when.
    '公司董事长计划自公告之日起6个月内增持公司股份。',
  ])('%s: no forecast', (text) => {
    expect(forecasts(text)).toEqual([]);
  });

  it('keeps 将于 a forecast', () => {
    expect(forecasts('市场普遍预计央行将于下月降准0.25个百分点。')).toEqual(['0.25个百分点']);
    expect(forecasts('公司将于明年下调产品价格5%。')).toEqual(['5%']);
  });
});
