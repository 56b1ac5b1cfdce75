/**
 * The hover card's behaviour in a page: opened by hover (after a short intent delay, never once the
 * pointer has left) or by keyboard focus on a mark; kept open while the pointer is over the mark or
 * the card; closed by leaving, Escape, scrolling, the focus leaving, or the page being hidden. Tab from a
 * mark moves into the card. A closed card is off screen: its host is `hidden` (display: none).
 */

import type { Published } from '../../src/quotes/history-types.ts';
import type { Security } from '../../src/types.ts';
import { uiLocale } from '../i18n.ts';
import { callBackground } from '../messages.ts';
import type { QuoteAnswer, SinceAnswer } from '../quotes/answers.ts';
import { redUp, type Settings } from '../settings-schema.ts';
import { MARK_TAG } from './annotator.ts';
import { HoverCard, pageIsDark } from './hover-card.tsx';
import { QuoteClient } from './quote-client.ts';

/** How long the pointer rests on a mark before its card opens (a pointer passing over opens nothing). */
const OPEN_DELAY_MS = 120;
/** How long the card stays after the pointer leaves, so it can travel from the mark into the card. */
const HIDE_DELAY_MS = 250;
/** How often an open card asks for a newer quote (when the reader wants it). */
const REFRESH_MS = 15_000;

export interface CardControl {
  /** Removes the card and its listeners. */
  destroy(): void;
}

export interface CardSource {
  /** The security a mark stands for (marks a growing page adds later are found too). */
  lookup(id: string): Security | undefined;
  /** Every security of the page: the first quote call asks for all of them. */
  all(): Security[];
  settings(): Settings | null;
  /** Asked before opening, so an orphaned script cleans up instead. */
  stillAlive(): boolean;
  /** When the page's article was published (read on demand), and whether it is an article at all. */
  published(): Promise<{ isArticle: boolean; published?: Published }>;
}

/** Puts the (hidden) card in the page and listens for marks being hovered or focused. */
export function attachCard(doc: Document, source: CardSource): CardControl {
  const card = new HoverCard(doc);
  const quotes = new QuoteClient(source.all);
  const listening = new AbortController();
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let refreshTimer: ReturnType<typeof setInterval> | undefined;
  const markOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>(`${MARK_TAG}[data-finlens-id], a[data-finlens-id]`) : null;
  const inCard = (e: Event) => card.element !== null && e.composedPath().includes(card.element);

  /** When the page's article was published (its dateline read if need be): asked once per card. */
  let article: Promise<{ isArticle: boolean; published?: Published }> | undefined;
  let knownPublished: Published | undefined;
  const publication = () =>
    (article ??= source.published().then((facts) => {
      knownPublished = facts.published;
      return facts;
    }));

  /** The change since the article appeared: measured on articles only; a page with no date says so. */
  const loadSince = async (security: Security) => {
    const { isArticle, published } = await publication();
    if (card.securityId !== security.id || !isArticle) return;
    const since: SinceAnswer = published ? await quotes.since(security, published) : { kind: 'none', gap: 'no-date' };
    if (card.securityId === security.id) card.update({ since });
  };

  /**
   * While the pointer rests on a mark (the intent delay), the row is made from what the background
   * holds (no provider is asked for a pointer passing by), so a card whose bars are held opens with it.
   */
  const prefetchSince = (mark: HTMLElement) => {
    const security = source.lookup(mark.dataset.finlensId ?? '');
    if (!security || security.delisted) return;
    void publication()
      .then(({ isArticle, published }) =>
        isArticle && published ? quotes.prefetchSince(security, published) : undefined,
      )
      .catch(() => {});
  };

  /** Fetches the quote (and then the sparkline) for the open card, and shows them if it still shows that security. */
  const load = async (security: Security) => {
    // The quote is asked first (one batch for the page); the row does not wait for its answer.
    const quoted = quotes.quote(security);
    if (!security.delisted) void loadSince(security).catch(() => {});
    const answer = await quoted;
    if (card.securityId !== security.id) return;
    card.update({ answer });
    if (answer.kind === 'quote') {
      const minutes = await quotes.minutes(security);
      if (card.securityId === security.id) card.update({ minutes });
    }
  };

  const open = (mark: HTMLElement) => {
    clearTimeout(openTimer);
    if (!source.stillAlive()) return;
    const security = source.lookup(mark.dataset.finlensId ?? '');
    if (!security) return;
    clearTimeout(hideTimer);
    if (card.anchor === mark) return;
    const settings = source.settings();
    const held: QuoteAnswer | undefined = quotes.held(security.id);
    card.show(mark, {
      security,
      answer: held,
      // A warm hover shows the row with the card: the answer is held, nothing is asked.
      since: knownPublished && quotes.heldSince(security, knownPublished),
      dark: pageIsDark(doc),
      redUp: redUp(settings?.colors ?? 'auto', uiLocale()),
      locale: uiLocale(),
      sampleData: settings?.sampleData === true,
      onAllow: () => void callBackground('openOptions', {}),
    });
    void load(security);
    clearInterval(refreshTimer);
    if (settings?.refreshCard !== false) refreshTimer = setInterval(() => void load(security), REFRESH_MS);
  };
  const hide = () => {
    clearTimeout(openTimer);
    clearInterval(refreshTimer);
    card.hide();
  };
  const closeSoon = () => {
    clearTimeout(openTimer);
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, HIDE_DELAY_MS);
  };
  const on = <K extends keyof DocumentEventMap>(type: K, listener: (e: DocumentEventMap[K]) => void) =>
    doc.addEventListener(type, listener, { signal: listening.signal, capture: true });
  on('mouseover', (e) => {
    const mark = markOf(e.target);
    if (mark) {
      clearTimeout(hideTimer);
      clearTimeout(openTimer);
      if (card.anchor !== mark) {
        openTimer = setTimeout(() => open(mark), OPEN_DELAY_MS);
        prefetchSince(mark);
      }
    } else if (inCard(e)) clearTimeout(hideTimer);
  });
  on('mouseout', (e) => {
    if (markOf(e.target) || inCard(e)) closeSoon();
  });
  on('focusin', (e) => {
    const mark = markOf(e.target);
    if (mark) open(mark);
    else if (inCard(e)) clearTimeout(hideTimer);
  });
  on('focusout', (e) => {
    if (markOf(e.target) || inCard(e)) closeSoon();
  });
  on('keydown', (e) => {
    if (e.key === 'Escape' && card.anchor) {
      const anchor = card.anchor;
      const fromCard = inCard(e);
      hide();
      if (fromCard && anchor instanceof HTMLElement) anchor.focus();
    } else if (e.key === 'Tab' && !e.shiftKey && card.anchor && e.target === card.anchor) {
      const first = card.firstControl();
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  });
  on('visibilitychange', () => {
    if (doc.visibilityState === 'hidden') hide();
  });
  const view = doc.defaultView;
  view?.addEventListener('scroll', hide, { signal: listening.signal, capture: true, passive: true });
  // Leaving the page (a new document, the back-forward cache) takes the card with it.
  view?.addEventListener('pagehide', hide, { signal: listening.signal });
  return {
    destroy() {
      clearTimeout(hideTimer);
      clearTimeout(openTimer);
      clearInterval(refreshTimer);
      listening.abort();
      card.destroy();
    },
  };
}
