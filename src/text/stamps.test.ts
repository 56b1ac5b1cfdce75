import { describe, expect, it } from 'vitest';
import { findFigures } from './figures.ts';

/** The figures of a text as "text:kind". */
const figures = (text: string) => findFigures(text).map((f) => `${f.text}:${f.kind}`);

describe('dates, times and list ordinals', () => {
  it('reads a dateline as one date and one time, temporal', () => {
    expect(figures('2023-02-04 13:21:28 来源:雪球网 小 中')).toEqual(['2023-02-04:temporal', '13:21:28:temporal']);
    expect(figures('2025/3/18 9:05')).toEqual(['2025/3/18:temporal', '9:05:temporal']);
    expect(figures('2023.02.04')).toEqual(['2023.02.04:temporal']);
    expect(figures('Filed 02/04/2023 at 10:30am.')).toEqual(['02/04/2023:temporal', '10:30am:temporal']);
  });

  it('reads quarter stamps, years and month counts as temporal', () => {
    expect(figures('1Q25营收')).toEqual(['1Q25:temporal']);
    expect(figures('2025年')).toEqual(['2025:temporal']);
    expect(figures('2024-2026年')).toEqual(['2024-2026:temporal']);
    expect(figures('自公告之日起6个月内，连续5个交易日')).toEqual(['6:temporal', '5:temporal']);
  });

  it('leaves decimals, ratios and versions alone', () => {
    expect(figures('version 1.2 and 3.5%')).toEqual(['1.2:quantity', '3.5%:percent']);
    expect(figures('3/4 of sales')).toEqual(['3:temporal', '4:quantity']);
    expect(figures('比分3:1')).toEqual(['3:quantity', '1:quantity']);
  });

  it('takes no list ordinal for a figure', () => {
    expect(figures('(1)预训练比想象的要难。')).toEqual([]);
    expect(figures('（2）海外渠道拓展或将贡献10亿元增量收入。')).toEqual(['10亿元:money']);
    expect(figures('1）公司主力产品单价下降12%；2）费用率同比上升1.5个百分点。')).toEqual([
      '12%:percent',
      '1.5个百分点:percent',
    ]);
    expect(figures('业绩下滑原因：1.除尿素外产品价格下跌。 2.装置检修。')).toEqual([]);
    expect(figures('1、营收增长8%')).toEqual(['8%:percent']);
    expect(figures('1. First item')).toEqual([]);
  });

  it('keeps a number that only looks like an ordinal', () => {
    expect(figures('营收增长了2)')).toEqual(['2:quantity']);
    expect(figures('卖出3.5万吨')).toEqual(['3.5万:quantity']);
    expect(figures('rose 1.5) and 2) the')).toEqual(['1.5:quantity', '2:quantity']);
  });
});
