/**
 * FinLens in one page. The page is read on its own thread in slices (`reader.ts`), the text goes to
 * the background to be analysed, and the answer is marked in slices (`annotator.ts`,
 * `claim-marks.ts`); what the page adds later is read by itself (`page-growth.ts`). All of it runs
 * one job at a time, so two readings never interleave. `stop()` takes everything back out.
 */

import { type PageFacts, pageFactsOf } from '../../src/article/page-facts.ts';
import { locatedMentions } from '../../src/securities/located.ts';
import type { Steps } from '../../src/steps.ts';
import type { Security } from '../../src/types.ts';
import { callBackground, type PageState, type RemoteAnalysis } from '../messages.ts';
import { api as browser } from '../platform.ts';
import { loadSettings, onSettingsChanged, type Settings } from '../settings.ts';
import { type PageSnapshot, wrapSteps } from './annotator.ts';
import { attachCard, type CardControl } from './card-control.ts';
import { flashRange, paintSteps } from './claim-marks.ts';
import { Marks } from './marks.ts';
import { type Growth, watchPageGrowth } from './page-growth.ts';
import { servePopup } from './popup-service.ts';
import { addedRoots, analyzeRemote, glance, readAdded, readPage, STORY_LIMIT } from './reader.ts';
import { isAbandoned, runSliced, whenIdle } from './schedule.ts';
import { rangeOf } from './text-range.ts';

/** The first reading starts when the page is idle, or after this long at the latest (ms). */
const IDLE_TIMEOUT_MS = 2000;
/** A page (not an article) this long or longer is not read whole again when it grows: a feed, not a story to come. */
const REREAD_UP_TO = 100_000;
/** Two whole readings are at least this far apart (ms), and at least `REREAD_COST_FACTOR` times the last one's cost. */
const REREAD_MIN_MS = 500;
const REREAD_COST_FACTOR = 10;
/** A security keeps at most this many mentions from what a page added (the popup counts them). */
const MENTIONS_KEPT = 1000;
/**
 * A page whose glance names no security and scores below this on the finance check (signals per
 * 1,000 weighted characters; a finance story scores 8) is not read further until the popup asks:
 * on the corpus's 594 pages no page below it had anything to mark or paint (`npm run eval`).
 */
const GLANCE_SCORE = 3;

/** The page's reading: what it is, the text analysed (mapped to the page's own text nodes), the analysis. */
interface Reading {
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
  /** A glance only: nothing on the page for FinLens to show; the popup has it read properly. */
  light: boolean;
  /** The byline and date the article prints, still to be read (for the popup). */
  printed: (() => Steps<Pick<PageFacts, 'published' | 'byline'>>) | null;
}

