/** The page's readable text as one string, with a map from its offsets back to text nodes. */

/** One text node's place in the snapshot text. */
export interface Segment {
  node: Text;
  start: number;
}

/** The text `analyze()` reads, and where each piece of it lives in the DOM. */
export interface Snapshot {
  text: string;
  segments: Segment[];
}

/**
 * Subtrees whose text is not prose we may decorate: code, form fields, editors, embedded
 * documents, links (a mark must not change what a link is), and our own UI.
 */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'a',
  'finlens-mark',
  'finlens-card',
]);

/** Elements that start a new line of text, so words on either side never run together. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

function skipped(el: Element): boolean {
  return SKIP.has(el.localName) || el.hasAttribute('hidden') || el.hasAttribute('contenteditable');
}

/** Walks `root` once, iteratively (deep pages do not overflow the stack). */
export function snapshotText(root: Node): Snapshot {
  let text = '';
  const segments: Segment[] = [];
  const newline = () => {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
  };
  // A stack of nodes to visit; `null` marks the end of a block element.
  const stack: (Node | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      newline();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data !== '') {
        segments.push({ node: node as Text, start: text.length });
        text += data;
      }
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_NODE) continue;
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (skipped(el)) {
        if (BLOCK.has(el.localName)) newline();
        continue;
      }
      if (BLOCK.has(el.localName)) {
        newline();
        stack.push(null);
      }
    }
    for (let child = node.lastChild; child !== null; child = child.previousSibling) stack.push(child);
  }
  return { text, segments };
}
