/** Content script entry: one self-contained IIFE, so no extension file needs to be web-accessible. */
import { startPageSession } from './page-session.ts';

if (document.contentType === 'text/html' || document.contentType === 'application/xhtml+xml') {
  startPageSession(document).catch((error: unknown) => {
    // The extension was reloaded or removed under this page: nothing to undo yet, nothing to report.
    if (String(error).includes('Extension context invalidated')) return;
    console.warn('FinLens could not start on this page:', error);
  });
}
