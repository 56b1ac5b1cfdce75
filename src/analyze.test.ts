import { describe, expect, it } from 'vitest';
import { analyze, locatedMentions } from './analyze.ts';

/** The mentions found, as [text, kind, securityId], in text order. */
function found(text: string): [string, string, string][] {
  return locatedMentions(analyze({ text })).map((m) => [m.text, m.kind, m.securityId]);
}

describe('Xueqiu cashtags', () => {
  it('splits cashtags written back to back, with names holding Latin letters and dashes', () => {
    const text = '$纳斯达克综合指数(.IXIC)$$中概互联网指数ETF-KraneShares(KWEB)$$百度(BIDU)$#ChatGPT继续发酵#';
    expect(found(text)).toEqual([
      ['$纳斯达克综合指数(.IXIC)$', 'xueqiu', 'US:.IXIC'],
      ['$中概互联网指数ETF-KraneShares(KWEB)$', 'xueqiu', 'US:KWEB'],
      ['$百度(BIDU)$', 'xueqiu', 'US:BIDU'],
    ]);
  });

  it('places A-share, HK, index and fund codes on their markets', () => {
    const text = '看好$贵州茅台(SH600519)$和$腾讯控股(00700)$，对比$恒生指数(HKHSI)$与$某基金(F000001)$。';
    expect(found(text)).toEqual([
      ['$贵州茅台(SH600519)$', 'xueqiu', 'SH:600519'],
      ['$腾讯控股(00700)$', 'xueqiu', 'HK:00700'],
      ['$恒生指数(HKHSI)$', 'xueqiu', 'HK:HSI'],
      ['$某基金(F000001)$', 'xueqiu', 'CN:000001'],
    ]);
  });

  it('takes the code from the last parenthesised group when the name has parentheses', () => {
    const text = '$易方达中证海外中国互联网50(QDII-ETF)(SH513050)$';
    const a = analyze({ text });
    expect(a.securities.map((s) => [s.id, s.name.zh])).toEqual([['SH:513050', '易方达中证海外中国互联网50(QDII-ETF)']]);
    expect(a.securities[0].mentions[0]).toEqual({ start: 0, end: text.length, text, kind: 'xueqiu' });
  });

  it('offsets are UTF-16 code units into the analysed text', () => {
    const text = '😀前言 $百度(BIDU)$ 后记';
    const [m] = locatedMentions(analyze({ text }));
    expect(m.start).toBe(text.indexOf('$'));
    expect(text.slice(m.start, m.end)).toBe('$百度(BIDU)$');
  });

  it('refuses a parenthesised code of no known form', () => {
    expect(found('$某公司(12)$ 和 $名称(ABCDEFGHIJ)$')).toEqual([]);
  });
});

describe('analyze()', () => {
  it('groups mentions by security, with market, exchange, type and names from the data', () => {
    const a = analyze({ text: '$BIDU is up. $百度(BIDU)$ 与 $KWEB，SH600519' });
    expect(
      a.securities.map((s) => ({
        id: s.id,
        market: s.market,
        exchange: s.exchange,
        type: s.type,
        name: s.name,
        n: s.mentions.length,
      })),
    ).toEqual([
      { id: 'US:BIDU', market: 'US', exchange: 'NASDAQ', type: 'stock', name: { zh: '百度', en: 'Baidu' }, n: 2 },
      {
        id: 'US:KWEB',
        market: 'US',
        exchange: 'NYSE Arca',
        type: 'etf',
        name: { zh: '中概互联网指数ETF-KraneShares', en: 'KraneShares CSI China Internet ETF' },
        n: 1,
      },
      {
        id: 'SH:600519',
        market: 'SH',
        exchange: 'SSE',
        type: 'stock',
        name: { zh: '贵州茅台', en: 'Kweichow Moutai' },
        n: 1,
      },
    ]);
  });

  it('names a security the data does not know from the text, and leaves its type unknown', () => {
    const a = analyze({ text: '$某新股(SH688999)$' });
    expect(a.securities.map((s) => [s.id, s.type, s.name])).toEqual([['SH:688999', 'unknown', { zh: '某新股' }]]);
  });

  it('returns an empty analysis for empty or missing text rather than throwing', () => {
    expect(analyze({ text: '' })).toEqual({
      article: { text: '', finance: { isFinance: false, score: 0, mentions: 0, figures: 0, terms: 0 } },
      securities: [],
      companies: [],
      claims: [],
      keyPoints: { headline: '', gist: '', points: [] },
    });
    expect(analyze({} as { text: string })).toEqual({
      article: { text: '', finance: { isFinance: false, score: 0, mentions: 0, figures: 0, terms: 0 } },
      securities: [],
      companies: [],
      claims: [],
      keyPoints: { headline: '', gist: '', points: [] },
    });
  });

  it('stays correct on hostile input: many dollar signs, lone surrogates, no spaces', () => {
    const dollars = '$'.repeat(100_000);
    expect(analyze({ text: dollars }).securities).toEqual([]);
    const surrogates = '\uD800$BIDU\uDC00$百度(BIDU)$\uD83D';
    expect(found(surrogates).map(([t]) => t)).toEqual(['$BIDU', '$百度(BIDU)$']);
    const long = `${'无空格'.repeat(300_000)}$BIDU`;
    expect(found(long).map(([t]) => t)).toEqual(['$BIDU']);
  });
});

describe('analyze() with a limit', () => {
  it('reads claims and key points from the start of a long text only, and securities from all of it', () => {
    const paragraph = 'Baidu said revenue rose 15% to $4.5bn. Analysts expect more growth next year.\n';
    const text = `${paragraph.repeat(50)}Tesla shares fell 3% on Friday.\n`;
    const limit = paragraph.length * 10 + 5;
    const a = analyze({ text, limit });
    expect(a.article.readUpTo).toBe(paragraph.length * 10 - 1);
    expect(a.claims.length).toBeGreaterThan(0);
    expect(a.claims.every((c) => c.end <= (a.article.readUpTo ?? 0))).toBe(true);
    expect(a.keyPoints.points.every((p) => p.end <= (a.article.readUpTo ?? 0))).toBe(true);
    expect(a.securities.map((s) => s.id)).toEqual(['US:BIDU', 'US:TSLA']);
    const whole = analyze({ text });
    expect(whole.article.readUpTo).toBeUndefined();
    expect(whole.claims.some((c) => c.text.startsWith('Tesla'))).toBe(true);
  });
});