/** Whether this script's extension is still installed and enabled (not orphaned by an update). */
function contextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** Starts FinLens in `doc`; returns the function that stops it and restores the page. */
export function startPageSession(doc: Document): () => void {
  const lifetime = new AbortController();
  const { signal } = lifetime;
  let settings: Settings | null = null;
  let reading: Reading | null = null;
  const securities = new Map<string, Security>();
  const marks = new Marks();
  let card: CardControl | null = null;
  let unpaintClaims: (() => void) | null = null;
  /** Aborted when the page is read afresh: a pending focus mark belongs to the old reading. */
  let focus = new AbortController();
  let rereadTimer: ReturnType<typeof setTimeout> | undefined;
  let jobs: Promise<void> = Promise.resolve();

  /** Runs `job` after every job before it; a failure is reported, never thrown at the page. */
  const enqueue = (job: () => Promise<void>) => {
    jobs = jobs.then(() => (signal.aborted ? undefined : job())).catch(report);
    return jobs;
  };
  function report(error: unknown): void {
    if (isAbandoned(error) || signal.aborted) return;
    if (!contextAlive() || String(error).includes('Extension context invalidated')) {
      stop();
      return;
    }
    console.warn('FinLens:', error instanceof Error ? error.message : error);
  }

  /** Where the analysed text lives now: in the marks' pieces while they are in, else the page's own nodes. */
  const segments = () => (reading ? (reading.marked ?? reading.snapshot.segments) : []);
  const badge = () => callBackground('pageAnalyzed', { count: securities.size }).then(() => undefined);

  function unpaint(): void {
    unpaintClaims?.();
    unpaintClaims = null;
  }

  function unmarkAll(): void {
    card?.destroy();
    card = null;
    marks.removeAll();
    if (reading) reading.marked = null;
  }

  /** Claims are painted in finance articles only; any article's claims are listed in the popup. */
  async function paint(): Promise<void> {
    unpaint();
    const claims = reading?.analysis.claims ?? [];
    if (!settings?.claims || !reading?.page.isFinance || claims.length === 0) return;
    unpaintClaims = await runSliced(paintSteps(doc, segments(), claims), { signal });
  }

  /** Marks the securities of an analysed snapshot; returns where its text lives now. */
  async function mark(snapshot: PageSnapshot, analysis: RemoteAnalysis): Promise<PageSnapshot['segments']> {
    const annotation = await runSliced(wrapSteps(snapshot, locatedMentions(analysis)), { signal });
    marks.add(annotation);
    card ??= attachCard(doc, (id) => securities.get(id), contextAlive);
    return annotation.segments as PageSnapshot['segments'];
  }

  /**
   * Reads the whole page afresh (its story on an article) and has it analysed, then swaps the old
   * highlights for the new. The page is read with any marks still in (their text is the page's),
   * and the reading is mapped back to the page's own text nodes once the marks are out.
   */
  async function readWhole(options: { force?: boolean } = {}): Promise<void> {
    clearTimeout(rereadTimer);
    let cost = performance.now();
    if (!options.force && (await glanceOnly())) return;
    const read = await readPage(doc, signal);
    cost = performance.now() - cost;
    const analysis = await analyzeRemote(read.snapshot, {
      title: read.isArticle ? read.title : undefined,
      article: read.isArticle,
      limit: STORY_LIMIT,
    });
    const swapStarted = performance.now();
    focus.abort();
    focus = new AbortController();
    unpaint();
    const own = marks.unmarked(read.snapshot.segments);
    unmarkAll();
    const next: Reading = {
      page: pageFactsOf(read, analysis.article.finance.isFinance),
      snapshot: { ...read.snapshot, segments: own },
      analysis,
      story: read.storyElement,
      finishedAt: 0,
      costMs: 0,
      marked: null,
      light: false,
      printed: read.printed,
    };
    reading = next;
    securities.clear();
    for (const s of analysis.securities) securities.set(s.id, s);
    if (settings?.highlight) next.marked = await mark(next.snapshot, analysis);
    await paint();
    next.finishedAt = Date.now();
    next.costMs = cost + performance.now() - swapStarted;
    await badge();
  }

  /**
   * Glances at the page (one native pass over its text, analysed in the background): when it names
   * no security and does not talk money, that is the reading, and nothing more is done on the page.
   */
  async function glanceOnly(): Promise<boolean> {
    const started = performance.now();
    const text = await glance(doc, signal);
    const cost = performance.now() - started;
    const first = await analyzeRemote({ text, links: [] }, { article: false });
    if (first.securities.length > 0 || first.article.finance.score >= GLANCE_SCORE) return false;
    focus.abort();
    unpaint();
    unmarkAll();
    securities.clear();
    reading = {
      page: { isArticle: false, isFinance: false },
      snapshot: { text, segments: [], links: [] },
      analysis: first,
      story: null,
      finishedAt: Date.now(),
      costMs: cost,
      marked: null,
      light: true,
      printed: null,
    };
    await badge();
    return true;
  }

  /** What the popup shows needs the page read properly: a glance is not enough, nor an unread byline. */
  async function readForPopup(): Promise<void> {
    if (reading?.light) await readWhole({ force: true });
    const pending = reading?.printed;
    if (!reading || !pending) return;
    reading.printed = null;
    const { published, byline } = await runSliced(pending(), { signal });
    if (published) reading.page.published = published;
    if (byline) reading.page.byline = byline;
  }

  /** Reads only what the page added: its securities are marked and join the page's list. */
  async function readGrowth(nodes: readonly Node[]): Promise<void> {
    const roots = addedRoots(nodes);
    if (roots.length === 0) return;
    const snapshot = await readAdded(roots, signal);
    if (!/\S/.test(snapshot.text)) return;
    const analysis = await analyzeRemote(snapshot, { article: false });
    if (analysis.securities.length === 0) return;
    for (const s of analysis.securities) {
      const known = securities.get(s.id);
      if (!known) securities.set(s.id, s);
      else known.mentions.push(...s.mentions.slice(0, Math.max(0, MENTIONS_KEPT - known.mentions.length)));
    }
    if (settings?.highlight) await mark(snapshot, analysis);
    await badge();
  }

  /**
   * What the page added is read by itself at once. The whole page is read again as well (throttled
   * by what the last reading cost) when the story grew, or when a page that was no article has
   * grown by half (a single-page app rendering its story); then the whole reading covers it.
   */
  function grown(growth: Growth): void {
    if (!contextAlive()) {
      stop();
      return;
    }
    const last = reading;
    if (!settings) return;
    if (!last) {
      // The first reading failed (the background could not be reached): the page growing is a new chance.
      enqueue(readWhole);
      return;
    }
    const storyGrew = last.story !== null && growth.nodes.some((n) => last.story?.contains(n));
    const length = last.snapshot.text.length;
    const becameStory = !last.page.isArticle && length < REREAD_UP_TO && growth.chars >= Math.max(80, length / 2);
    if (storyGrew || becameStory) {
      const wait = last.finishedAt + Math.max(REREAD_MIN_MS, REREAD_COST_FACTOR * last.costMs) - Date.now();
      if (wait <= 0) {
        enqueue(readWhole);
        return;
      }
      clearTimeout(rereadTimer);
      rereadTimer = setTimeout(() => enqueue(readWhole), wait);
    }
    enqueue(() => readGrowth(growth.nodes));
  }

  async function apply(next: Settings): Promise<void> {
    const before = settings;
    settings = next;
    if (next.highlight && !before?.highlight) return readWhole();
    if (reading?.light) return;
    if (!next.highlight && before?.highlight) {
      unpaint();
      unmarkAll();
    }
    await paint();
  }

  function stop(): void {
    if (signal.aborted) return;
    lifetime.abort();
    clearTimeout(rereadTimer);
    focus.abort();
    unpaint();
    unmarkAll();
  }

  const state = (): PageState => ({
    highlighted: !marks.empty,
    claimsHighlighted: unpaintClaims !== null,
    page: reading?.page ?? { isArticle: false, isFinance: false },
    securities: [...securities.values()],
    claims: reading?.analysis.claims ?? [],
    keyPoints: reading?.analysis.keyPoints ?? { headline: '', gist: '', points: [] },
    readUpTo: reading?.analysis.article.readUpTo,
  });

  servePopup(
    {
      settled: () => enqueue(readForPopup),
      state,
      reveal(securityId) {
        const mark = marks.firstMark(securityId);
        if (!mark) return false;
        mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
        mark.focus({ preventScroll: true });
        return true;
      },
      revealText(start, end) {
        const range = rangeOf(segments(), start, end);
        if (!range) return false;
        flashRange(doc, range, focus.signal);
        return true;
      },
    },
    signal,
  );
  onSettingsChanged((next) => {
    if (!contextAlive()) return stop();
    enqueue(() => apply(next));
  }, signal);
  // The first reading waits for the page to be idle; the popup's calls wait for it.
  enqueue(async () => {
    await whenIdle(IDLE_TIMEOUT_MS);
    const loaded = await loadSettings();
    settings ??= loaded;
    try {
      await readWhole();
    } finally {
      if (!signal.aborted) watchPageGrowth(doc.body ?? doc.documentElement, grown, signal);
    }
  });
  return stop;
}
