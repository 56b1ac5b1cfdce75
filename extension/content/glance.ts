/**
 * The first stage's look at a page (`src/article/glance.ts`): the data of its text nodes joined,
 * from one native TreeWalker pass in slices, with no map back to the DOM and no layout read.
 * Whether the page names a security or talks money at all is told from this, in the background;
 * only then is the full content script injected to read it properly.
 */
import { glancedParent } from '../../src/article/glance.ts';
import type { Steps } from '../../src/steps.ts';
import { runSliced } from './schedule.ts';

/** Text nodes a glance reads between two yields. */
const GLANCE_STEP = 1024;
/**
 * The most a glance keeps (characters): enough to find a page's securities and finance words; a
 * 100,000-paragraph page is not copied whole to be told it is not finance.
 */
export const GLANCE_LIMIT = 400_000;

function* glanceSteps(roots: readonly Node[], limit: number): Steps<string> {
  const parts: string[] = [];
  let kept = 0;
  let seen = 0;
  for (const root of roots) {
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    // A text node given as a root is read itself; an element's text nodes are walked.
    for (let node = root.nodeType === Node.TEXT_NODE ? root : walker.nextNode(); node; node = walker.nextNode()) {
      if (glancedParent(node.parentNode as Element | null)) {
        const data = (node as Text).data;
        parts.push(data);
        kept += data.length + 1;
        if (kept >= limit) return parts.join(' ');
      }
      if (++seen % GLANCE_STEP === 0) yield;
      if (node === root) break;
    }
  }
  return parts.join(' ');
}

/** The text of `roots` (the page's body by default) at a glance, at most `limit` characters. */
export function glance(roots: readonly Node[], signal: AbortSignal, limit: number = GLANCE_LIMIT): Promise<string> {
  return runSliced(glanceSteps(roots, limit), { signal });
}
