/** Hostile and random input: analyze() never throws, and what it returns is always consistent. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, locatedMentions, type TextLink } from './analyze.ts';

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Pieces of the grammar itself, so random strings hit its edges far more often than noise would. */
const fragment = fc.constantFrom(
  '有限公司',
  '股份有限公司',
  '集团',
  '（以下简称“',
  '”）',
  '（有限合伙）',
  '星河',
  '$',
  '＄',
  '(',
  ')',
  '（',
  '）',
  '.',
  '-',
  '_',
  ':',
  '：',
  ' ',
  '\n',
  '…',
  '@',
  '/',
  'https://',
  'www.',
  'BIDU',
  'brk',
  'B',
  'TO',
  'SH',
  'sz',
  'HK',
  '.HK',
  '.SS',
  '600519',
  '00700',
  '0700',
  '000001',
  '159671',
  'NASDAQ',
  'NYSE',
  '纳斯达克',
  '百度',
  '腾讯',
  '贵州茅台',
  '茅台',
  '苹果',
  '股价',
  '工行',
  '化工行业',
  '阿里巴巴',
  'Apple',
  'Tesla',
  'S&P 500',
  '代码',
  '\uD800',
  '\uDC00',
  '😀',
  // Claims' own grammar: clause breaks, qualifiers, indefinite amounts, forecast cues.
  '，',
  ', ',
  '；',
  '约',
  '近',
  '逾',
  '数百万',
  '30多亿元',
  '左右',
  '以上',
  '预计',
  '将',
  '同比增长5%',
  '营收达61亿元',
  'several billion',
  'more than ',
  'nearly 30%',
  ' expects ',
  ' rose 5% to $1.2bn',
  '“',
  '”',
);

/** Everything an Analysis of `text` promises: mentions in order, inside the text, never overlapping. */
function checkConsistent(text: string, links?: TextLink[]): void {
  const analysis = analyze({ text, links });
  expect(analysis.article.text).toBe(text);
  let end = 0;
  for (const m of locatedMentions(analysis)) {
    expect(m.start).toBeGreaterThanOrEqual(end);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    end = m.end;
  }
  for (const s of analysis.securities) {
    expect(s.id).toBe(`${s.market}:${s.symbol}`);
    expect(s.mentions.length).toBeGreaterThan(0);
  }
  // Other companies: mentions the text's own, none inside a security's mention.
  const taken = locatedMentions(analysis);
  for (const c of analysis.companies) {
    expect(c.mentions.length).toBeGreaterThan(0);
    for (const m of c.mentions) {
      expect(m.end).toBeGreaterThan(m.start);
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(taken.some((t) => t.start < m.end && m.start < t.end)).toBe(false);
    }
  }
  // Claims: in order, apart, inside their sentence; their figures inside them; every text the text's own.
  let claimEnd = 0;
  for (const c of analysis.claims) {
    expect(c.start).toBeGreaterThanOrEqual(claimEnd);
    expect(c.end).toBeGreaterThan(c.start);
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.sentence.start).toBeLessThanOrEqual(c.start);
    expect(c.sentence.end).toBeGreaterThanOrEqual(c.end);
    if (c.sentence.text !== undefined) expect(text.slice(c.sentence.start, c.sentence.end)).toBe(c.sentence.text);
    expect(c.types.length).toBeGreaterThan(0);
    for (const f of c.figures) {
      expect(f.start).toBeGreaterThanOrEqual(c.start);
      expect(f.end).toBeLessThanOrEqual(c.end);
      expect(text.slice(f.start, f.end)).toBe(f.text);
      if (f.approx && f.high !== undefined) expect(f.high).toBeGreaterThan(f.value);
    }
    claimEnd = c.end;
  }
}

/** Random strings made of `unit`s. */
const joined = (unit: fc.Arbitrary<string>, maxLength: number) => fc.array(unit, { maxLength }).map((a) => a.join(''));

describe('analyze() on hostile input', () => {
  it('random UTF-16, lone surrogates included', () => {
    fc.assert(
      fc.property(joined(codeUnit, 300), (text) => checkConsistent(text)),
      { numRuns: 300 },
    );
  });

  it('random mixes of the grammar’s own fragments', () => {
    fc.assert(
      fc.property(joined(fragment, 60), (text) => checkConsistent(text)),
      { numRuns: 1000 },
    );
  });

  it('random links, including ones that point nowhere or past the text', () => {
    const link = fc.record({
      start: fc.integer({ min: -5, max: 60 }),
      end: fc.integer({ min: -5, max: 60 }),
      href: fc.constantFrom(
        'https://xueqiu.com/S/SH600519',
        'https://xueqiu.com/S/%E0%A4%A',
        '//xueqiu.com/s/BIDU?x',
        '',
        'javascript:0',
      ),
    });
    fc.assert(fc.property(joined(fragment, 20), fc.array(link, { maxLength: 5 }), checkConsistent), { numRuns: 500 });
  });

  it('input that is not what the type says does not throw', () => {
    for (const input of [
      null,
      undefined,
      42,
      'text',
      { text: 5 },
      { text: 'x', links: 'nope' },
      { text: 'x', links: [null, 1] },
    ]) {
      expect(() => analyze(input as never)).not.toThrow();
    }
  });
});
