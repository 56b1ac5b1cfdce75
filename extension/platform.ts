/**
 * The extension API of the browser we run in, without a polyfill: Firefox's `browser` and Chrome's
 * `chrome` both return promises in Manifest V3, which is all FinLens asks of them. The content
 * script loads into every page, so it carries no code it does not need; the types are the
 * polyfill's (the popup and the background import the polyfill itself).
 */
import type { Browser } from 'webextension-polyfill';

const scope = globalThis as { browser?: Browser; chrome?: Browser };

/** `browser` where it exists (Firefox), else `chrome` (Chrome, Edge). */
export const api: Browser = (scope.browser ?? scope.chrome) as Browser;

/** Whether this script's extension is still installed and enabled (not orphaned by an update). */
export function contextAlive(): boolean {
  try {
    return Boolean(api.runtime?.id);
  } catch {
    return false;
  }
}
