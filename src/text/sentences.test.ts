import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits Chinese at 。！？；, keeping closing quotes and brackets', () => {
    expect(split('百度涨了3.5%。腾讯呢？他说：“还会涨！”然后走了；完。')).toEqual([
      '百度涨了3.5%。',
      '腾讯呢？',
      '他说：“还会涨！”',
      '然后走了；',
      '完。',
    ]);
  });

  it('does not split English at decimals, abbreviations, initials or No. 1', () => {
    expect(split('The U.S. economy grew 3.5% last year. Apple Inc. is No. 1 in phones. J. Smith agreed.')).toEqual([
      'The U.S. economy grew 3.5% last year.',
      'Apple Inc. is No. 1 in phones.',
      'J. Smith agreed.',
    ]);
  });

  it('splits at ? and !, and keeps a closing quote or bracket', () => {
    expect(split('Will it rise? "It will!" (We hope.) Done')).toEqual([
      'Will it rise?',
      '"It will!"',
      '(We hope.)',
      'Done',
    ]);
  });

  it('treats line breaks and numbered lists sensibly', () => {
    expect(split('几个重点：\n(1)预训练很难。\n(2)工程能力要求很高。\n1. First point. 2. Second point.')).toEqual([
      '几个重点：',
      '(1)预训练很难。',
      '(2)工程能力要求很高。',
      '1. First point.',
      '2. Second point.',
    ]);
  });

  it('mixes Chinese and English, with offsets into the text', () => {
    const text = '  Baidu said revenue rose.百度表示营收增长。 ';
    const ranges = splitSentences(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Baidu said revenue rose.', '百度表示营收增长。']);
    expect(ranges[0].start).toBe(2);
  });

  it('returns nothing for empty or blank text', () => {
    expect(split('')).toEqual([]);
    expect(split(' \n\t ')).toEqual([]);
  });
});
