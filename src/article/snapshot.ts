import { NODES_PER_STEP, runSteps, type Steps } from '../steps.ts';
import {
  DOCUMENT_FRAGMENT_NODE,
  DOCUMENT_NODE,
  type DomElement,
  type DomNode,
  type DomText,
  ELEMENT_NODE,
  hiddenByMarkup,
  TEXT_NODE,
} from './dom.ts';

/** One text node's place in the snapshot text. */
export interface Segment<T extends DomText = DomText> {
  node: T;
  start: number;
}

/** A link's text range in the snapshot, its target, and its element. */
export interface SnapshotLink<E extends DomElement = DomElement> {
  start: number;
  end: number;
  href: string;
  element: E;
}

/** The text `analyze()` reads, where each piece of it lives in the DOM, and the links in it. */
export interface Snapshot<T extends DomText = DomText, E extends DomElement = DomElement> {
  text: string;
  segments: Segment<T>[];
  links: SnapshotLink<E>[];
}

/** Subtrees whose text is not prose: code, form fields, editors, embedded documents, our own UI. */
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
  'head',
  'title',
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

/** Whether a subtree's text is never read: code, fields, editors, embedded documents, hidden parts, our own UI. */
export function skipped(el: DomElement): boolean {
  return SKIP.has(el.localName) || hiddenByMarkup(el) || el.hasAttribute('contenteditable');
}

/** Marks on the walk's stack: the end of a block element, or the end of a link. */
const BLOCK_END = 0;
/** A class, not a shape test: DOM nodes carry all sorts of properties (`<body>` has `link`). */
class LinkEnd {
  constructor(
    readonly link: DomElement,
    readonly start: number,
  ) {}
}

/**
 * Walks `root` once, iteratively (deep pages do not overflow the stack), and returns its readable
 * text. Links keep their text (it is part of the article) and are listed with their ranges, so
 * the analysis can leave navigation alone and decorate a security link whole.
 */
export function snapshotText<T extends DomText = DomText, E extends DomElement = DomElement>(
  root: DomNode,
  /** Subtrees to leave out besides the built-in ones (the article reader drops boilerplate). */
  leaveOut?: (el: DomElement) => boolean,
): Snapshot<T, E> {
  return runSteps(snapshotSteps<T, E>(root, leaveOut));
}

/** `snapshotText`, cut into steps of a few hundred nodes. */
export function* snapshotSteps<T extends DomText = DomText, E extends DomElement = DomElement>(
  root: DomNode,
  leaveOut?: (el: DomElement) => boolean,
): Steps<Snapshot<T, E>> {
  let text = '';
  // Whether `text` ends a line, kept beside it: asking a string built by `+=` what it ends with
  // flattens it, and doing that at every block made the walk quadratic (2.4 s on a 250 KB page).
  let atLineStart = true;
  const segments: Segment<T>[] = [];
  const links: SnapshotLink<E>[] = [];
  const newline = () => {
    if (!atLineStart) {
      text += '\n';
      atLineStart = true;
    }
  };
  const stack: (DomNode | LinkEnd | typeof BLOCK_END)[] = [root];
  let visited = 0;
  while (stack.length > 0) {
    if (++visited % NODES_PER_STEP === 0) yield;
    const item = stack.pop();
    if (item === undefined) break;
    if (item === BLOCK_END) {
      newline();
      continue;
    }
    if (item instanceof LinkEnd) {
      const href = item.link.getAttribute('href');
      if (href && text.length > item.start)
        links.push({ start: item.start, end: text.length, href, element: item.link as E });
      continue;
    }
    const node = item;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as DomText).data;
      if (data !== '') {
        segments.push({ node: node as T, start: text.length });
        text += data;
        atLineStart = data.charCodeAt(data.length - 1) === 10;
      }
      continue;
    }
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as DomElement;
      if (skipped(el) || (leaveOut !== undefined && node !== root && leaveOut(el))) {
        if (BLOCK.has(el.localName)) newline();
        continue;
      }
      if (BLOCK.has(el.localName)) {
        newline();
        stack.push(BLOCK_END);
      }
      if (el.localName === 'a') stack.push(new LinkEnd(el, text.length));
    } else if (node.nodeType !== DOCUMENT_NODE && node.nodeType !== DOCUMENT_FRAGMENT_NODE) {
      continue;
    }
    for (let child = node.lastChild; child !== null; child = child.previousSibling) stack.push(child);
  }
  links.sort((a, b) => a.start - b.start);
  return { text, segments, links };
}

/**
 * One snapshot of several subtrees (what a page added since it was read), in the order given, a
 * line break between them: offsets map to their text nodes exactly as in a snapshot of one root.
 */
export function* snapshotRootsSteps<T extends DomText = DomText, E extends DomElement = DomElement>(
  roots: readonly DomNode[],
  leaveOut?: (el: DomElement) => boolean,
): Steps<Snapshot<T, E>> {
  let text = '';
  const segments: Segment<T>[] = [];
  const links: SnapshotLink<E>[] = [];
  let endsLine = true;
  for (const root of roots) {
    const part = yield* snapshotSteps<T, E>(root, leaveOut);
    if (part.text === '') continue;
    if (!endsLine) text += '\n';
    endsLine = part.text.charCodeAt(part.text.length - 1) === 10;
    const shift = text.length;
    for (const s of part.segments) segments.push({ node: s.node, start: s.start + shift });
    for (const l of part.links) links.push({ ...l, start: l.start + shift, end: l.end + shift });
    text += part.text;
  }
  return { text, segments, links };
}
