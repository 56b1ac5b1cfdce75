import type { DomDocument, DomElement } from './dom.ts';

/**
 * The publish times a page's markup declares, raw and by where: the reader settles them, with a
 * `<time>` in the story and the stamp the page prints, into one `Published` (`published.ts`).
 */
export interface DeclaredDates {
  /** `<meta property="article:published_time">`. */
  meta?: string;
  /** `datePublished` of the page's JSON-LD Article. */
  jsonLd?: string;
  /** `<meta name="pubdate">` or `publishdate`, as Chinese news sites declare it. */
  otherMeta?: string;
  /** Whether the page has a `<time datetime>` anywhere: a sign of an article (its date is looked for in the story). */
  timeElement: boolean;
}

/** What a page says about itself in its markup. */
export interface PageMeta {
  title?: string;
  byline?: string;
  dates: DeclaredDates;
  lang?: string;
  /** `og:type` is article, or JSON-LD declares an Article/NewsArticle/BlogPosting/…. */
  declaresArticle: boolean;
}

const ARTICLE_TYPES =
  /^(?:News|Reportage|Analysis|Opinion|Review|Background|Scholarly|Tech|Satirical)?Article$|^BlogPosting$|^LiveBlogPosting$/;

function each(list: ArrayLike<DomElement>, fn: (el: DomElement) => void): void {
  for (let i = 0; i < list.length; i++) fn(list[i]);
}

/** Reads the title, byline, declared publish times, language and declared type from meta tags and JSON-LD. */
export function readPageMeta(doc: DomDocument): PageMeta {
  const meta = new Map<string, string>();
  each(doc.getElementsByTagName('meta'), (m) => {
    const key = (
      m.getAttribute('property') ??
      m.getAttribute('name') ??
      m.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    const content = m.getAttribute('content');
    if (key && content && !meta.has(key)) meta.set(key, content.trim());
  });
  const ld: { type: string[]; headline?: string; author?: string; published?: string } = { type: [] };
  each(doc.getElementsByTagName('script'), (s) => {
    if ((s.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') return;
    try {
      collectLd(JSON.parse(s.textContent ?? ''), ld, 0);
    } catch {
      // Broken JSON-LD is common; the page's other signals still count.
    }
  });
  let timeElement = false;
  each(doc.getElementsByTagName('time'), (t) => {
    timeElement ||= t.getAttribute('datetime') !== null;
  });
  const h1 = doc.getElementsByTagName('h1')[0]?.textContent?.trim();
  const title = meta.get('og:title') ?? ld.headline ?? h1 ?? (doc.title.trim() || undefined);
  return {
    title: title?.replace(/\s+/g, ' '),
    byline: meta.get('author') ?? meta.get('article:author') ?? ld.author,
    dates: {
      meta: meta.get('article:published_time'),
      jsonLd: ld.published,
      otherMeta: meta.get('pubdate') ?? meta.get('publishdate'),
      timeElement,
    },
    lang: doc.documentElement?.getAttribute('lang') ?? meta.get('og:locale') ?? undefined,
    declaresArticle:
      (meta.get('og:type') ?? '').toLowerCase() === 'article' || ld.type.some((t) => ARTICLE_TYPES.test(t)),
  };
}

/** Walks JSON-LD (objects, arrays, @graph) for the article's type, headline, author and date. */
function collectLd(
  node: unknown,
  out: { type: string[]; headline?: string; author?: string; published?: string },
  depth: number,
): void {
  if (depth > 6 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) collectLd(n, out, depth + 1);
    return;
  }
  const o = node as Record<string, unknown>;
  const types = Array.isArray(o['@type']) ? o['@type'] : [o['@type']];
  for (const t of types) if (typeof t === 'string') out.type.push(t);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) {
    if (typeof o.headline === 'string') out.headline ??= o.headline;
    if (typeof o.datePublished === 'string') out.published ??= o.datePublished;
    const author = Array.isArray(o.author) ? o.author[0] : o.author;
    if (typeof author === 'string') out.author ??= author;
    else if (author && typeof (author as { name?: unknown }).name === 'string')
      out.author ??= (author as { name: string }).name;
  }
  if (o['@graph']) collectLd(o['@graph'], out, depth + 1);
}
