/**
 * Notices what a page adds after FinLens read it: single-page apps (the live Xueqiu site among
 * them) render their story after `document_idle`, feeds append items, live blogs add lines. The
 * added nodes themselves are handed over, so only they are read: any amount of text counts, and
 * the cost follows what was added, not the size of the page. FinLens's own nodes (its marks, the
 * text pieces around them, the originals it puts back, its card) are not growth.
 */
import { ownNodes } from './own-nodes.ts';

/** How long the page must be quiet before what it added is read (ms). */
const QUIET_MS = 150;
/** The longest what a page added waits while the page keeps adding (ms): a line is read within a second. */
const MAX_WAIT_MS = 500;

/** What a page added in one burst: the added nodes, and how much text they hold. */
export interface Growth {
  nodes: Node[];
  /** Characters of text (trimmed) in the added nodes. */
  chars: number;
}

function ours(node: Node): boolean {
  if (ownNodes.has(node)) return true;
  const name = (node as Element).localName;
  return name === 'finlens-mark' || name === 'finlens-card' || name === 'finlens-verdicts';
}

/** Characters of text in an added node (its text content, trimmed). */
function textOf(node: Node): number {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data.trim().length;
  if (node.nodeType !== Node.ELEMENT_NODE) return 0;
  return (node.textContent ?? '').trim().length;
}

/** Watches `root` until `signal` aborts; calls `onGrown` with each burst of added text. */
export function watchPageGrowth(root: Node, onGrown: (growth: Growth) => void, signal: AbortSignal): void {
  let nodes: Node[] = [];
  let chars = 0;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;
  const flush = () => {
    quiet = undefined;
    const growth = { nodes, chars };
    nodes = [];
    chars = 0;
    onGrown(growth);
  };
  const observer = new MutationObserver((records) => {
    let added = 0;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (ours(node)) continue;
        const n = textOf(node);
        if (n === 0) continue;
        nodes.push(node);
        added += n;
      }
    }
    if (added === 0) return;
    if (chars === 0) firstAt = Date.now();
    chars += added;
    clearTimeout(quiet);
    quiet = setTimeout(flush, Math.max(0, Math.min(QUIET_MS, firstAt + MAX_WAIT_MS - Date.now())));
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
}
