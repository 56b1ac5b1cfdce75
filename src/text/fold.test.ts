import { describe, expect, it } from 'vitest';
import { analyze, locatedMentions } from '../analyze.ts';
import { NAME_ROWS } from '../securities/data/securities.generated.ts';
import { foldTraditional } from './fold.ts';

describe('Traditional Chinese', () => {
  it('folds Traditional characters to Simplified one for one, and leaves Simplified text as it is', () => {
    expect(foldTraditional('騰訊控股預計將公佈業績')).toBe('腾讯控股预计将公布业绩');
    const simplified = '腾讯控股预计将公布业绩，著名的乾隆年间，$BIDU 涨了3.5%';
    expect(foldTraditional(simplified)).toBe(simplified);
  });

  it('reads full-width Latin letters as ASCII, so 万科Ａ is the name 万科A, reported as written', () => {
    expect(foldTraditional('万科Ａ与苏常柴ａ')).toBe('万科A与苏常柴a');
    const text = '万科Ａ股价下跌，苏常柴Ａ午后涨停。';
    expect(locatedMentions(analyze({ text })).map((m) => [m.text, m.securityId])).toEqual([
      ['万科Ａ', 'SZ:000002'],
      ['苏常柴Ａ', 'SZ:000570'],
    ]);
  });

  it('never changes a name the engine matches (so Simplified pages read exactly as before)', () => {
    const names = NAME_ROWS.split('\n').map((line) => line.slice(0, line.indexOf('|')));
    expect(names.filter((n) => foldTraditional(n) !== n)).toEqual([]);
  });

  it('finds securities named in Traditional, reporting the text as written', () => {
    const text = '據報導，貴州茅臺與寧德時代股價上漲，比亞迪則下跌3.5%，騰訊控股(00700)維持不變。';
    const mentions = locatedMentions(analyze({ text })).map((m) => [m.text, m.securityId]);
    expect(mentions).toEqual([
      ['貴州茅臺', 'SH:600519'],
      ['寧德時代', 'SZ:300750'],
      ['比亞迪', 'SZ:002594'],
      ['騰訊控股(00700)', 'HK:00700'],
    ]);
  });

  it('types claims and normalises figures in Traditional, with the original text and offsets', () => {
    const text = '騰訊今日公佈業績。公司預計明年營收將增長15%。據報導，OpenAI訓練GPT-3花了1200萬美元。';
    const a = analyze({ text, title: '騰訊業績' });
    expect(a.claims.map((c) => [c.text, c.types, c.figures.map((f) => [f.text, f.value, f.unit])])).toEqual([
      ['公司預計明年營收將增長15%。', ['figure', 'forecast'], [['15%', 15, '%']]],
      ['據報導，OpenAI訓練GPT-3花了1200萬美元。', ['figure', 'attribution'], [['1200萬美元', 1.2e7, 'USD']]],
    ]);
    for (const c of a.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(a.keyPoints.headline).toBe('騰訊業績');
    for (const p of a.keyPoints.points) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});
