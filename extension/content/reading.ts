/**
 * The content script's model of its page: the reading it holds, the page's securities as
 * readings and growth add to them, and the policy for reading a growing page again. Pure: no DOM,
 * no messaging, so the policy is tested on plain values.
 */
import type { PageFacts } from '../../src/article/page-facts.ts';
import type { Steps } from '../../src/steps.ts';
import type { Security } from '../../src/types.ts';
import type { RemoteAnalysis } from '../messages.ts';
import type { PageSnapshot } from './annotator.ts';

/** A page (not an article) this long or longer is not read whole again when it grows: a feed, not a story to come. */
export const REREAD_UP_TO = 100_000;
/**
 * A story is read whole again once text this much of its length (or more) has been added inside
 * it: each whole reading then covers a tenth more than the last, so their cost adds up to a
 * bounded multiple of the story's length, however it grows (a live blog, a feed that looks like one).
 */
export const STORY_GROWTH = 0.1;
/** Two whole readings are at least this far apart (ms), and at least `REREAD_COST_FACTOR` times the last one's cost. */
export const REREAD_MIN_MS = 500;
export const REREAD_COST_FACTOR = 10;
/** A security keeps at most this many mentions from what a page added (the popup counts them). */
export const MENTIONS_KEPT = 1000;
/** The page's reading: what it is, the text analysed (mapped to the page's own text nodes), the analysis. */
export interface Reading {
  page: PageFacts;
  snapshot: PageSnapshot;
  analysis: RemoteAnalysis;
  /** The story's element on an article: text added inside it makes claims worth reading again. */
  story: HTMLElement | null;
  finishedAt: number;
  /** Time the reading took on the page's thread, in slices (ms). */
  costMs: number;
  /** Where the analysed text lives while the reading's marks are in (their pieces); null while they are out. */
  marked: PageSnapshot['segments'] | null;
  /** The byline and date the article prints, still to be read (for the popup). */
  printed: (() => Steps<Pick<PageFacts, 'published' | 'byline'>>) | null;
  /** Characters the page has added since this reading, and how many of them inside its story. */
  grown: number;
  storyGrown: number;
}

/** Adds what the page added to its securities: new ones join, known ones gain mentions (up to a bound). */
export function mergeSecurities(into: Map<string, Security>, found: readonly Security[]): void {
  for (const s of found) {
    const known = into.get(s.id);
    if (!known) into.set(s.id, { ...s, mentions: s.mentions.slice(0, MENTIONS_KEPT) });
    else known.mentions.push(...s.mentions.slice(0, Math.max(0, MENTIONS_KEPT - known.mentions.length)));
  }
}

/**
 * Whether a page of `length` characters that has since added `grown` is now another page: one
 * short of `REREAD_UP_TO` that has grown by half (at least 80 characters), as a single-page app
 * renders its story. Such a page is read (or, at the first stage, glanced at) whole again.
 */
export function grewIntoStory(length: number, grown: number): boolean {
  return length < REREAD_UP_TO && grown >= Math.max(80, length / 2);
}

/**
 * What to do now that the page has grown (`last.grown`, `last.storyGrown`: what it added since
 * `last` was read): read the whole page again now, later (in `wait` ms), or not. The added text
 * itself is always read at once. A whole reading follows when the story has grown by a tenth
 * (its claims and key points change), or when a page that was no article has grown by half (a
 * single-page app rendering its story); at most every `REREAD_MIN_MS`, or ten times the last
 * reading's cost.
 */
export function growthPlan(
  last: Pick<Reading, 'page' | 'snapshot' | 'finishedAt' | 'costMs' | 'grown' | 'storyGrown'>,
  now: number,
): { reread: 'no' } | { reread: 'now' } | { reread: 'later'; wait: number } {
  const length = last.snapshot.text.length;
  const becameStory = !last.page.isArticle && grewIntoStory(length, last.grown);
  const storyGrew = last.page.isArticle && last.storyGrown > 0 && last.storyGrown >= STORY_GROWTH * length;
  if (!storyGrew && !becameStory) return { reread: 'no' };
  const wait = last.finishedAt + Math.max(REREAD_MIN_MS, REREAD_COST_FACTOR * last.costMs) - now;
  return wait <= 0 ? { reread: 'now' } : { reread: 'later', wait };
}

/** Counts what the page added against `last` (inside its story too), and says what to do now (`growthPlan`). */
export function noteGrowth(
  last: Reading,
  growth: { nodes: readonly Node[]; chars: number },
  now: number,
): ReturnType<typeof growthPlan> {
  last.grown += growth.chars;
  if (last.story !== null && growth.nodes.some((n) => last.story?.contains(n))) last.storyGrown += growth.chars;
  return growthPlan(last, now);
}
