/** The article reader and the whole analysis on the project's own fixture pages (zh and en), parsed by linkedom. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../cli/html-input.ts';
import type { DomDocument } from './dom.ts';
import { type ReadOptions, readArticle } from './read-article.ts';

const fixture = (slug: string) =>
  readFileSync(join(import.meta.dirname, '../../e2e/fixtures', slug, 'index.html'), 'utf8');
const read = (slug: string, options?: ReadOptions) =>
  readArticle(parseHTML(fixture(slug)).document as unknown as DomDocument, options);

describe('readArticle on the fixtures', () => {
  it('reads the Xueqiu-style post: metadata, and a story without navigation, headline, byline or related list', () => {
    const r = read('xueqiu-post', { url: 'https://xueqiu.com/1234567/240000000' });
    expect({ isArticle: r.isArticle, title: r.title, published: r.published, lang: r.lang }).toEqual({
      isArticle: true,
      title: '大模型的门槛到底有多高？从算力账单说起',
      // The story's <time datetime="2023-02-06T09:15:00+08:00">, on Xueqiu's clock.
      published: { instant: '2023-02-06T01:15:00.000Z', date: '2023-02-06', zone: 'Asia/Shanghai', source: 'time' },
      lang: 'zh-CN',
    });
    // Declared nowhere in its markup: read from the element the page marks as its author.
    expect(r.byline).toBe('价值投资小站');
    const text = r.snapshot.text.trim();
    expect(text.startsWith('上周聊了大模型的技术路线')).toBe(true);
    expect(text.endsWith('$百度(BIDU)$#AI大模型竞赛升温#')).toBe(true);
    for (const gone of ['首页', '价值投资小站', '相关文章', '锂价回落之后']) expect(text).not.toContain(gone);
  });

  it('reads the English story without its correction box, and knows the sign-in page is not an article', () => {
    const en = read('english-news');
    expect([en.isArticle, en.title, en.published, en.lang]).toEqual([
      true,
      'China tech shares climb as AI spending race heats up',
      { instant: '2023-02-07T14:02:00.000Z', date: '2023-02-07', zone: 'UTC', source: 'meta' },
      'en',
    ]);
    expect(en.snapshot.text).not.toContain('Correction');
    const page = read('not-article');
    expect([page.isArticle, page.title]).toEqual([false, 'Sign in']);
    expect(page.snapshot.text).toContain('Fees'); // a page that is not an article is read whole
  });
});

describe('readArticle: what an article prints about itself', () => {
  const page = (head: string, body: string) =>
    readArticle(
      parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`)
        .document as unknown as DomDocument,
      { url: 'https://finance.sina.com.cn/money/2005-03-21/a.shtml' },
    );
  const story = Array.from(
    { length: 15 },
    (_, i) => `<p>第${i + 1}段：公司表示，今年的营收增长主要来自海外市场，利润率也在逐步改善，投资者普遍看好。</p>`,
  ).join('');

  it('takes the publish stamp and byline a Chinese page prints beside its headline', () => {
    const r = page(
      '',
      `<div id="main"><h1>标题</h1><div class="info">2005年03月21日 11:21 来源：理财周刊 作者：尹娟</div>${story}</div>`,
    );
    expect([r.isArticle, r.published, r.byline]).toEqual([
      true,
      { instant: '2005-03-21T03:21:00.000Z', date: '2005-03-21', zone: 'Asia/Shanghai', source: 'text' },
      '尹娟',
    ]);
  });

  it('drops a declared byline that is a web address, and reads the printed one', () => {
    const r = page(
      '<meta name="author" content="https://www.facebook.com/somepage">',
      `<div id="main"><p class="src">（记者 胡晓蓉）</p>${story}</div>`,
    );
    expect(r.byline).toBe('胡晓蓉');
  });
});

describe('analyze() on the fixtures', () => {
  it('Xueqiu-style post: claims and key points of the story', () => {
    const a = analyzeHtml(fixture('xueqiu-post'));
    expect(a.keyPoints.headline).toBe('大模型的门槛到底有多高？从算力账单说起');
    // Some 400 characters of story: two points, each a clause (the opening chatter and the
    // cashtag footer are none).
    expect(a.keyPoints.points.map((p) => p.text)).toEqual([
      '公开资料显示，训练一个千亿参数级别的模型，单次算力成本就在数百万美元以上',
      '国内有能力同时拿出数据、算力和算法团队的公司屈指可数',
    ]);
    expect(a.claims.map((c) => [c.text, c.types, c.figures.map((f) => [f.text, f.value, f.unit])])).toEqual([
      [
        '公开资料显示，训练一个千亿参数级别的模型，单次算力成本就在数百万美元以上，还不算数据清洗和人工标注。',
        ['figure', 'attribution'],
        [
          ['千亿', 1e11, undefined],
          // "数百万": several million (2–9 million), at least; not one million.
          ['数百万美元以上', 2e6, 'USD'],
        ],
      ],
      [
        '据外媒报道，OpenAI训练GPT-3花了1200万美元，是当时成本最高的单次训练之一。',
        ['figure', 'comparison', 'attribution'],
        [['1200万美元', 1.2e7, 'USD']],
      ],
      ['业内预计，明年同等规模的训练成本将下降30%左右。', ['figure', 'forecast'], [['30%左右', 30, '%']]],
      // 龙头 (the sector's leader) is a superlative: a comparison to check.
      [
        '回到 A 股，白酒龙头$贵州茅台(SH600519)$和港股的$腾讯控股(00700)$都被拿来对比现金流的厚度：现金流越充沛，越扛得住长期投入。',
        ['comparison'],
        [],
      ],
      ['电池龙头$宁德时代(SZ300750)$的现金流同样充沛。', ['comparison'], []],
    ]);
  });

  it('English story: figures, comparisons and attributions, linked to the securities they are about', () => {
    const a = analyzeHtml(fixture('english-news'));
    expect(a.claims.map((c) => [c.text.slice(0, 40), c.types, c.securities])).toEqual([
      ['HONG KONG, Feb 7 — Shares of Baidu Inc (', ['figure', 'attribution'], ['US:BIDU']],
      ['The KraneShares CSI China Internet ETF, ', ['figure'], ['US:KWEB', 'US:BABA']],
      // One sentence, two claims: what was raised, and what analysts expect to be spent.
      ['A start-up in the sector raised $12M las', ['figure'], []],
      ['and analysts estimate the industry will ', ['figure', 'forecast'], []],
      ['"Training costs are the moat," said one ', ['figure', 'comparison', 'attribution'], []],
      // ("$BIDU remains the most-watched name." is a short remark the learned model does not take for a claim.)
      ['In Hong Kong, Tencent Holdings (0700.HK)', ['figure', 'attribution'], ['HK:00700', 'US:BABA']],
    ]);
    expect(a.keyPoints.points).toHaveLength(3);
  });

  it('a page that is not an article has securities only: no claims, no key points', () => {
    const a = analyzeHtml(fixture('not-article'));
    expect([a.claims, a.keyPoints.points]).toEqual([[], []]);
  });
});
