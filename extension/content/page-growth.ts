/**
 * Notices when a page grows after FinLens read it: single-page apps (the live Xueqiu site among
 * them) render their story after `document_idle`, and feeds append more. Text the page adds is
 * summed; once enough has arrived and the page has been quiet for a moment, `onGrown` runs, at
 * most once per interval. FinLens's own changes (its marks, its card) are not growth.
 */

/** Characters of new text that make a page worth reading again. */
const ENOUGH_TEXT = 80;
/** How long the page must be quiet before it is read again (ms). */
const QUIET_MS = 600;
/** The least time between two readings (ms), so an endless feed costs little. */
const MIN_INTERVAL_MS = 3000;

const OURS = new Set(['finlens-mark', 'finlens-card']);

/** Text a mutation added, outside FinLens's own elements. */
function addedText(record: MutationRecord): number {
  let total = 0;
  for (const node of record.addedNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!OURS.has((node.parentNode as Element | null)?.localName ?? '')) total += (node as Text).data.trim().length;
    } else if (node.nodeType === Node.ELEMENT_NODE && !OURS.has((node as Element).localName)) {
      total += (node.textContent ?? '').trim().length;
    }
  }
  return total;
}

export interface PageGrowth {
  /** Drops the changes made so far without counting them (FinLens's own, made just now). */
  forget(): void;
}

/** Watches `root` until `signal` aborts; calls `onGrown` when the page has grown. */
export function watchPageGrowth(root: Node, onGrown: () => void, signal: AbortSignal): PageGrowth {
  let pending = 0;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let last = 0;
  const fire = () => {
    quiet = undefined;
    const wait = last + MIN_INTERVAL_MS - Date.now();
    if (wait > 0) {
      quiet = setTimeout(fire, wait);
      return;
    }
    pending = 0;
    last = Date.now();
    onGrown();
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) pending += addedText(r);
    if (pending < ENOUGH_TEXT) return;
    clearTimeout(quiet);
    quiet = setTimeout(fire, QUIET_MS);
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(quiet);
    },
    { once: true },
  );
  return { forget: () => void observer.takeRecords() };
}
