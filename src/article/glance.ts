import { NODES_PER_STEP, runSteps, type Steps } from '../steps.ts';
import { type DomElement, type DomNode, type DomText, ELEMENT_NODE, TEXT_NODE } from './dom.ts';

/** Elements whose text is not the page's prose: a glance skips the text directly inside them. */
const GLANCE_SKIP = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title']);

/**
 * Whether a glance reads the text nodes directly under `parent`: not a script's, a style's or a
 * field's, and not a link's (the full reading marks nothing inside a link but a Xueqiu security
 * link, and navigation names companies it will never mark).
 */
export function glancedParent(
  parent: { localName: string; getAttribute(name: string): string | null } | null,
): boolean {
  if (!parent) return true;
  const name = parent.localName;
  if (GLANCE_SKIP.has(name)) return false;
  return name !== 'a' || (parent.getAttribute('href') ?? '').includes('xueqiu.com/');
}

/**
 * A page at a glance: the data of its text nodes (none directly inside a script, style, template,
 * field or link), joined with spaces. It costs what one pass over the text costs, with no map back to the
 * DOM: enough to tell whether the page names a security or talks money at all. The browser makes
 * the same text with a native TreeWalker (`extension/content/reader.ts`); this walk is for Node.
 */
export function glanceText(root: DomNode): string {
  return runSteps(glanceSteps(root));
}

export function* glanceSteps(root: DomNode): Steps<string> {
  const parts: string[] = [];
  let visited = 0;
  for (let node: DomNode | null = root.firstChild; node; ) {
    if (++visited % NODES_PER_STEP === 0) yield;
    if (node.nodeType === TEXT_NODE) {
      const parent = node.parentNode;
      if (parent?.nodeType !== ELEMENT_NODE || glancedParent(parent as DomElement)) parts.push((node as DomText).data);
    }
    // A template's content is not in a browser's tree at all (a TreeWalker never enters it).
    if (node.firstChild && node.nodeType === ELEMENT_NODE && (node as DomElement).localName !== 'template') {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return parts.join(' ');
}
