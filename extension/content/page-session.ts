/** FinLens in one page: analyse, highlight on demand, serve the popup, and take it all back. */
import browser from 'webextension-polyfill';
import { type Analysis, analyzeDocument, locatedMentions, type PageFacts } from '../../src/analyze.ts';
import type { Security } from '../../src/types.ts';
import { type ContentCalls, callBackground, type PageState, serve } from '../messages.ts';
import { loadSettings, onSettingsChanged, type Settings } from '../settings.ts';
import { type Annotation, MARK_TAG, type PageSnapshot, wrapMentions } from './annotator.ts';
import { flashRange, paintClaims } from './claim-marks.ts';
import { HoverCard } from './hover-card.tsx';
import { type PageGrowth, watchPageGrowth } from './page-growth.ts';
import { rangeOf } from './text-range.ts';

/**
 * Claims and key points read at most this much of a story (characters): about 0.2 s of the page's
 * main thread on this machine's bench (`analyze()` runs at ~1 s per MB). Securities are found in all of it.
 */
const STORY_LIMIT = 200_000;

/** How long the card stays after the pointer leaves, so it can travel from the mark into the card. */
const HIDE_DELAY_MS = 250;

/** Whether this script's extension is still installed and enabled (not orphaned by an update). */
function contextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** Starts FinLens in `doc`; returns the function that stops it and restores the page. */
export async function startPageSession(doc: Document): Promise<() => void> {
  const lifetime = new AbortController();
  const { signal } = lifetime;
  let page: PageFacts = { isArticle: false, isFinance: false };
  let analysis: Analysis | null = null;
  let snapshot: PageSnapshot | null = null;
  let annotation: Annotation | null = null;
  let unpaintClaims: (() => void) | null = null;
  /** Aborted when the page is read afresh: a pending focus mark belongs to the old reading. */
  let reading = new AbortController();
  let card: HoverCard | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let highlightsOff: AbortController | null = null;
  let current: Settings | null = null;
  let growth: PageGrowth | null = null;

  const securities = () => analysis?.securities ?? [];
  const byId = () => new Map(securities().map((s) => [s.id, s]));
  /** Where the analysed text lives now: in the marks' pieces while they are in, else the page's own nodes. */
  const segments = () => annotation?.segments ?? snapshot?.segments ?? [];

  /**
   * Reads the page afresh (it may have changed since the last time) and analyses it: an article's
   * story with its claims and key points, any other page's whole body for securities only.
   */
  function analyzePage(): PageSnapshot {
    reading.abort();
    reading = new AbortController();
    const result = analyzeDocument<Text, HTMLElement>(doc, { limit: STORY_LIMIT });
    page = result.page;
    analysis = result.analysis;
    snapshot = result.snapshot;
    return snapshot;
  }

  /**
   * Brings the page in line with the settings; `reread` reads it afresh first (it has grown).
   * Claims are painted over whatever nodes hold the text, so last.
   */
  function apply(settings: Settings, reread = false): void {
    current = settings;
    unpaintClaims?.();
    unpaintClaims = null;
    if (reread) {
      unhighlight();
      analysis = null;
    }
    if (settings.highlight) highlight();
    else unhighlight();
    if (!analysis) analyzePage();
    // Claims are painted in finance articles only; any article's claims are listed in the popup.
    if (settings.claims && page.isFinance && analysis && analysis.claims.length > 0)
      unpaintClaims = paintClaims(doc, segments(), analysis.claims);
    // The marks just added and removed are ours, not the page growing.
    growth?.forget();
  }

  /** The page has grown (a single-page app rendered its story, a feed appended): read it again. */
  function reread(): void {
    if (!contextAlive()) {
      stop();
      return;
    }
    if (!current || signal.aborted) return;
    apply(current, true);
    callBackground('pageAnalyzed', { count: securities().length });
  }

  function highlight(): void {
    if (highlightsOff || !doc.body) return;
    const fresh = analyzePage();
    annotation = wrapMentions(fresh, locatedMentions({ securities: securities() }));
    card = new HoverCard(doc);
    highlightsOff = new AbortController();
    listenForCard(highlightsOff.signal, byId());
  }

  function unhighlight(): void {
    clearTimeout(hideTimer);
    highlightsOff?.abort();
    highlightsOff = null;
    card?.destroy();
    card = null;
    annotation?.remove();
    annotation = null;
  }

  function stop(): void {
    unpaintClaims?.();
    unpaintClaims = null;
    reading.abort();
    unhighlight();
    lifetime.abort();
  }

  function listenForCard(until: AbortSignal, securities: Map<string, Security>): void {
    const markOf = (target: EventTarget | null) =>
      target instanceof Element
        ? target.closest<HTMLElement>(`${MARK_TAG}[data-finlens-id], a[data-finlens-id]`)
        : null;
    const open = (mark: HTMLElement) => {
      if (!contextAlive()) return stop();
      const security = securities.get(mark.dataset.finlensId ?? '');
      if (!card || !security) return;
      clearTimeout(hideTimer);
      if (card.anchor !== mark) card.show(mark, security);
    };
    const closeSoon = () => {
      clearTimeout(hideTimer);
      hideTimer = setTimeout(() => card?.hide(), HIDE_DELAY_MS);
    };
    const opts = { signal: until, capture: true };
    doc.addEventListener(
      'mouseover',
      (e) => {
        const mark = markOf(e.target);
        if (mark) open(mark);
        else if (card && e.composedPath().includes(card.element)) clearTimeout(hideTimer);
      },
      opts,
    );
    doc.addEventListener(
      'mouseout',
      (e) => {
        if (markOf(e.target) || (card && e.composedPath().includes(card.element))) closeSoon();
      },
      opts,
    );
    doc.addEventListener(
      'focusin',
      (e) => {
        const mark = markOf(e.target);
        if (mark) open(mark);
      },
      opts,
    );
    doc.addEventListener(
      'focusout',
      (e) => {
        if (markOf(e.target)) closeSoon();
      },
      opts,
    );
    doc.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape') card?.hide();
      },
      opts,
    );
    doc.defaultView?.addEventListener('scroll', () => card?.hide(), { signal: until, capture: true, passive: true });
  }

  function reveal(securityId: string): boolean {
    const mark = annotation?.firstMark(securityId);
    if (!mark) return false;
    mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
    mark.focus({ preventScroll: true });
    return true;
  }

  function revealText(start: number, end: number): boolean {
    const range = rangeOf(segments(), start, end);
    if (!range) return false;
    flashRange(doc, range, reading.signal);
    return true;
  }

  const started = loadSettings().then((settings) => {
    if (!signal.aborted) apply(settings);
  });

  // Registered before the first analysis so an early popup waits for it rather than failing.
  serve<ContentCalls>(
    {
      getPageState: async (): Promise<PageState> => {
        await started;
        return {
          highlighted: annotation !== null,
          claimsHighlighted: unpaintClaims !== null,
          page,
          securities: securities(),
          claims: analysis?.claims ?? [],
          keyPoints: analysis?.keyPoints ?? { headline: '', gist: '', points: [] },
          readUpTo: analysis?.article.readUpTo,
        };
      },
      reveal: async ({ securityId }) => {
        await started;
        return reveal(securityId);
      },
      revealText: async ({ start, end }) => {
        await started;
        return Number.isInteger(start) && Number.isInteger(end) && revealText(start, end);
      },
    },
    signal,
  );
  onSettingsChanged((settings) => {
    if (!contextAlive()) return stop();
    apply(settings);
  }, signal);

  await started;
  if (!signal.aborted) growth = watchPageGrowth(doc.body ?? doc.documentElement, reread, signal);
  await callBackground('pageAnalyzed', { count: securities().length });
  return stop;
}
