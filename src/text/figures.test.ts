import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from './chinese-numerals.ts';
import { findFigures } from './figures.ts';

const one = (text: string) => {
  const figures = findFigures(text);
  expect(figures).toHaveLength(1);
  const { start, end, ...rest } = figures[0];
  expect(text.slice(start, end)).toBe(figures[0].text);
  return rest;
};

describe('findFigures normalises', () => {
  it.each([
    ['GPT-3花了1200万美元', { text: '1200万美元', kind: 'money', value: 12_000_000, unit: 'USD' }],
    ['营收破3000亿', { text: '3000亿', kind: 'quantity', value: 3e11 }],
    ['锂盐有60万元一吨的昨天', { text: '60万元一吨', kind: 'money', value: 600_000, unit: 'CNY', per: 'tonne' }],
    ['spend $12.9bn on compute', { text: '$12.9bn', kind: 'money', value: 1.29e10, unit: 'USD' }],
    ['rose 15% on Tuesday', { text: '15%', kind: 'percent', value: 15, unit: '%' }],
    ['增长百分之二十', { text: '百分之二十', kind: 'percent', value: 20, unit: '%' }],
    ['规模达1.2万亿元', { text: '1.2万亿元', kind: 'money', value: 1.2e12, unit: 'CNY' }],
    ['fell -0.5% today', { text: '-0.5%', kind: 'percent', value: -0.5, unit: '%' }],
    ['guidance of 5-7%', { text: '5-7%', kind: 'percent', value: 5, high: 7, unit: '%' }],
    ['raised $12M', { text: '$12M', kind: 'money', value: 12e6, unit: 'USD' }],
    ['costs $1,200 per share', { text: '$1,200 per share', kind: 'money', value: 1200, unit: 'USD', per: 'share' }],
    ['fee of HK$300', { text: 'HK$300', kind: 'money', value: 300, unit: 'HKD' }],
    ['市值蒸发2000亿元', { text: '2000亿元', kind: 'money', value: 2e11, unit: 'CNY' }],
    ['上涨3个百分点', { text: '3个百分点', kind: 'percent', value: 3, unit: 'pp' }],
    ['三千亿元的规模', { text: '三千亿元', kind: 'money', value: 3e11, unit: 'CNY' }],
    ['2.5 billion dollars', { text: '2.5 billion dollars', kind: 'money', value: 2.5e9, unit: 'USD' }],
  ])('%s', (text, expected) => {
    expect(one(text)).toEqual(expected);
  });

  it('tells dates and years from amounts', () => {
    expect(findFigures('2023年2月4日，超12万辆').map((f) => [f.text, f.kind])).toEqual([
      ['2023', 'temporal'],
      ['2', 'temporal'],
      ['4', 'temporal'],
      ['超12万', 'quantity'],
    ]);
    expect(findFigures('In 2023 sales rose').map((f) => f.kind)).toEqual(['temporal']);
    expect(findFigures('HONG KONG, Feb 7 — Shares rose 4%').map((f) => [f.text, f.kind])).toEqual([
      ['7', 'temporal'],
      ['4%', 'percent'],
    ]);
    expect(findFigures('On March 12, it sold 30 cars in May.').map((f) => [f.text, f.kind])).toEqual([
      ['12', 'temporal'],
      ['30', 'quantity'],
    ]);
  });

  it('tells durations and moving-average windows from amounts, and bare prices from counts', () => {
    expect(
      findFigures('over the last 3 days, above the 20dma; stopped at 130.7 with 500 shares').map((f) => [
        f.text,
        f.kind,
      ]),
    ).toEqual([
      ['3', 'temporal'],
      ['20', 'temporal'],
      ['130.7', 'money'],
      ['500', 'quantity'],
    ]);
  });

  it('does not take a number glued to a word or code', () => {
    expect(findFigures('GPT3 and APD334 and v1.2.3')).toEqual([]);
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['二十', 20],
    ['一百零五', 105],
    ['十二', 12],
    ['三千', 3000],
    ['两万', 20000],
    ['一亿二千万', 1.2e8],
    ['十二点五', 12.5],
    ['一九九八', 1998],
    ['三千亿', 3e11],
  ])('%s = %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));

  it('is NaN for what is not a numeral', () => {
    expect(parseChineseNumeral('十二月份')).toBeNaN();
    expect(parseChineseNumeral('')).toBeNaN();
  });
});
