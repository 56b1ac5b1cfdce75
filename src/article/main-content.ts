import { NODES_PER_STEP, runSteps, type Steps } from '../steps.ts';
import { type DomElement, type DomNode, ELEMENT_NODE, hiddenByMarkup, TEXT_NODE } from './dom.ts';

/** Class and id words of boilerplate: navigation, comments, related and recommended lists, ads. */
export const BOILERPLATE =
  /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|comments?|reply|related|recommend\w*|promo|ad|ads|advert\w*|sponsor\w*|sidebar|footer|share|social|subscribe|newsletter|popular|trending|rank\w*|hot|tags?|pager|pagination)(?:$|[\s_-])|相关|推荐|评论|热文|热门|排行|导航|广告|分享/i;
/** Class and id words of the parts around a story's text: byline, dateline, captions, bylines' meta. */
const NOT_BODY =
  /(?:^|[\s_-])(?:byline|author|dateline|date|time|meta|info|source|caption|credit|title|headline)(?:$|[\s_-])|作者|来源|时间|编辑|责编/i;
/** Class and id words of the parts inside a story that are not its text: pictures and their captions. */
const MEDIA =
  /(?:^|[\s_-])(?:image|img|photo|picture|figure|caption|media|gallery|video|slideshow)(?:$|[\s_-])|图片|图集/i;
/** Class and id words of the story itself. */
const CONTENT_HINT =
  /(?:^|[\s_-])(?:article|content|post|story|entry|body|text|main|detail)(?:$|[\s_-])|正文|内容|文章/i;
/** Elements that are never the story. */
const NEVER = new Set([
  'nav',
  'aside',
  'footer',

  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'button',
  'select',
  'textarea',
  'header',
]);

/** What one pass over the page learned about its structure. */
export interface PageStructure {
  /** The element that scores best as the story's container, or null when nothing stands out. */
  root: DomElement | null;
  /**
   * What to read for the story: `root`, or its parent when siblings of `root` carry the story on
   * (a second text block, a table of figures), with the other siblings left out.
   */
  story: DomElement | null;
  /** Whether a subtree of the story is not part of its text: boilerplate, headline, byline, link lists. */
  leaveOut: (el: DomElement) => boolean;
  /** Characters of text in `root`, in links within it, and paragraph-like blocks in it. */
  textLength: number;
  /**
   * `textLength` with each Han character counted three times: a Chinese character carries about
   * what three Latin letters do, so length thresholds mean the same story in either script.
   */
  weightedLength: number;
  linkDensity: number;
  paragraphs: number;
}

interface Stats {
  text: number;
  /** Han characters in `text`. */
  han: number;
  linkText: number;
  /** Text directly under this element (its own text nodes). */
  ownText: number;
  commas: number;
  paragraphs: number;
  links: number;
}

/** An element's class and id, the words pages name their parts with. */
export function labelOf(el: DomElement): string {
  return labelFrom(el.getAttribute('class'), el.getAttribute('id'));
}

function labelFrom(className: string | null, id: string | null): string {
  const label = `${className ?? ''} ${id ?? ''}`.trim();
  // camelCase names are words too: `articleBody`, `relatedPosts`.
  return CAMEL.test(label) ? label.replace(CAMEL_GLOBAL, '$1 $2') : label;
}

const CAMEL = /[a-z][A-Z]/;
const CAMEL_GLOBAL = /([a-z])([A-Z])/g;

/** Whether a label names boilerplate and not the story. */
function boilerplateLabel(label: string): boolean {
  return label !== '' && BOILERPLATE.test(label) && !CONTENT_HINT.test(label);
}

/** Whether an element's class or id names boilerplate (`related`, `comments`, `相关`, …). */
export function isBoilerplate(el: DomElement): boolean {
  return neverStory(el) || boilerplateLabel(labelOf(el));
}

/**
 * `isBoilerplate` for one pass over a page: the verdict on each class-and-id pair is kept, as
 * pages repeat their classes (a feed's hundred cards share one long generated class list), and
 * each pair is read once however many elements carry it.
 */
