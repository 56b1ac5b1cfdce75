/**
 * The full content script: injected by the background (`scripting.executeScript`) into a page
 * the first stage found worth reading, or whose popup was opened. It reads and marks the page,
 * while the engine and its data live in the background. Injected twice (a glance and the popup at
 * once), it starts once: content scripts of one extension share one global scope per page.
 */
import { startPageSession } from './session.ts';

const STARTED = Symbol.for('finlens.fullStage');
const scope = globalThis as { [STARTED]?: true };

if (!scope[STARTED] && (document.contentType === 'text/html' || document.contentType === 'application/xhtml+xml')) {
  scope[STARTED] = true;
  startPageSession(document);
}
