/**
 * The story finder on small pages built to each shape real sites take (every case here was met in
 * the extraction sets): the story's text must come out whole, once, and without what surrounds it.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { DomDocument } from './dom.ts';
import { readArticle } from './read-article.ts';

const story = (body: string, head = '') => {
  const doc = parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as DomDocument;
  const r = readArticle(doc);
  return (r.readStory()?.text ?? '').replace(/\s+/g, ' ').trim();
};
const sentence = (n: number, word = 'market') =>
  `Sentence ${n} of the story says the ${word} moved, and traders, analysts and funds took note of it.`;
const paragraphs = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `<p>${sentence(from + i)}</p>`).join('');
const nav = `<ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/s${i}">Section number ${i}</a></li>`).join('')}</ul>`;

describe('findMainContent through readArticle', () => {
  it('finds a story its theme wraps in a sidebar-named container, trying again without the class filter', () => {
    const page = `${nav}<div class="container penci_sidebar"><article>${paragraphs(1, 4)}</article></div>`;
    // Only a page that says it is an article pays for the second pass.
    expect(story(page)).not.toContain(sentence(1));
    const text = story(page, '<meta property="og:type" content="article">');
    expect(text).toContain(sentence(1));
    expect(text).toContain(sentence(4));
    expect(text).not.toContain('Section number');
  });

  it('does not settle on a comment list that outweighs a short story', () => {
    const comments = Array.from({ length: 12 }, (_, i) => `<li><p>${sentence(100 + i, 'comment')}</p></li>`).join('');
    const text = story(
      `<article><div class="entry">${paragraphs(1, 3)}</div><ul class="comment-list">${comments}</ul></article>`,
    );
    expect(text).toContain(sentence(1));
    expect(text).not.toContain('comment moved');
  });

  it('reads a story once when the page keeps a hidden second copy', () => {
    const text = story(
      `<div id="main">${paragraphs(1, 4)}<em style="display: none;">${sentence(1)} ${sentence(2)}</em></div>`,
    );
    expect(text.split(sentence(1)).length - 1).toBe(1);
    expect(story(`<div id="main">${paragraphs(1, 4)}<div aria-hidden="true">${sentence(9)}</div></div>`)).not.toContain(
      sentence(9),
    );
  });

  it('counts paragraphs written as text and <br>s as paragraphs of their block', () => {
    const side = `<div id="side"><p>${sentence(50, 'weather')}</p><p>${sentence(51, 'weather')}</p></div>`;
    const text = story(`${side}<div id="text">${[1, 2, 3, 4].map((n) => sentence(n)).join('<br><br>')}</div>`);
    expect(text).toContain(sentence(1));
    expect(text).toContain(sentence(4));
    expect(text).not.toContain('weather');
  });

  it('takes in siblings that carry the story on, and leaves a link list beside it out', () => {
    const text = story(
      `<div id="wrap"><div class="text">${paragraphs(1, 5)}</div><div class="text">${paragraphs(6, 3)}</div>${nav}</div>`,
    );
    expect(text).toContain(sentence(8));
    expect(text).not.toContain('Section number');
  });

  it('reads a page that wraps everything in a form (ASP.NET)', () => {
    expect(story(`<form id="Form1">${nav}<div id="post">${paragraphs(1, 4)}</div></form>`)).toContain(sentence(4));
  });

  it('does not take a list of linked headlines for paragraphs', () => {
    const headlines = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/n${i}">Stocks, bonds, funds, and gold, headline ${i}</a> 08-11 16:58</li>`,
    ).join('');
    const text = story(`<ul class="list">${headlines}</ul><div>${paragraphs(1, 4)}</div>`);
    expect(text).toContain(sentence(1));
    expect(text).not.toContain('headline');
  });
});

describe('readArticle on hostile pages', () => {
  const empty = () =>
    parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;

  it('reads a page nested 20 000 elements deep without overflowing the stack', () => {
    const doc = empty();
    let at: Element = doc.body;
    for (let i = 0; i < 20_000; i++) {
      const div = doc.createElement('div');
      at.append(div);
      at = div;
    }
    at.textContent = '腾讯控股今日公布业绩，营收增长15%。';
    const r = readArticle(doc as unknown as DomDocument);
    expect(r.isArticle).toBe(false);
    expect(r.snapshot.text.trim()).toBe('腾讯控股今日公布业绩，营收增长15%。');
  });

  it('reads 100 000 tiny paragraphs, and a megabyte of text with no punctuation', () => {
    const doc = empty();
    for (let i = 0; i < 100_000; i++) {
      const p = doc.createElement('p');
      p.textContent = `a${i}`;
      doc.body.append(p);
    }
    const tiny = readArticle(doc as unknown as DomDocument);
    expect(tiny.isArticle).toBe(false);
    expect(tiny.snapshot.segments).toHaveLength(100_000);
    const wall = empty();
    const p = wall.createElement('p');
    p.textContent = '无标点的长文本贵州茅台百度'.repeat(80_000);
    wall.body.append(p);
    const r = readArticle(wall as unknown as DomDocument);
    expect(r.snapshot.text.trim().length).toBe(13 * 80_000);
  });
});
