/**
 * The content script in two stages. Every page gets the first stage (`first-stage.iife.ts`, a few
 * KB): it glances at the page's text and sends it here. Only a page that names a security or
 * talks money (`worth.ts`), or whose popup is opened, gets the full content script
 * (`full-stage.iife.ts`) and the highlights' stylesheet, injected with `scripting`. The full
 * script starts once however often it is injected, so injecting is idempotent.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { FULL_STAGE_FILE } from '../content/full-stage-file.ts';
import highlightCss from '../content/highlight.css?raw';
import { loadSettings } from '../settings.ts';
import { offOnSite } from '../settings-schema.ts';
import { analyzeRequest } from './analyze-request.ts';
import { worthReading } from './worth.ts';

const BADGE_COLOR = '#0f3d6e';

/** The tab's badge: how many securities its page highlights (none shows nothing). */
export async function setBadge(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
}

/** The page's site, from the address of the frame that asked. */
function siteOfSender(sender: Runtime.MessageSender): string {
  try {
    return new URL(sender.url ?? '').hostname;
  } catch {
    return '';
  }
}

/** Where a call from a content script came from: its tab and frame (the top frame: FinLens runs nowhere else). */
function frameOf(sender: Runtime.MessageSender): { tabId: number; frameId: number } {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('not from a tab');
  return { tabId, frameId: sender.frameId ?? 0 };
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
 * popup's call asks first whether the page has it already (`ask`); the first stage's does not (it
 * calls once, and the full script starts only once anyway), which saves a round trip before the
 * first highlight.
 */
async function inject(tabId: number, frameId: number, ask: boolean): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  if (ask && (await started(target))) return;
  await browser.scripting.insertCSS({ target, css: highlightCss });
  await browser.scripting.executeScript({ target, files: [FULL_STAGE_FILE] });
}

/** The first stage asks whether to look at its page at all: not on a site the reader switched FinLens off. */
export async function firstLook(sender: Runtime.MessageSender): Promise<{ look: boolean }> {
  const settings = await loadSettings();
  return { look: !offOnSite(settings, siteOfSender(sender)) };
}

/**
 * What the first stage glanced at its page (the whole page, or what the page added): when it is
 * worth reading, the full content script is injected and takes the page over.
 */
export async function glanced(
  { text, whole }: { text: string; whole: boolean },
  sender: Runtime.MessageSender,
): Promise<{ reading: boolean }> {
  const { tabId, frameId } = frameOf(sender);
  if (typeof text !== 'string') throw new Error('glanced: expected {text}');
  const analysis = analyzeRequest({ text, links: [], article: false });
  if (!worthReading(analysis)) {
    if (whole && frameId === 0) await setBadge(tabId, 0);
    return { reading: false };
  }
  await inject(tabId, frameId, false);
  return { reading: true };
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
