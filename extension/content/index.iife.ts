/**
 * Content script entry: one self-contained IIFE (no extension file needs to be web-accessible),
 * and a thin one: it reads and marks the page, while the engine and its data live in the background.
 */
import { startPageSession } from './session.ts';

if (document.contentType === 'text/html' || document.contentType === 'application/xhtml+xml') {
  startPageSession(document);
}
