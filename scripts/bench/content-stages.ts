/**
 * What FinLens ran in a page, and how soon it marked it: which of its two content scripts a page
 * got (the first stage alone, or the full script too), read from the scripts the page's renderer
 * parsed; and, on an article, the time from `DOMContentLoaded` to the first highlight in the page.
 * Both are read in loads of their own, apart from the cost runs (a debugger changes what it watches).
 */
import type { BrowserContext } from 'playwright-core';
import { ORIGIN, SETTLE_MS } from './content-browsers.ts';

/** Which FinLens scripts ran in a page: the first stage, and whether the full script followed. */
export async function stagesOf(context: BrowserContext, path: string): Promise<{ first: boolean; full: boolean }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const urls: string[] = [];
  cdp.on('Debugger.scriptParsed', ({ url }) => urls.push(url));
  await cdp.send('Debugger.enable');
  await page.goto(ORIGIN + path, { waitUntil: 'load', timeout: 30_000 });
  await page.waitForTimeout(SETTLE_MS);
  await page.close();
  return {
    first: urls.some((u) => u.endsWith('/first-stage.iife.js')),
    full: urls.some((u) => u.endsWith('/full-stage.iife.js')),
  };
}

/** Records, in the page, when `DOMContentLoaded` fired and when the first FinLens mark went in. */
const FIRST_MARK = `window.__firstMark = { dcl: 0, mark: 0 };
  document.addEventListener('DOMContentLoaded', () => { window.__firstMark.dcl = performance.now(); });
  new MutationObserver((records, observer) => {
    for (const r of records) for (const n of r.addedNodes) if (n.localName === 'finlens-mark') {
      window.__firstMark.mark = performance.now();
      return observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });`;

export async function watchFirstMark(context: BrowserContext): Promise<void> {
  await context.addInitScript(FIRST_MARK);
}

/** Milliseconds from `DOMContentLoaded` to the first highlight (NaN when none came within 5 s). */
export async function firstHighlight(context: BrowserContext, path: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(ORIGIN + path, { waitUntil: 'domcontentloaded', timeout: 30_000 });
  const seen = await page
    .waitForFunction(() => (window as unknown as { __firstMark: { mark: number } }).__firstMark.mark > 0, null, {
      timeout: 5000,
      polling: 50,
    })
    .then(
      () => true,
      () => false,
    );
  const { dcl, mark } = (await page.evaluate('window.__firstMark')) as { dcl: number; mark: number };
  await page.close();
  return seen ? mark - dcl : Number.NaN;
}
