/** Where the build puts the full content script (`full-stage.iife.ts`), which the background injects. */
export const FULL_STAGE_FILE = 'extension/content/full-stage.iife.js';
