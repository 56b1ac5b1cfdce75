import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { findFigures } from '../text/figures.ts';
import { cueSignals } from './cues.ts';

/** Claims as [sentence, types, figures as "text=value unit", securities]. */
function claims(text: string) {
  return analyze({ text }).claims.map((c) => [
    c.text,
    c.types,
    c.figures
      .filter((f) => f.kind !== 'temporal')
      .map((f) => `${f.text}=${f.value}${f.unit ? ` ${f.unit}` : ''}${f.per ? `/${f.per}` : ''}`),
    c.securities,
  ]);
}

describe('findClaims', () => {
  it('types the claims of a Chinese post and links them to the securities they are about', () => {
    const text =
      'ChatGPT的前身GPT-3花了1200万美元。百度是国内人工智能技术最强的一家公司。百度表示，明年将推出新模型。它的营收增长了百分之二十。这篇文章写得不错。';
    expect(claims(text)).toEqual([
      ['ChatGPT的前身GPT-3花了1200万美元。', ['figure'], ['1200万美元=12000000 USD'], []],
      ['百度是国内人工智能技术最强的一家公司。', ['comparison'], [], ['US:BIDU']],
      ['百度表示，明年将推出新模型。', ['forecast', 'attribution'], [], ['US:BIDU']],
      ['它的营收增长了百分之二十。', ['figure'], ['百分之二十=20 %'], ['US:BIDU']],
    ]);
  });

  it('takes spelled-out amounts for figures, and "one of" for none', () => {
    const types = (t: string) => analyze({ text: t }).claims.map((c) => c.types);
    expect(types('The Congress cut eighty million dollars off the budget.')).toEqual([['figure']]);
    expect(types('Governor Carter vetoed between thirty-five and forty bills a year.')).toEqual([['figure']]);
    expect(types('People like him paid zero in taxes.')).toEqual([['figure']]);
    expect(types('That is one of the unintended consequences of the law.')).toEqual([]);
  });

  it('takes superlatives, absolutes, "-er than" and changes without a figure for comparisons', () => {
    // The cues type a sentence; whether an English sentence is a claim is the model's call (below).
    const types = (t: string) => cueSignals(t, findFigures(t)).types;
    expect(types('The recession was the briefest since the Second World War.')).toEqual(['comparison']);
    expect(types('Social Security has never done that.')).toEqual(['comparison']);
    expect(types('Our military is second to none in the world.')).toEqual(['comparison']);
    expect(types('Our water is cleaner than it was.')).toEqual(['comparison']);
    expect(types('More countries voted against us on that question than voted with us.')).toEqual(['comparison']);
    expect(types('Education spending is up.')).toEqual(['comparison']);
    // A change with its figure is a figure claim: the figure says it all.
    expect(types('Spending went up 4% this year.')).toEqual(['figure']);
    // Words that only look like comparisons.
    expect(types('I take an interest in the rest of the test.')).toEqual([]);
    expect(types('We chose talks rather than threats.')).toEqual([]);
  });

  it('lets the learned model decide which English sentences are claims, typed by their cues', () => {
    const types = (t: string) => analyze({ text: t }).claims.map((c) => c.types);
    expect(types('The recession was the briefest since the Second World War.')).toEqual([['comparison']]);
    expect(types('Social Security has never done that.')).toEqual([['comparison']]);
    expect(types('Spending went up 4% this year.')).toEqual([['figure']]);
    // A factual statement with no figure and no cue: the model finds it; its type is `fact`.
    expect(types('He vetoed the Family Leave Act.')).toEqual([['fact']]);
    // Plans, wishes and questions are not.
    expect(types("We're going to have to make some changes.")).toEqual([]);
    expect(types('I want a country that works for everyone.')).toEqual([]);
    expect(types('Why did the deficit grow by $200 billion?')).toEqual([]);
  });

  it('types English claims: figures, comparisons, forecasts and attributions', () => {
    const text =
      'Baidu said revenue rose 15% to $4.5bn. It is the only search company with a chatbot this year, by far the largest. Analysts expect guidance of 5-7%. The weather was nice.';
    expect(claims(text)).toEqual([
      [
        'Baidu said revenue rose 15% to $4.5bn.',
        ['figure', 'attribution'],
        ['15%=15 %', '$4.5bn=4500000000 USD'],
        ['US:BIDU'],
      ],
      ['It is the only search company with a chatbot this year, by far the largest.', ['comparison'], [], ['US:BIDU']],
      // "Analysts" does not refer back to Baidu: no link rather than a guessed one.
      ['Analysts expect guidance of 5-7%.', ['figure', 'forecast'], ['5-7%=5 %'], []],
    ]);
  });

  it('scores figures above bare attributions, and leaves out questions and dates alone', () => {
    const a = analyze({ text: '据悉，公司营收达3000亿元。他表示满意。营收会涨吗？会议定于2023年3月1日。' }).claims;
    expect(a.map((c) => c.text)).toEqual(['据悉，公司营收达3000亿元。', '他表示满意。']);
    expect(a[0].score).toBeGreaterThan(a[1].score);
    expect(a[0].figures[0]).toMatchObject({ text: '3000亿元', value: 3e11, unit: 'CNY', kind: 'money' });
  });

  it('does not carry a subject across a paragraph break', () => {
    const text = '$BIDU rose 3%.\nThe index fell 2%.';
    expect(claims(text).map(([, , , s]) => s)).toEqual([['US:BIDU'], []]);
  });
});
