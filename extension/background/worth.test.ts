import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.ts';
import { GLANCE_SCORE, worthReading } from './worth.ts';

const glanced = (text: string) => analyze({ text, links: [], article: false });

describe('worthReading', () => {
  it('reads a page that names a security', () => {
    expect(worthReading(glanced('Weekend weather: sunny. Our favourite is $BIDU, by the way.'))).toBe(true);
    expect(worthReading(glanced('周末天气晴。顺便一提 $百度(BIDU)$。'))).toBe(true);
  });

  it('reads a page that talks money without naming a security', () => {
    const text =
      '央行宣布下调存款准备金率0.5个百分点，释放长期资金约1万亿元；分析师预计股市和债市将受益，人民币汇率保持稳定。';
    const analysis = glanced(text);
    expect(analysis.securities).toEqual([]);
    expect(analysis.article.finance.score).toBeGreaterThanOrEqual(GLANCE_SCORE);
    expect(worthReading(analysis)).toBe(true);
  });

  it('leaves a page that names a company in passing at the first stage, unless names count everywhere', () => {
    // A quiet page marks no name (quiet.ts): the popup lists it, and injects the full script itself.
    const analysis = glanced('We tested the new Microsoft Surface laptop and the Google Pixel phone this week.');
    expect(analysis.securities.map((s) => s.mentions[0]?.kind)).toEqual(['name', 'name']);
    expect(analysis.article.finance.score).toBeLessThan(GLANCE_SCORE);
    expect(worthReading(analysis)).toBe(false);
    expect(worthReading(analysis, { namesEverywhere: true })).toBe(true);
  });

  it('leaves a page with neither at the first stage', () => {
    const text = 'The village fete returns on Saturday with a cake stall, a dog show and a tug of war by the river.';
    expect(worthReading(glanced(text))).toBe(false);
  });
});