function boilerplateOfPage(): (el: DomElement) => boolean {
  const verdicts = new Map<string, boolean>();
  return (el) => {
    if (neverStory(el)) return true;
    const className = el.getAttribute('class');
    const id = el.getAttribute('id');
    if (className === null && id === null) return false;
    const key = id === null ? (className as string) : `${className ?? ''}\u0000${id}`;
    let verdict = verdicts.get(key);
    if (verdict === undefined) {
      verdict = boilerplateLabel(labelFrom(className, id));
      verdicts.set(key, verdict);
    }
    return verdict;
  };
}

/**
 * Finds the story's container in one iterative post-order pass: each paragraph-like block (an
 * element with 25 or more characters of its own text) scores 1 + its commas + a point per 100
 * characters, credited in full to its parent, half to its grandparent and a third above that, as
 * Readability does; a container's score is then cut by its link density and moved by its class.
 *
 * Subtrees whose class names boilerplate are not entered. Where that leaves less than a short
 * story (themes put whole pages in a `…_sidebar` or `…-related` wrapper), the pass runs again
 * entering everything but what is never a story (nav, aside, hidden…), as Readability retries
 * without its "unlikely candidates" filter, and the richer result wins. Only pages that say they
 * are articles (`retry`) pay for the second pass: other pages are most pages, and stay cheap.
 */
export function findMainContent(body: DomElement, options: { retry?: boolean } = {}): PageStructure {
  return runSteps(findMainContentSteps(body, options));
}

/** `findMainContent`, cut into steps of a few hundred elements. */
export function* findMainContentSteps(body: DomElement, options: { retry?: boolean } = {}): Steps<PageStructure> {
  const strict = yield* structureSteps(body, boilerplateOfPage());
  if (strict.textLength >= SHORT_STORY || !options.retry) return strict;
  const lenient = yield* structureSteps(body, neverStory);
  // The retry may only find a story the filter hid, not settle on what it filters (a comment list).
  const found = lenient.root !== null && !isBoilerplate(lenient.root) && lenient.textLength > strict.textLength;
  return found ? lenient : strict;
}

/** Less story than this (characters) and the pass is run again without the class-name filter. */
const SHORT_STORY = 500;

/** Elements that are never the story, whatever their class: nav, aside, footer, hidden, … */
function neverStory(el: DomElement): boolean {
  return NEVER.has(el.localName) || hiddenByMarkup(el);
}

function* structureSteps(body: DomElement, skip: (el: DomElement) => boolean): Steps<PageStructure> {
  const stats = new Map<DomElement, Stats>();
  // Ancestors are finished after their children: their scores collect here until then.
  const scores = new Map<DomElement, number>();
  // Post-order by walking the tree itself (first child, next sibling, parent): no stack to
  // allocate, no recursion to overflow, whatever the page's depth. The walk holds no state across
  // a yield but `node`, so a caller may slice it (the page may change meanwhile: a node it left
  // is still walked by its links, as a snapshot of what the page was).
  let node: DomNode | null = body;
  let visited = 0;
  while (node !== null) {
    if (++visited % NODES_PER_STEP === 0) yield;
    // Down: the first element child worth entering.
    const el = node as DomElement;
    const child = firstElement(el.firstChild, skip);
    if (child !== null) {
      node = child;
      continue;
    }
    // No child left to enter: finish this element, then its next sibling, or climb and finish.
    let done: DomElement = el;
    for (;;) {
      finish(done, stats, scores);
      if (done === body) return choose(stats, scores);
      const next = firstElement(done.nextSibling, skip);
      if (next !== null) {
        node = next;
        break;
      }
      done = done.parentNode as DomElement;
    }
  }
  return choose(stats, scores);
}

/** The first element from `node` on (itself or a later sibling) that is not boilerplate. */
function firstElement(node: DomNode | null, skip: (el: DomElement) => boolean): DomElement | null {
  for (let n = node; n !== null; n = n.nextSibling) {
    if (n.nodeType === ELEMENT_NODE && !skip(n as DomElement)) return n as DomElement;
  }
  return null;
}

