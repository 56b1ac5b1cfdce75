/** The hover card's behaviour in a page: opened by hover or keyboard focus on a mark, closed by leaving, Escape or scrolling. */
import type { Security } from '../../src/types.ts';
import { MARK_TAG } from './annotator.ts';
import { HoverCard } from './hover-card.tsx';

/** How long the card stays after the pointer leaves, so it can travel from the mark into the card. */
const HIDE_DELAY_MS = 250;

export interface CardControl {
  /** Removes the card and its listeners. */
  destroy(): void;
}

/**
 * Puts the (hidden) card in the page and listens for marks being hovered or focused. `lookup` gives
 * the security a mark stands for (marks added later by a growing page are found too); `stillAlive`
 * is asked before opening, so an orphaned script cleans up instead.
 */
export function attachCard(
  doc: Document,
  lookup: (id: string) => Security | undefined,
  stillAlive: () => boolean,
): CardControl {
  const card = new HoverCard(doc);
  const listening = new AbortController();
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const markOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>(`${MARK_TAG}[data-finlens-id], a[data-finlens-id]`) : null;
  const inCard = (e: Event) => card.element !== null && e.composedPath().includes(card.element);
  const open = (mark: HTMLElement) => {
    if (!stillAlive()) return;
    const security = lookup(mark.dataset.finlensId ?? '');
    if (!security) return;
    clearTimeout(hideTimer);
    if (card.anchor !== mark) card.show(mark, security);
  };
  const closeSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => card.hide(), HIDE_DELAY_MS);
  };
  const on = <K extends keyof DocumentEventMap>(type: K, listener: (e: DocumentEventMap[K]) => void) =>
    doc.addEventListener(type, listener, { signal: listening.signal, capture: true });
  on('mouseover', (e) => {
    const mark = markOf(e.target);
    if (mark) open(mark);
    else if (inCard(e)) clearTimeout(hideTimer);
  });
  on('mouseout', (e) => {
    if (markOf(e.target) || inCard(e)) closeSoon();
  });
  on('focusin', (e) => {
    const mark = markOf(e.target);
    if (mark) open(mark);
  });
  on('focusout', (e) => {
    if (markOf(e.target)) closeSoon();
  });
  on('keydown', (e) => {
    if (e.key === 'Escape') card.hide();
  });
  doc.defaultView?.addEventListener('scroll', () => card.hide(), {
    signal: listening.signal,
    capture: true,
    passive: true,
  });
  return {
    destroy() {
      clearTimeout(hideTimer);
      listening.abort();
      card.destroy();
    },
  };
}
