/** The publish time of a whole page through `readArticle`: which candidate wins, and where a `<time>` counts. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { runSteps } from '../steps.ts';
import type { DomDocument } from './dom.ts';
import { type ReadOptions, readArticle, readArticleSteps } from './read-article.ts';

const doc = (head: string, body: string) =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as DomDocument;
/** Read at 2023-02-10 00:00 UTC, from Xueqiu (Shanghai) unless told otherwise. */
const OPTIONS: ReadOptions = { url: 'https://xueqiu.com/1234567/240000000', now: Date.UTC(2023, 1, 10) };
const page = (head: string, body: string, options: ReadOptions = OPTIONS) => readArticle(doc(head, body), options);

const story = Array.from(
  { length: 15 },
  (_, i) => `<p>第${i + 1}段：公司表示，今年的营收增长主要来自海外市场，利润率也在逐步改善，投资者普遍看好。</p>`,
).join('');

const META = '<meta property="article:published_time" content="2023-02-01T10:00:00+08:00">';
const LD = `<script type="application/ld+json">${JSON.stringify({
  '@type': 'NewsArticle',
  headline: '标题',
  datePublished: '2023-02-02T10:00:00+08:00',
})}</script>`;
const TIME = '<time datetime="2023-02-03T10:00:00+08:00">2月3日</time>';
const PRINTED = '<div class="info">2023-02-04 10:00 来源：雪球</div>';
const article = (inside: string) => `<article id="main"><h1>标题</h1>${inside}${story}</article>`;

/** Ten o'clock in Shanghai (02:00 UTC) on the given day of February 2023. */
const tenAm = (day: number, source: string) => ({
  instant: `2023-02-0${day}T02:00:00.000Z`,
  date: `2023-02-0${day}`,
  zone: 'Asia/Shanghai',
  source,
});

describe('readArticle: the publish time', () => {
  it('takes article:published_time, then JSON-LD datePublished, then the story <time>, then the printed stamp', () => {
    expect(page(META + LD, article(TIME + PRINTED)).published).toEqual(tenAm(1, 'meta'));
    expect(page(LD, article(TIME + PRINTED)).published).toEqual(tenAm(2, 'json-ld'));
    expect(page('', article(TIME + PRINTED)).published).toEqual(tenAm(3, 'time'));
    expect(page('', article(PRINTED)).published).toEqual(tenAm(4, 'text'));
    expect(page('', article('')).published).toBeUndefined();
  });

  it('passes over a declared value that is no date for the next candidate', () => {
    const broken = '<meta property="article:published_time" content="yesterday-ish">';
    expect(page(broken + LD, article('')).published).toEqual(tenAm(2, 'json-ld'));
  });

  it('reads the <time> of the story only: not one elsewhere on the page, in a related list or in comments', () => {
    const sidebar = `<aside><time datetime="2023-01-01T00:00:00Z"></time></aside>`;
    expect(page('', sidebar + article(PRINTED)).published).toEqual(tenAm(4, 'text'));
    const related = `<div class="wrap"><div class="related"><time datetime="2023-01-01T00:00:00Z"></time></div>${article(PRINTED)}</div>`;
    expect(page('', related).published).toEqual(tenAm(4, 'text'));
    const comments = article(`${PRINTED}<div class="comments"><time datetime="2023-01-01T00:00:00Z"></time></div>`);
    expect(page('', comments).published).toEqual(tenAm(4, 'text'));
    const modified = article(`<time itemprop="dateModified" datetime="2023-02-05T10:00:00+08:00"></time>${TIME}`);
    expect(page('', modified).published).toEqual(tenAm(3, 'time'));
  });

  it("finds the <time> in the story's header, beside its body", () => {
    const header = `<article><header><h1>标题</h1>${TIME}</header><div class="article-body">${story}</div></article>`;
    expect(page('', `<nav><a href="/">首页</a></nav>${header}`).published).toEqual(tenAm(3, 'time'));
  });

  it('dates a printed time by the zone it names, else by the site, else by the publisher its source line names; a local page with none keeps the date', () => {
    const local = { url: 'http://localhost:4173/post/', now: OPTIONS.now };
    const unnamed = '<div class="info">2023-02-04 10:00 来源：本站</div>';
    expect(page('', article(unnamed), local).published).toEqual({ date: '2023-02-04', source: 'text' });
    // The source line names Xueqiu: its clock is Beijing's.
    expect(page('', article(PRINTED), local).published).toEqual(tenAm(4, 'text'));
    const named = '<div class="info">北京时间 2023-02-04 10:00</div>';
    expect(page('', article(named), local).published).toEqual(tenAm(4, 'text'));
    const hk = { url: 'https://www.aastocks.com/tc/news', now: OPTIONS.now };
    expect(page('', article(PRINTED), hk).published).toEqual({ ...tenAm(4, 'text'), zone: 'Asia/Hong_Kong' });
    // A declared time without an offset is read on the site's clock too.
    const bare = '<meta property="article:published_time" content="2023-02-01 10:00">';
    expect(page(bare, article(''), local).published).toEqual({ date: '2023-02-01', source: 'meta' });
    expect(page(bare, article('')).published).toEqual(tenAm(1, 'meta'));
  });

  it('counts a relative stamp from the moment the page was read, also when the stamp is read later', () => {
    const ago = '<div class="info">价值投资小站 · 3小时前 · 来自雪球</div>';
    const steps = readArticleSteps(doc('', article(ago)), { ...OPTIONS, printed: false });
    const reading = runSteps(steps);
    expect(reading.published).toBeUndefined();
    expect(runSteps(reading.printed()).published).toEqual({
      instant: '2023-02-09T21:00:00.000Z',
      date: '2023-02-10',
      zone: 'Asia/Shanghai',
      source: 'text',
    });
  });
});