/** An element's stats from its own text and its finished children; a paragraph credits its ancestors. */
function finish(el: DomElement, stats: Map<DomElement, Stats>, scores: Map<DomElement, number>): void {
  const s: Stats = { text: 0, han: 0, linkText: 0, ownText: 0, commas: 0, paragraphs: 0, links: 0 };
  // Own text as line-broken runs: a block written as text and <br>s holds several paragraphs.
  const runs = RUNS.reset();
  // Own text that is link text: a line of links is not a paragraph.
  let ownLinkText = 0;
  for (let c = el.firstChild; c !== null; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE) {
      const data = (c as DomNode & { data: string }).data;
      const trimmed = trimmedLength(data);
      s.ownText += trimmed;
      s.text += trimmed;
      if (trimmed > 0) {
        const commas = countCommas(data);
        s.commas += commas;
        s.han += lastHan;
        runs.add(trimmed, commas);
      }
    } else if (c.nodeType === ELEMENT_NODE) {
      if ((c as DomElement).localName === 'br') {
        runs.end();
        continue;
      }
      const child = stats.get(c as DomElement);
      if (!child) continue;
      s.text += child.text;
      s.han += child.han;
      s.linkText += child.linkText;
      s.paragraphs += child.paragraphs;
      s.links += child.links;
      // Inline children (links, emphasis) count as the element's own text.
      if (INLINE.has((c as DomElement).localName)) {
        s.ownText += child.text;
        s.commas += child.commas;
        ownLinkText += child.linkText;
        runs.add(child.text, child.commas);
      } else {
        runs.end();
      }
    }
  }
  if (el.localName === 'a') {
    s.linkText = s.text;
    s.links += 1;
  }
  stats.set(el, s);
  if (INLINE.has(el.localName) || s.ownText - ownLinkText < 25) return;
  runs.end();
  const paragraphs = runs.paragraphs();
  if (paragraphs.length >= 2) {
    // Paragraphs separated by <br>: each is scored as a paragraph of this element, as
    // Readability does once it has turned such runs into <p>s.
    for (const [length, commas] of paragraphs) credit(scores, el, paragraphPoints(length, commas));
    s.paragraphs += paragraphs.length;
  } else {
    s.paragraphs += 1;
    credit(scores, el.parentNode, paragraphPoints(s.ownText, s.commas));
  }
}

/**
 * The siblings of the story's container that carry the story on, as Readability's sibling step
 * picks them: those that score at least a fifth of the container (at least 10; a shared class
 * counts a fifth more), and plain paragraphs with 80 characters or more and few links. Undefined
 * when no sibling qualifies, or the container has no parent element to read instead.
 */
function storySiblings(
  root: DomElement,
  rootValue: number,
  stats: Map<DomElement, Stats>,
  scores: Map<DomElement, number>,
): Set<DomElement> | undefined {
  const parent = root.parentNode;
  if (!parent || parent.nodeType !== ELEMENT_NODE || (parent as DomElement).localName === 'html') return undefined;
  const threshold = Math.max(10, rootValue * 0.2);
  const rootClass = root.getAttribute('class') ?? '';
  const kept = new Set<DomElement>([root]);
  for (let c = parent.firstChild; c !== null; c = c.nextSibling) {
    if (c === root || c.nodeType !== ELEMENT_NODE) continue;
    const el = c as DomElement;
    const s = stats.get(el);
    if (!s || s.text === 0) continue;
    const density = s.linkText / s.text;
    const bonus = rootClass !== '' && el.getAttribute('class') === rootClass ? rootValue * 0.2 : 0;
    const score = (scores.get(el) ?? 0) * (1 - density);
    if (score + bonus >= threshold || (el.localName === 'p' && s.text >= 80 && density < 0.25)) kept.add(el);
  }
  return kept.size > 1 ? kept : undefined;
}

/** A paragraph's worth: one, a point a comma, a point per 100 characters up to three. */
function paragraphPoints(length: number, commas: number): number {
  return 1 + commas + Math.min(3, Math.floor(length / 100));
}

