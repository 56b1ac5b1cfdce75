/**
 * The publish time of a page as its markup gives it: `article:published_time`, JSON-LD
 * `datePublished`, the other publish-date meta tags, then the `<time>` of its story
 * (`published.ts` reads each value; the stamp a page prints is read later, by `readArticle`).
 */
import type { Published } from '../quotes/history-types.ts';
import type { DomElement } from './dom.ts';
import { BOILERPLATE, labelOf } from './main-content.ts';
import type { DeclaredDates } from './page-meta.ts';
import { firstPublished, type PublishedContext } from './published.ts';
import { siteZone } from './site-zone.ts';

/** Where a page came from and when it was read: what its publish time is read against. */
export interface ReadOptions {
  /** The page's address (`location.href`, the CLI's URL or file name): its site's home zone dates printed times. */
  url?: string;
  /** The moment the page was read (epoch ms; default: now): `3小时前` and `昨天` count from it. */
  now?: number;
}

/** What publish times are read against: the moment of reading (default: now) and the site's home zone. */
export function publishedContext(options: ReadOptions): PublishedContext {
  return { now: options.now ?? Date.now(), homeZone: siteZone(options.url) };
}

/** The publish time the markup gives, in that order; `root` is the story's container, `scope` the body. */
export function markupPublished(
  dates: DeclaredDates,
  root: DomElement | null | undefined,
  scope: DomElement | null,
  context: PublishedContext,
): Published | undefined {
  return firstPublished(
    [
      { source: 'meta', value: dates.meta },
      { source: 'json-ld', value: dates.jsonLd },
      { source: 'meta', value: dates.otherMeta },
      { source: 'time', value: root ? storyTime(root, scope) : undefined },
    ],
    context,
  );
}

/** The story's container and this many of its ancestors are searched for its `<time>`: the dateline sits beside the headline. */
const LEVELS = 2;

/** A `<time>` that dates an update or a comment, not the publication. */
const NOT_PUBLICATION = /(?:^|[\s_-])(?:updated?|modified|edited|comment\w*|reply)(?:$|[\s_-])|更新|修改|评论/i;

/** Elements beside a story, never its own (a story's `<header>` is its own: the dateline sits there). */
const ASIDE = new Set(['nav', 'aside', 'footer']);

/**
 * The `datetime` of the story's own `<time>`: the first in its container, else in the nearest of
 * its two ancestors that has one (below `scope`, the body: a time elsewhere on the page dates
 * another story, a comment or the page itself). A time inside boilerplate (comments, related
 * lists) or marked as an update (`itemprop="dateModified"`, `class="updated"`) is passed over.
 */
export function storyTime(root: DomElement, scope: DomElement | null): string | undefined {
  let region: DomElement | null = root;
  for (let level = 0; region && region !== scope && level <= LEVELS; level++) {
    const times = region.getElementsByTagName('time');
    for (let i = 0; i < times.length; i++) {
      const value = times[i].getAttribute('datetime')?.trim();
      if (value && datesPublication(times[i], region)) return value;
    }
    region = region.parentNode?.nodeType === 1 ? (region.parentNode as DomElement) : null;
  }
  return undefined;
}

/** Whether a `<time>` in `region` dates the story: neither it nor any ancestor up to `region` is boilerplate or an update. */
function datesPublication(time: DomElement, region: DomElement): boolean {
  const prop = (time.getAttribute('itemprop') ?? '').toLowerCase();
  if (prop === 'datemodified' || NOT_PUBLICATION.test(labelOf(time))) return false;
  for (let el = time.parentNode; el && el !== region; el = el.parentNode) {
    if (el.nodeType !== 1) continue;
    const element = el as DomElement;
    const label = labelOf(element);
    if (ASIDE.has(element.localName) || BOILERPLATE.test(label) || NOT_PUBLICATION.test(label)) return false;
  }
  return true;
}
