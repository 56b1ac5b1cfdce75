import type { Published } from '../quotes/history-types.ts';
import { runSteps, type Steps } from '../steps.ts';
import { type DomDocument, type DomElement, type DomNode, type DomText, TEXT_NODE } from './dom.ts';
import { findMainContentSteps, labelOf, type PageStructure } from './main-content.ts';
import { type PageMeta, readPageMeta } from './page-meta.ts';
import { markupPublished, publishedContext, type ReadOptions } from './page-published.ts';
import { type PublishedContext, printedPublished } from './published.ts';
import { type Snapshot, snapshotSteps, snapshotText } from './snapshot.ts';
import { printedByline } from './text-meta.ts';

export type { ReadOptions };

/** The byline and publish time of a page, declared or printed. */
export interface PrintedMeta {
  published?: Published;
  byline?: string;
}

/** What the reader makes of a page: is it an article, what is it called, and where is its text. */
export interface ArticleReading<T extends DomText = DomText, E extends DomElement = DomElement> extends PageMeta {
  isArticle: boolean;
  /** When it was published: declared in its markup, dated by a `<time>` in its story, or printed. */
  published?: Published;
  /** What to analyse: the story on an article, the whole body on any other page. */
  snapshot: Snapshot<T, E>;
  /** The element the story was read from, on an article; null on any other page. */
  storyElement: E | null;
  /**
   * The story's text and its map back to the DOM, where a story container stands out, even on a
   * page not taken for an article (the eval scores extraction on known articles). Walked on demand.
   */
  readStory: () => Snapshot<T, E> | undefined;
  /** How sure the reading is, and why: for the eval and for debugging a page. */
  evidence: {
    textLength: number;
    /** The story's length with Han characters counted three times: what the thresholds read. */
    weightedLength: number;
    paragraphs: number;
    linkDensity: number;
    declared: boolean;
    published: boolean;
  };
}

/** A story this long (weighted characters: a Han character counts three) is an article whatever its markup says. */
const LONG_STORY = 1500;
/** With an article declared in the markup, this much story is enough. */
const DECLARED_STORY = 500;

/** Whether a page is an article, and where its story is: what `readArticle` decides before it reads any text. */
export interface ArticleDetection extends PageMeta {
  isArticle: boolean;
  /** When it was published, as its markup declares (meta, JSON-LD, its story's `<time>`): nothing printed is read yet. */
  published?: Published;
  /** Where the story was looked for: the body (or, for a Node parser's quirk, the root element). */
  scope: DomElement | null;
  /** The story's container and what to leave out of it, when one stands out. */
  structure: PageStructure | undefined;
  evidence: ArticleReading['evidence'];
}

/**
 * Decides whether a page is an article: declared in its markup and carrying a story, or carrying
 * a long story with paragraphs and few links. Reads the metadata and makes one pass over the
 * page's elements; it reads no text into a string. Every page pays for this, articles or not.
 */
export function detectArticle(doc: DomDocument, options: ReadOptions = {}): ArticleDetection {
  return runSteps(detectArticleSteps(doc, options));
}

/** `detectArticle`, cut into steps of a few hundred elements. */
export function* detectArticleSteps(doc: DomDocument, options: ReadOptions = {}): Steps<ArticleDetection> {
  const meta = readPageMeta(doc);
  const { dates } = meta;
  const declared =
    dates.meta !== undefined || dates.jsonLd !== undefined || dates.otherMeta !== undefined || dates.timeElement;
  const scope = storyScope(doc);
  const structure = scope ? yield* findMainContentSteps(scope, { retry: meta.declaresArticle || declared }) : undefined;
  const evidence = {
    textLength: structure?.textLength ?? 0,
    weightedLength: structure?.weightedLength ?? 0,
    paragraphs: structure?.paragraphs ?? 0,
    linkDensity: Math.round((structure?.linkDensity ?? 1) * 1000) / 1000,
    declared: meta.declaresArticle,
    published: declared,
  };
  const storyLike = evidence.linkDensity < 0.3 && evidence.paragraphs >= 3;
  const isArticle =
    structure?.root != null &&
    storyLike &&
    (evidence.weightedLength >= LONG_STORY ||
      ((evidence.declared || evidence.published) && evidence.weightedLength >= DECLARED_STORY));
  const published = markupPublished(dates, structure?.root, scope, publishedContext(options));
  return { ...meta, published, isArticle, scope, structure, evidence };
}

/**
 * Reads a page from the DOM the caller gives: its metadata, whether it is an article
 * (`detectArticle`), and the text to analyse: on an article its story, without navigation,
 * comments and related-article lists; on any other page the whole body.
 */
export function readArticle<T extends DomText = DomText, E extends DomElement = DomElement>(
  doc: DomDocument,
  options: ReadOptions = {},
): ArticleReading<T, E> {
  return runSteps(readArticleSteps<T, E>(doc, options));
}

