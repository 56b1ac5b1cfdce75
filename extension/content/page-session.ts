/** FinLens in one page: analyse, highlight on demand, serve the popup, and take it all back. */
import browser from 'webextension-polyfill';
import { findSecurities, locatedMentions, snapshotText } from '../../src/analyze.ts';
import type { Security } from '../../src/types.ts';
import { type ContentCalls, callBackground, type PageState, serve } from '../messages.ts';
import { loadSettings, onSettingsChanged } from '../settings.ts';
import { type Annotation, MARK_TAG, type PageSnapshot, wrapMentions } from './annotator.ts';
import { HoverCard } from './hover-card.tsx';

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
  // Securities only: claims and key points are not shown in the page yet, so they are not computed here.
  let securities: Security[] = [];
  let annotation: Annotation | null = null;
  let card: HoverCard | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let highlightsOff: AbortController | null = null;

  const byId = () => new Map(securities.map((s) => [s.id, s]));

  /** Reads the page afresh (it may have changed since the last time) and analyses it. */
  function analyzePage(body: HTMLElement): PageSnapshot {
    const snapshot = snapshotText<Text, HTMLElement>(body);
    securities = findSecurities(snapshot.text, snapshot.links);
    return snapshot;
  }

  function highlight(): void {
    if (highlightsOff || !doc.body) return;
    const snapshot = analyzePage(doc.body);
    annotation = wrapMentions(snapshot, locatedMentions({ securities }));
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

  const started = loadSettings().then((settings) => {
    if (signal.aborted) return;
    if (settings.highlight) highlight();
    else if (doc.body) analyzePage(doc.body);
  });

  // Registered before the first analysis so an early popup waits for it rather than failing.
  serve<ContentCalls>(
    {
      getPageState: async (): Promise<PageState> => {
        await started;
        return { highlighted: annotation !== null, securities };
      },
      reveal: async ({ securityId }) => {
        await started;
        return reveal(securityId);
      },
    },
    signal,
  );
  onSettingsChanged((settings) => {
    if (!contextAlive()) return stop();
    if (settings.highlight) highlight();
    else unhighlight();
  }, signal);

  await started;
  await callBackground('pageAnalyzed', { count: securities.length });
  return stop;
}
