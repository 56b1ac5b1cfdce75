/**
 * Reading a page on its own thread, in slices: what is an article and where its story is, the text
 * to analyse with its map back to the DOM, and what the page added since. The analysis itself runs
 * in the background: only the text read here is sent there.
 */
import { pageFactsOf } from '../../src/article/page-facts.ts';
import { readArticleSteps } from '../../src/article/read-article.ts';
import { skipped, snapshotRootsSteps } from '../../src/article/snapshot.ts';
import { callBackground, type RemoteAnalysis } from '../messages.ts';
import { MARK_TAG, type PageSnapshot } from './annotator.ts';
import type { Reading } from './reading.ts';
import { runSliced } from './schedule.ts';

/**
 * Claims and key points read at most this much of a story (characters): they run in the
 * background, at about 1 s a MB there, and their answer crosses back to the page and is painted
 * here, in slices. Securities are found in all of it.
 */
export const STORY_LIMIT = 1_000_000;

/**
 * Reads the page: is it an article, its metadata, and the text to analyse (its story, or the
 * body). The byline and date an article only prints are left for `printed()`: the popup alone shows them.
 */
export function readPage(doc: Document, signal: AbortSignal) {
  // The page's address gives its site's zone, and the moment of reading dates "3小时前", for the publish time.
  return runSliced(readArticleSteps<Text, HTMLElement>(doc, { printed: false, url: doc.URL, now: Date.now() }), {
    signal,
  });
}

export type PageReading = Awaited<ReturnType<typeof readPage>>;

/** FinLens's own elements: a mark, a decorated link, the card, the verdicts. Their text has been read already. */
export function isOurs(el: { localName: string; hasAttribute(name: string): boolean }): boolean {
  const name = el.localName;
  return (
    name === MARK_TAG || name === 'finlens-card' || name === 'finlens-verdicts' || el.hasAttribute('data-finlens-id')
  );
}

/**
 * The subtrees worth reading among those a page added: still in the page, not inside another of
 * them, not inside FinLens's own elements or a subtree a snapshot skips; in the order they were added.
 */
export function addedRoots(nodes: Iterable<Node>): Node[] {
  const set = new Set<Node>();
  for (const node of nodes) if (node.isConnected) set.add(node);
  const kept: Node[] = [];
  for (const node of set) {
    let keep = true;
    for (let up = node.parentNode; up && keep; up = up.parentNode) {
      if (set.has(up)) keep = false;
      else if (up.nodeType === Node.ELEMENT_NODE) {
        const el = up as Element;
        // Inside a subtree a snapshot never reads (code, a field, an editor, hidden), or inside ours.
        if (isOurs(el) || skipped(el)) keep = false;
      }
    }
    if (keep) kept.push(node);
  }
  // In the order the page added them (a feed appends in document order). Sorting by
  // compareDocumentPosition would scan a long list's earlier siblings at every comparison.
  return kept;
}

/** Snapshots what the page added, leaving out text FinLens has already marked. */
export function readAdded(roots: readonly Node[], signal: AbortSignal): Promise<PageSnapshot> {
  return runSliced(snapshotRootsSteps<Text, HTMLElement>(roots, isOurs), { signal });
}

/** Has the background analyse a snapshot's text (and nothing else of the page). */
export async function analyzeRemote(
  snapshot: Pick<PageSnapshot, 'text' | 'links'>,
  options: { title?: string; article: boolean; limit?: number },
): Promise<RemoteAnalysis> {
  const result = await callBackground('analyze', {
    text: snapshot.text,
    links: snapshot.links.map(({ start, end, href }) => ({ start, end, href })),
    ...options,
  });
  if (!result.ok) throw new Error(`FinLens could not analyse this page: ${result.error}`);
  return result.value;
}

/**
 * Reads the whole page (its story on an article) and has it analysed; `costMs` is the time the
 * reading took on the page's thread.
 */
export async function readAndAnalyze(doc: Document, signal: AbortSignal) {
  const started = performance.now();
  const read = await readPage(doc, signal);
  const costMs = performance.now() - started;
  const analysis = await analyzeRemote(read.snapshot, {
    title: read.isArticle ? read.title : undefined,
    article: read.isArticle,
    limit: STORY_LIMIT,
  });
  return { read, analysis, costMs };
}

/** A fresh reading of the page, its text mapped to the page's own nodes (`own`), nothing marked yet. */
export function readingOf(read: PageReading, analysis: RemoteAnalysis, own: PageSnapshot['segments']): Reading {
  return {
    page: pageFactsOf(read, analysis.article.finance.isFinance),
    snapshot: { ...read.snapshot, segments: own },
    analysis,
    story: read.storyElement,
    finishedAt: 0,
    costMs: 0,
    marked: null,
    printed: read.printed,
    grown: 0,
    storyGrown: 0,
  };
}

/** Reads what the page prints about itself (its dateline, its byline) into `reading`, once. */
export async function readPrinted(reading: Reading | null, signal: AbortSignal): Promise<void> {
  const pending = reading?.printed;
  if (!reading || !pending) return;
  reading.printed = null;
  const { published, byline } = await runSliced(pending(), { signal });
  if (published) reading.page.published = published;
  if (byline) reading.page.byline = byline;
}
