import { describe, expect, it } from 'vitest';
import { findFigures } from './figures.ts';

/** The one figure of `text`, as [its text, value, high, approx, bound, unit]. */
function figure(text: string) {
  const found = findFigures(text).filter((f) => f.kind !== 'temporal');
  expect(found, text).toHaveLength(1);
  const f = found[0];
  expect(text.slice(f.start, f.end)).toBe(f.text);
  return [f.text, f.value, f.high, f.approx, f.bound, f.unit];
}

describe('approximate and bounded figures', () => {
  it.each([
    // Indefinite amounts: several of a unit is 2 to 9 of it.
    ['成本在数百万美元', ['数百万美元', 2e6, 9e6, true, undefined, 'USD']],
    ['亏损几十亿元', ['几十亿元', 2e9, 9e9, true, undefined, 'CNY']],
    ['规模上千亿', ['上千亿', 1e11, undefined, true, undefined, undefined]],
    ['上万人参加', ['上万', 1e4, undefined, true, undefined, undefined]],
    ['融资十几亿', ['十几亿', 11e8, 19e8, true, undefined, undefined]],
    ['营收30多亿元', ['30多亿元', 30e8, 40e8, true, undefined, 'CNY']],
    ['净利5亿多元', ['5亿多元', 5e8, 6e8, true, undefined, 'CNY']],
    ['员工100余万', ['100余万', 100e4, 200e4, true, undefined, undefined]],
    ['订单1,200多万元', ['1,200多万元', 1200e4, 1300e4, true, undefined, 'CNY']],
    ['spent several billion dollars', ['several billion dollars', 2e9, 9e9, true, undefined, 'USD']],
    ['a few million shares', ['a few million', 2e6, 5e6, true, undefined, undefined]],
    ['dozens of banks', ['dozens of', 24, 108, true, undefined, undefined]],
    ['hundreds of millions of dollars', ['hundreds of millions of dollars', 2e8, 9e8, true, undefined, 'USD']],
    ['tens of thousands of jobs', ['tens of thousands', 2e4, 9e4, true, undefined, undefined]],
    // About: the figure as written, approximate.
    ['约5%的份额', ['约5%', 5, undefined, true, undefined, '%']],
    ['大约300亿元', ['大约300亿元', 3e10, undefined, true, undefined, 'CNY']],
    ['下降30%左右', ['30%左右', 30, undefined, true, undefined, '%']],
    ['about 1,200 jobs', ['about 1,200', 1200, undefined, true, undefined, undefined]],
    ['around $3 billion', ['around $3 billion', 3e9, undefined, true, undefined, 'USD']],
    ['approximately 40%', ['approximately 40%', 40, undefined, true, undefined, '%']],
    ['roughly $5 a share', ['roughly $5 a share', 5, undefined, true, undefined, 'USD']],
    // At least: bound min.
    ['增长逾30%', ['逾30%', 30, undefined, undefined, 'min', '%']],
    ['超过1000亿元', ['超过1000亿元', 1e11, undefined, undefined, 'min', 'CNY']],
    ['占比30%以上', ['30%以上', 30, undefined, undefined, 'min', '%']],
    ['more than $5 billion', ['more than $5 billion', 5e9, undefined, undefined, 'min', 'USD']],
    ['at least 20%', ['at least 20%', 20, undefined, undefined, 'min', '%']],
    ['over 80 million people', ['over 80 million', 8e7, undefined, undefined, 'min', undefined]],
    // At most: bound max.
    ['市值近千亿元', ['近千亿元', 1e11, undefined, undefined, 'max', 'CNY']],
    ['将近40%', ['将近40%', 40, undefined, undefined, 'max', '%']],
    ['不到1%', ['不到1%', 1, undefined, undefined, 'max', '%']],
    ['nearly 30%', ['nearly 30%', 30, undefined, undefined, 'max', '%']],
    ['almost $2 billion', ['almost $2 billion', 2e9, undefined, undefined, 'max', 'USD']],
    ['under 5%', ['under 5%', 5, undefined, undefined, 'max', '%']],
    ['up to 40%', ['up to 40%', 40, undefined, undefined, 'max', '%']],
    ['less than $1 million', ['less than $1 million', 1e6, undefined, undefined, 'max', 'USD']],
  ])('%s', (text, expected) => {
    expect(figure(text)).toEqual(expected);
  });

  it('leaves words that only look like amounts', () => {
    // 数据, 几乎, 上涨, 上百度 (上 + a name), 市场上万科, "several analysts", 十几年 (a duration).
    for (const text of [
      '数据显示',
      '几乎没有',
      '股价上涨',
      '用户上百度搜索',
      '市场上万科股价',
      'several analysts said',
      '过去十几年',
    ])
      expect(
        findFigures(text).filter((f) => f.kind !== 'temporal'),
        text,
      ).toEqual([]);
  });

  it('keeps exact figures exact, and qualifies no date', () => {
    const [f] = findFigures('revenue of $5 billion');
    expect([f.approx, f.bound]).toEqual([undefined, undefined]);
    const [year] = findFigures('近2023年');
    expect([year.kind, year.bound]).toEqual(['temporal', undefined]);
  });
});
