/** Reads HTML with a Node DOM (linkedom) and analyses it through the engine's own article reader. */
import { parseHTML } from 'linkedom';
import { type Analysis, analyzeDocument, type PageFacts } from '../analyze.ts';
import type { DomDocument } from '../article/dom.ts';
import type { ReadOptions } from '../article/read-article.ts';

/** Parses HTML as a browser would place it: a bare fragment lands in the body. */
export function parseHtml(html: string): DomDocument {
  // A browser parses a bare fragment into <body>; linkedom makes its first element the root, so wrap it.
  const page = /<(html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as DomDocument;
}

/**
 * Analyses an HTML document as the content script analyses a page: on an article, its story
 * (without navigation, comments and related lists) and its title; on any other page, the whole
 * body, securities only. `options.url` (the page's address or file name) and `options.now` date it.
 */
export function analyzeHtml(html: string, options: ReadOptions = {}): Analysis & { page: PageFacts } {
  const { page, analysis } = analyzeDocument(parseHtml(html), options);
  return { page, ...analysis };
}
