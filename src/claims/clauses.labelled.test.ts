import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';

/** Each claim as [its text, forecast?, the texts of its forecast figures]. */
function parts(text: string) {
  return analyze({ text }).claims.map((c) => [
    c.text,
    c.types.includes('forecast'),
    c.figures.filter((f) => f.forecast).map((f) => f.text),
  ]);
}

describe('clause-sized claims (labelled)', () => {
  it('splits a reported fact from a forecast in one Chinese sentence', () => {
    const text = '贵州茅台三季度营收达61亿元，同比增长16.5%，符合预期，管理层预计四季度营收可达64亿元，同比增长5%。';
    expect(parts(text)).toEqual([
      ['贵州茅台三季度营收达61亿元，同比增长16.5%，符合预期', false, []],
      ['管理层预计四季度营收可达64亿元，同比增长5%。', true, ['64亿元', '5%']],
    ]);
    const claims = analyze({ text }).claims;
    // Both parts keep their sentence, and the security named in the first.
    expect(claims.map((c) => [c.sentence.start, c.sentence.end, c.sentence.text])).toEqual([
      [0, text.length, text],
      [0, text.length, text],
    ]);
    expect(claims.map((c) => c.securities)).toEqual([['SH:600519'], ['SH:600519']]);
  });

  it('reads Traditional Chinese the same way', () => {
    expect(parts('台積電第三季營收達7596億元新台幣，年增39%，公司預估第四季營收將介於261億至269億美元之間。')).toEqual([
      ['台積電第三季營收達7596億元新台幣，年增39%', false, []],
      ['公司預估第四季營收將介於261億至269億美元之間。', true, ['261億', '269億美元']],
    ]);
  });

  it('keeps a lead-in with what it introduces, and a whole forecast whole', () => {
    expect(parts('分析师表示，公司明年营收将增长20%，净利润有望突破10亿元。')).toEqual([
      ['分析师表示，公司明年营收将增长20%，净利润有望突破10亿元。', true, ['20%', '10亿元']],
    ]);
  });

  it('splits English at commas before a space, never inside 1,200', () => {
    expect(
      parts(
        'Revenue rose 5% to $10 billion in the quarter, the company said on Tuesday, and it expects growth of about 7% next year.',
      ),
    ).toEqual([
      ['Revenue rose 5% to $10 billion in the quarter, the company said on Tuesday', false, []],
      ['and it expects growth of about 7% next year.', true, ['about 7%']],
    ]);
    expect(
      parts('The carmaker sold 1,200,000 vehicles in 2023, up 12% from 1,070,000 a year earlier, a record.'),
    ).toEqual([
      ['The carmaker sold 1,200,000 vehicles in 2023, up 12% from 1,070,000 a year earlier, a record.', false, []],
    ]);
  });

  it('does not split inside quotes or brackets', () => {
    expect(
      parts(
        '"We sold 1,200 cars in March, more than ever, and we will sell more," the chief executive told reporters.',
      ),
    ).toEqual([
      [
        '"We sold 1,200 cars in March, more than ever, and we will sell more," the chief executive told reporters.',
        true,
        ['1,200'],
      ],
    ]);
    // The comma inside the brackets is not a break; the one after them is.
    expect(parts('公司公告称（全年营收预计增长，幅度约为15%），一季度营收已达30亿元，同比增长8%。')).toEqual([
      ['公司公告称（全年营收预计增长，幅度约为15%）', true, ['约为15%']],
      ['一季度营收已达30亿元，同比增长8%。', false, []],
    ]);
  });

  it('keeps a list of names together with what is said of them', () => {
    expect(
      parts(
        'Apple, Microsoft and Alphabet reported combined profits of more than $50 billion, with Apple alone earning nearly $20 billion.',
      ),
    ).toEqual([
      [
        'Apple, Microsoft and Alphabet reported combined profits of more than $50 billion, with Apple alone earning nearly $20 billion.',
        false,
        [],
      ],
    ]);
  });

  it("keeps short sentences whole, and marks only the forecast clause's figures", () => {
    expect(parts('营收61亿元，预计明年增长5%。')).toEqual([['营收61亿元，预计明年增长5%。', true, ['5%']]]);
  });

  it('does not take a result against expectations, or a past outlook, for a forecast', () => {
    expect(
      parts(
        "Quarterly earnings of $2.10 a share beat analysts' expectations of $1.95, the company reported on Thursday.",
      ),
    ).toEqual([
      [
        "Quarterly earnings of $2.10 a share beat analysts' expectations of $1.95, the company reported on Thursday.",
        false,
        [],
      ],
    ]);
    expect(parts('That is better than our prior outlook of $7.10 to $7.25 per share for the full year.')).toEqual([
      ['That is better than our prior outlook of $7.10 to $7.25 per share for the full year.', false, []],
    ]);
  });
});

describe('forecast per figure (labelled)', () => {
  it.each([
    ['中金预计，公司2025年净利润为120亿元。', ['120亿元']],
    ['机构預估今年營收年增約15%。', ['約15%']],
    ['公司有望实现营收100亿元。', ['100亿元']],
    ['该行维持买入评级，目标价1800元。', ['1800元']],
    ['交银国际将目标价上修至450港元。', ['450港元']],
    ['The company expects revenue of $5 billion to $5.2 billion.', ['$5 billion', '$5.2 billion']],
    ['Analysts forecast a 12% rise in earnings per share.', ['12%']],
    ['Full-year guidance calls for margins near 30%.', ['30%']],
    ['Morgan Stanley raised its price target to $250 from $220.', ['$250', '$220']],
    ['Sales will reach 2 million units next year.', ['2 million']],
    ['Growth is seen slowing to 4.5% in 2026.', ['4.5%']],
  ])('%s', (text, forecast) => {
    expect(analyze({ text }).claims.flatMap((c) => c.figures.filter((f) => f.forecast).map((f) => f.text))).toEqual(
      forecast,
    );
  });

  it('marks no reported figure, and no date, as a forecast', () => {
    for (const text of [
      '公司去年营收达100亿元，同比增长12%。',
      'Revenue rose 15% to $4.5 billion in the third quarter.',
      '贵州茅台2023年实现净利润747亿元。',
    ])
      expect(
        analyze({ text }).claims.flatMap((c) => c.figures.filter((f) => f.forecast)),
        text,
      ).toEqual([]);
    const [claim] = analyze({ text: 'We expect 2026 revenue of $3 billion.' }).claims;
    expect(claim.figures.map((f) => [f.text, f.forecast])).toEqual([
      ['2026', undefined],
      ['$3 billion', true],
    ]);
  });
});
