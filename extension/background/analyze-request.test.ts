import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.ts';
import type { AnalyzeRequest } from '../messages.ts';
import { analyzeRequest } from './analyze-request.ts';

describe('the background analysis', () => {
  const text = '今年以来，$贵州茅台(SH600519)$的股价上涨了12%。分析师预计，明年 $BIDU 的利润率将承压。';

  it('answers what analyze() finds, without sending the text back', () => {
    const answer = analyzeRequest({ text, links: [], article: true });
    const { article, ...direct } = analyze({ text, article: true });
    const { priceMoves, ...rest } = answer;
    expect(rest).toEqual({ ...direct, article: { finance: article.finance } });
    // The price move the first sentence states, for the background to check once the page's date is known.
    expect(priceMoves?.map((m) => [m.claim, m.id, m.stated.direction, m.stated.pct, m.session.kind])).toEqual([
      [0, 'SH:600519', 'up', 12, 'ytd'],
    ]);
    expect(JSON.stringify(answer.article)).not.toContain('贵州茅台');
    expect(answer.securities.map((s) => s.id)).toEqual(['SH:600519', 'US:BIDU']);
  });

  it('reads text a page added for securities only', () => {
    const answer = analyzeRequest({ text, links: [], article: false });
    expect(answer.claims).toEqual([]);
    expect(answer.securities.length).toBe(2);
  });

  it('refuses a malformed request with a clear error', () => {
    expect(() => analyzeRequest({ text: 42 } as unknown as AnalyzeRequest)).toThrow(/expected \{text/);
    expect(() => analyzeRequest(null as unknown as AnalyzeRequest)).toThrow(/expected \{text/);
  });
});