/** The runs of an element's own text between line breaks and blocks. */
class Runs {
  private length = 0;
  private commas = 0;
  private done: [number, number][] = [];
  reset(): this {
    this.length = 0;
    this.commas = 0;
    this.done = [];
    return this;
  }
  add(length: number, commas: number): void {
    this.length += length;
    this.commas += commas;
  }
  end(): void {
    if (this.length > 0) this.done.push([this.length, this.commas]);
    this.length = 0;
    this.commas = 0;
  }
  /** The runs long enough to be paragraphs (25 characters or more). */
  paragraphs(): [number, number][] {
    return this.done.filter(([length]) => length >= 25);
  }
}

/** One for the whole pass: `finish` is never re-entered. */
const RUNS = new Runs();

/** The best-scoring container, and what to leave out of it. */
function choose(stats: Map<DomElement, Stats>, scores: Map<DomElement, number>): PageStructure {
  let root: DomElement | null = null;
  let best = 0;
  for (const [el, score] of scores) {
    const s = stats.get(el);
    if (!s) continue;
    const label = labelOf(el);
    const bonus =
      CONTENT_HINT.test(label) || el.localName === 'article' || el.localName === 'main'
        ? 1.25
        : MEDIA.test(label) || el.localName === 'figure'
          ? 0.75
          : 1;
    const value = score * (1 - (s.text ? s.linkText / s.text : 0)) * bonus;
    if (value > best) {
      best = value;
      root = el;
    }
  }
  const rootStats = root ? stats.get(root) : undefined;
  const kept = root ? storySiblings(root, best, stats, scores) : undefined;
  const story = kept ? (root?.parentNode as DomElement) : root;
  const leaveOut = (el: DomElement) => {
    if (kept && el.parentNode === story && !kept.has(el)) return true;
    if (isBoilerplate(el) || el.localName === 'h1' || el.localName === 'figcaption') return true;
    const label = labelOf(el);
    if (label !== '' && NOT_BODY.test(label)) return true;
    // A block of several links and little else (a list of stories, tags, a link bar) is not the
    // story's text; a sentence around one link (a cashtag link) is.
    const s = stats.get(el);
    return s !== undefined && !INLINE.has(el.localName) && s.links >= 3 && s.linkText / Math.max(1, s.text) > 0.5;
  };
  return {
    root,
    story,
    leaveOut,
    textLength: rootStats?.text ?? 0,
    weightedLength: rootStats ? rootStats.text + 2 * rootStats.han : 0,
    linkDensity: rootStats?.text ? rootStats.linkText / rootStats.text : 1,
    paragraphs: rootStats?.paragraphs ?? 0,
  };
}

const INLINE = new Set([
  'a',
  'b',
  'strong',
  'em',
  'i',
  'span',
  'font',
  'u',
  'small',
  'sup',
  'sub',
  'mark',
  'abbr',
  'time',
  'code',
  'q',
  'cite',
  'br',
]);

/** `text.trim().length` without making the trimmed string. */
function trimmedLength(text: string): number {
  let a = 0;
  let b = text.length;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return b - a;
}

/** The characters `String.prototype.trim` removes that pages use: ASCII space, NBSP, ideographic space, BOM. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x1680 ||
    c === 0x202f ||
    c === 0x205f
  );
}

/** Han characters seen by the last `countCommas` (one scan of the text counts both). */
let lastHan = 0;

/** Commas (and Chinese enumeration commas and full stops) in `text`; also sets `lastHan`. */
function countCommas(text: string): number {
  let n = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) han++;
    else if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x3002) n++;
  }
  lastHan = han;
  return n;
}

/** Credits `points` to `from` in full, half to its parent and a third to the one above. */
function credit(scores: Map<DomElement, number>, from: DomNode | null, points: number): void {
  let node = from;
  for (let level = 1; level <= 3 && node && node.nodeType === ELEMENT_NODE; level++) {
    scores.set(node as DomElement, (scores.get(node as DomElement) ?? 0) + points / level);
    node = node.parentNode;
  }
}
