/**
 * The content script in two stages. Every page gets the first stage (`first-stage.iife.ts`, a few
 * KB), which glances at the page's text for the background to take (`first-looks.ts`). Only a
 * page with something to draw (a security written out, finance talk: `worth.ts`), or whose popup
 * is opened, gets the full content script (`full-stage.iife.ts`) and the marks' stylesheet,
 * injected here with `scripting`; the styles of painted claims follow when a page paints them. The
 * full script starts once however often it is injected, so injecting is idempotent.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { FULL_STAGE_FILE } from '../content/full-stage-file.ts';
import highlightCss from '../content/highlight.css?raw';
import passagesCss from '../content/passages.css?raw';

const BADGE_COLOR = '#0f3d6e';

/** The tab's badge: how many securities its page highlights (none shows nothing). */
export async function setBadge(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
}

/** Whether the full content script has started in the frame (it marks the content scripts' shared scope). */
async function started(target: { tabId: number; frameIds: number[] }): Promise<boolean> {
  const [probe] = await browser.scripting.executeScript({
    target,
    func: () => Symbol.for('finlens.fullStage') in globalThis,
  });
  return probe?.result === true;
}

/**
 * Injects the highlights' stylesheet and the full content script into one frame of a tab. The
 * popup's call asks first whether the page has it already (`ask`); a first look's does not (the
 * first stage gives no glance once the full script has started, and the full script starts only
 * once anyway), which saves a round trip before the first highlight.
 */
export async function inject(tabId: number, frameId: number, ask: boolean): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  if (ask && (await started(target))) return;
  await browser.scripting.insertCSS({ target, css: highlightCss });
  await browser.scripting.executeScript({ target, files: [FULL_STAGE_FILE] });
}

/**
 * The popup opened on a tab: its page gets the full content script (if it has not already), which
 * reads it properly for the popup. Pages no extension may script (the browser's own, a store) fail
 * here, and the popup says it cannot read them.
 */
export async function startReader({ tabId }: { tabId: number }): Promise<undefined> {
  if (!Number.isInteger(tabId)) throw new Error('startReader: expected {tabId}');
  await inject(tabId, 0, true);
  return undefined;
}

/**
 * A page is about to paint claims or mark a passage: the styles of `::highlight()` go into its
 * frame now, not with the full script (added to a styled page, they restyle all of it).
 */
export async function insertPassageStyles(sender: Runtime.MessageSender): Promise<undefined> {
  const { tabId, frameId } = frameOf(sender);
  await browser.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, css: passagesCss });
  return undefined;
}

/** Where a call from a content script came from: its tab and frame. */
export function frameOf(sender: Runtime.MessageSender): { tabId: number; frameId: number } {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('not from a tab');
  return { tabId, frameId: sender.frameId ?? 0 };
}