/** `readArticle`, cut into steps of a few hundred nodes. */
export function* readArticleSteps<T extends DomText = DomText, E extends DomElement = DomElement>(
  doc: DomDocument,
  options: ReadOptions & {
    /**
     * False to leave out the byline and date an article prints (read by walking the story's
     * ancestors) where its markup declares none: `printed()` on the reading reads them later.
     */
    printed?: boolean;
  } = {},
): Steps<ArticleReading<T, E> & { printed: () => Steps<PrintedMeta> }> {
  // One moment for the whole reading, the deferred printed stamp included: "3小时前" is as of now.
  const context = publishedContext(options);
  const { scope, structure, ...detection } = yield* detectArticleSteps(doc, { url: options.url, now: context.now });
  const root = structure?.story ?? null;
  // Only what is analysed is walked: the story on an article, the body on any other page.
  const readStory = () => (root && structure ? snapshotText<T, E>(root, structure.leaveOut) : undefined);
  const snapshot =
    detection.isArticle && root && structure
      ? yield* snapshotSteps<T, E>(root, structure.leaveOut)
      : scope
        ? yield* snapshotSteps<T, E>(scope)
        : EMPTY;
  const reading = {
    ...detection,
    byline: usableByline(detection.byline),
    snapshot,
    storyElement: detection.isArticle && root ? (root as E) : null,
    readStory: detection.isArticle ? () => snapshot : readStory,
  };
  const printed = function* (): Steps<PrintedMeta> {
    if (detection.isArticle && structure?.root && scope && (!reading.published || !reading.byline))
      return yield* printedMeta(structure.root, scope, reading, context);
    return { published: reading.published, byline: reading.byline };
  };
  if (options.printed !== false) Object.assign(reading, yield* printed());
  return { ...reading, printed };
}

/**
 * The publish time and byline an article prints, where its markup declares none: looked for in
 * the story's container, then in each ancestor up to the body (they sit beside the headline, or
 * under the story), nearest first.
 */
function* printedMeta(
  root: DomElement,
  scope: DomElement,
  declared: PrintedMeta,
  context: PublishedContext,
): Steps<PrintedMeta> {
  const levels: DomElement[] = [];
  for (let el: DomElement | null = root; el && levels.length < MAX_LEVELS; el = el === scope ? null : parentOf(el))
    levels.push(el);
  if (levels[levels.length - 1] !== scope) levels.push(scope);
  // Every level is read up front (the date search looks at each level for its first kind anyway).
  const texts: string[] = [];
  for (const level of levels) texts.push(nearHeadlineAndEnd((yield* snapshotSteps(level)).text));
  const textAt = (level: number): string | undefined => texts[level];
  return {
    published: declared.published ?? printedPublished(textAt, context),
    byline: declared.byline ?? bylineElement(levels[Math.max(0, levels.length - 2)]) ?? printedByline(textAt),
  };
}

/** Class and id words of a byline element. */
const BYLINE_LABEL = /(?:^|[\s_-])(?:byline|author|writer)(?:$|[\s_-])|作者/i;

/** The text of the first byline element (`class="author"`, `class="byline"`) in `region`, without its "By" or "作者：". */
function bylineElement(region: DomElement): string | undefined {
  // In document order, by the tree's own links (Node DOMs do not all answer getElementsByTagName('*')).
  let node: DomNode | null = region.firstChild;
  for (let seen = 0; node && node !== region && seen < BYLINE_SEARCH; seen++) {
    if (node.nodeType === 1) {
      const el = node as DomElement;
      if (BYLINE_LABEL.test(labelOf(el))) {
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        const name = usableByline(text.replace(/^(?:By|作者|文)\s*[:：/／]?\s*/i, ''));
        if (name && name.length >= 2) return name;
      }
    }
    node = nextInOrder(node, region);
  }
  return undefined;
}

/** How many nodes the byline search looks at before it gives up. */
const BYLINE_SEARCH = 5000;

/** The node after `node` in document order, within `region`; null past its end. */
function nextInOrder(node: DomNode, region: DomNode): DomNode | null {
  if (node.firstChild) return node.firstChild;
  for (let n: DomNode | null = node; n && n !== region; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

/**
 * The parts of a long text where pages print stamps and bylines: its start (under the headline)
 * and its end (under the story). The middle of a 200 KB page is not searched at every level.
 */
function nearHeadlineAndEnd(text: string): string {
  return text.length <= 30_000 ? text : `${text.slice(0, 20_000)}\n${text.slice(-10_000)}`;
}

/** The story's container and this many ancestors are searched, then the whole body. */
const MAX_LEVELS = 4;

/** A declared byline that names a person: not a URL, a domain, an id or a list of site names. */
function usableByline(byline: string | undefined): string | undefined {
  if (!byline) return undefined;
  const site = /https?:|www\.|\.(?:com|cn|net|org)\b|[,，]|\d|(?:网|网络|网站)$/i;
  return site.test(byline) || byline.length > 40 ? undefined : byline;
}

function parentOf(el: DomElement): DomElement | null {
  const parent = el.parentNode;
  return parent && parent.nodeType === 1 ? (parent as DomElement) : null;
}

const EMPTY = { text: '', segments: [], links: [] };

/**
 * Where to look for the story: the body, unless a Node parser left it empty and put the page
 * elsewhere (linkedom does so for markup wrapped in a stray element before <html>; browsers,
 * following HTML5, always fill the body).
 */
function storyScope(doc: DomDocument): DomElement | null {
  const body = doc.body;
  if (body && hasText(body)) return body;
  const all = doc.documentElement;
  return all && hasText(all) ? all : body;
}

/**
 * Whether any text node under `root` has more than white space: the first such node ends the
 * search, so a page with text costs a few nodes, not a string of all its text.
 */
function hasText(root: DomNode): boolean {
  for (let node: DomNode | null = root.firstChild; node; node = nextInOrder(node, root)) {
    if (node.nodeType === TEXT_NODE && (node as DomText).data.trim() !== '') return true;
  }
  return false;
}
