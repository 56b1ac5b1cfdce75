/** Turns HTML into the engine's input with a Node DOM (linkedom), through the engine's own snapshot. */
import { parseHTML } from 'linkedom';
import { type AnalyzeInput, snapshotText } from '../analyze.ts';
import type { DomNode } from '../article/dom.ts';

/** The text and links of an HTML document, as the content script would read them from the page. */
export function htmlToInput(html: string): AnalyzeInput {
  // A browser parses a bare fragment into <body>; linkedom makes its first element the root, so wrap it.
  const page = /<(html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const root = (document.body ?? document.documentElement ?? document) as unknown as DomNode;
  const { text, links } = snapshotText(root);
  return { text, links: links.map(({ start, end, href }) => ({ start, end, href })) };
}
