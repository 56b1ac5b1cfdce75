/** Turns HTML into the engine's input with a Node DOM (linkedom), through the engine's own snapshot. */
import { parseHTML } from 'linkedom';
import type { AnalyzeInput } from '../analyze.ts';
import type { DomDocument } from '../article/dom.ts';
import { readArticle } from '../article/read-article.ts';

/**
 * The engine's input for an HTML document: on an article, its story (without navigation, comments
 * and related lists) and its title; on any other page, the text of the whole body.
 */
export function htmlToInput(html: string): AnalyzeInput {
  // A browser parses a bare fragment into <body>; linkedom makes its first element the root, so wrap it.
  const page = /<(html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const reading = readArticle(document as unknown as DomDocument);
  const { text, links } = reading.snapshot;
  return {
    text,
    links: links.map(({ start, end, href }) => ({ start, end, href })),
    title: reading.isArticle ? reading.title : undefined,
    article: reading.isArticle,
  };
}
