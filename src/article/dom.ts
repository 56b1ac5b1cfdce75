/**
 * The few DOM members the engine reads, as structural types: a browser's DOM and a Node DOM
 * implementation (linkedom, in the CLI) both satisfy them, and the engine stays free of DOM globals.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly parentNode: DomNode | null;
  readonly textContent: string | null;
  readonly firstChild: DomNode | null;
  readonly lastChild: DomNode | null;
  readonly previousSibling: DomNode | null;
  readonly nextSibling: DomNode | null;
}

export interface DomText extends DomNode {
  readonly data: string;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  hasAttribute(name: string): boolean;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
}

/** The document members the article reader uses. */
export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;
export const DOCUMENT_FRAGMENT_NODE = 11;

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Whether an element hides itself in its markup: the `hidden` attribute, an inline
 * `display: none` or `visibility: hidden`, or `aria-hidden="true"` (as Readability reads
 * visibility, without asking for layout). Pages keep second copies of a story this way.
 */
export function hiddenByMarkup(el: DomElement): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}
