/**
 * The content script every page gets: the first stage (`first-look.ts`), a few KB that decide
 * whether FinLens has anything to say here. One self-contained IIFE: no extension file needs to
 * be web-accessible. The full content script (`full-stage.iife.ts`) is injected by the background
 * only where it is needed.
 */
import { startFirstLook } from './first-look.ts';

if (document.contentType === 'text/html' || document.contentType === 'application/xhtml+xml') {
  startFirstLook(document);
}
