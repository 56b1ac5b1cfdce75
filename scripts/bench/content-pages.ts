/** The pages the content-cost bench opens: real pages when the corpus is here, the project's fixtures otherwise, and built ones. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../../src/cli/decode.ts';
import { corpusDir, ROOT } from '../eval/corpus.ts';

export interface BenchPage {
  name: string;
  kind: 'article' | 'non-article';
  lang: 'en' | 'zh';
  html: string;
}

/** How many pages of each kind the bench takes from the corpus. */
const PER_KIND = 10;

/** A page without its scripts (they would do their own work, and nothing off the machine may load). */
function withoutScripts(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '').replace(/<script\b[^>]*\/>/gi, '');
}

/**
 * Ten labelled articles and ten labelled non-articles of news-article-vs-nonarticle (English),
 * spread over the manifest (every k-th of each label), and six Chinese articles; or the project's
 * fixtures when the corpus is absent.
 */
export function realPages(): BenchPage[] {
  const dir = corpusDir();
  if (!dir) {
    console.log('bench: no corpus at ../shared/corpus: the project fixtures stand in for real pages.');
    const fixtures = join(ROOT, 'e2e/fixtures');
    return readdirSync(fixtures).map((slug) => {
      const html = withoutScripts(readFileSync(join(fixtures, slug, 'index.html'), 'utf8'));
      return {
        name: `fixture:${slug}`,
        kind: slug === 'not-article' || slug === 'live-market' ? 'non-article' : 'article',
        lang: /<html[^>]*lang="zh/i.test(html) ? 'zh' : 'en',
        html,
      };
    });
  }
  const base = join(dir, 'news-article-vs-nonarticle');
  const rows = readFileSync(join(base, 'manifest.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'));
  const pick = (label: string) => {
    const of = rows.filter(([l]) => l === label);
    const step = Math.max(1, Math.floor(of.length / PER_KIND));
    return of.filter((_, i) => i % step === 0).slice(0, PER_KIND);
  };
  const english = [...pick('non_article'), ...pick('article')].map(([label, , , file]): BenchPage => {
    const bytes = readFileSync(join(base, file));
    return {
      name: file,
      kind: label === 'article' ? 'article' : 'non-article',
      lang: 'en',
      html: withoutScripts(decodeHtml(file.endsWith('.gz') ? gunzipSync(bytes) : bytes)),
    };
  });
  // Chinese pages: zh-web-content-extraction's saved news pages (articles all), finance and not.
  const zh = join(dir, 'zh-web-content-extraction/original');
  const chinese = CHINESE_ARTICLES.map(
    (file): BenchPage => ({
      name: `zh-web-content-extraction/${file}`,
      kind: 'article',
      lang: 'zh',
      html: withoutScripts(decodeHtml(readFileSync(join(zh, file)))),
    }),
  );
  return [...english, ...chinese];
}

/**
 * Chinese articles of zh-web-content-extraction: three finance stories (Sohu and Sina business)
 * and three that are not (entertainment, an obituary, a school notice).
 */
const CHINESE_ARTICLES = [
  '33a95b71-b49b-42c1-9c0a-ab8e3feba3cf.html',
  'ebe9df29-f5ed-4b45-ab31-afad5cac3ad1.html',
  '8cb7b39d-4a06-4cad-bc50-0f63304267f3.html',
  'c25d25c2-6e22-44fb-b073-0ff2f1c23643.html',
  'f51248cc-bb27-49ba-a159-975795c3ea11.html',
  'b26fbb82-9d98-42f0-af75-7439c1706bcd.html',
];

/** The project's article fixtures that name securities: where the first highlight's latency is read. */
export function highlightFixtures(): BenchPage[] {
  const fixtures = join(ROOT, 'e2e/fixtures');
  return ['xueqiu-post', 'english-news', 'long-report', 'holdup-post', 'tech-review'].map((slug) => {
    const html = readFileSync(join(fixtures, slug, 'index.html'), 'utf8');
    return { name: `fixture:${slug}`, kind: 'article', lang: /<html[^>]*lang="zh/i.test(html) ? 'zh' : 'en', html };
  });
}

/**
 * A 1 MB finance article: 2,000 claim paragraphs carrying 5,000 security mentions between them
 * (two or three each), and plain paragraphs of background between those: the worst case the content
 * script must read, mark and paint without a long task.
 */
export function hugeArticle(): { html: string; chars: number; mentions: number; claims: number } {
  const tickers = ['BIDU', 'AAPL', 'TSLA', 'NVDA', 'MSFT'];
  const filler =
    '这是背景叙述，讨论行业的股价走势、市值变化与营收结构，投资者关注利润与估值，让文章读起来更像一篇真正的长篇报道。'.repeat(
      8,
    );
  const paragraphs: string[] = [];
  let mentions = 0;
  let claims = 0;
  let chars = 0;
  for (let i = 0; chars < 1_000_000; i++) {
    let text = filler;
    if (claims < 2000) {
      const [a, b, c] = [0, 1, 2].map((k) => tickers[(i + k) % tickers.length]);
      const three = claims % 2 === 0;
      text = `据公司公告，$${a} 第${i}季度营收增长${(i % 30) + 1}%，$${b} 同期持平${three ? `，$${c} 下滑` : ''}。`;
      mentions += three ? 3 : 2;
      claims++;
      paragraphs.push(`<p>${text}</p>`);
      chars += text.length;
    }
    paragraphs.push(`<p>${filler}</p>`);
    chars += filler.length;
  }
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>长文：一年的财报季</title>
    <meta property="og:type" content="article"></head><body><nav><a href="/">首页</a></nav>
    <article><h1>长文：一年的财报季</h1>${paragraphs.join('\n')}</article></body></html>`;
  return { html, chars, mentions, claims };
}

/**
 * A live page whose own script appends `total` feed items in batches (one cashtag each) when told
 * to (`window.grow(n)`), and says how many it has added.
 */
export function growingPage(): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>快讯流</title></head>
  <body><h1>快讯流</h1><p>美股开盘，$BIDU 高开。</p><ol id="feed"></ol><script>
    const T = ['AAPL', 'TSLA', 'NVDA', 'MSFT', 'AMZN'];
    let added = 0;
    window.grow = (n) => {
      const items = [];
      for (let i = 0; i < n; i++, added++) {
        const li = document.createElement('li');
        li.textContent = '快讯' + added + '：$' + T[added % 5] + ' 成交放量，换手率升至' + (added % 9) + '%。';
        items.push(li);
      }
      document.getElementById('feed').append(...items);
      return added;
    };
  </script></body></html>`;
}
