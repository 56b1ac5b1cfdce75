import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';

const finance = (text: string) => analyze({ text }).article.finance;

describe('financeSignals', () => {
  it('takes a market story for finance, in English and in Chinese', () => {
    expect(
      finance(
        'Shares of Baidu rose 4.2% on Nasdaq after the company said quarterly revenue beat forecasts. Investors bought $BIDU.',
      ).isFinance,
    ).toBe(true);
    expect(finance('贵州茅台股价上涨3%，市值突破2万亿元，投资者关注其分红与业绩。').isFinance).toBe(true);
  });

  it('does not take a match report or a recipe for finance, figures and all', () => {
    const match =
      'The striker scored twice in the second half as the home side won 3-1. The coach praised the defence, and the fans sang until the final whistle. It was their third win in a row, and they now sit second in the league table.';
    expect(finance(match).isFinance).toBe(false);
    expect(
      finance('把梨切块，加入两勺蜂蜜和少许肉桂，小火慢煮二十分钟，放凉后装瓶。这道果酱适合节日送礼。').isFinance,
    ).toBe(false);
  });

  it('weighs signals by length, so a long story is not finance for its length alone', () => {
    const story = 'The bank said quarterly profits rose 12% and its shares gained 3% as investors cheered. '.repeat(8);
    const one = finance(story);
    const diluted = finance(`${story}${'The weather was mild and the park was full of families. '.repeat(200)}`);
    expect(one.isFinance).toBe(true);
    expect(diluted.isFinance).toBe(false);
    expect(diluted.terms).toBe(one.terms);
  });
});
