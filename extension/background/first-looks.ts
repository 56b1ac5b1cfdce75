/**
 * The background's side of the first stage (`content/first-look.ts`). Every page's first stage
 * glances at its text and keeps the glance; the background takes it (`scripting.executeScript`
 * calling the stage's `take`) when the tab has loaded, when the page knocks (an early sign of
 * finance, or text the page added), and with a fresh glance when the settings change. It then
 * decides with the full engine (`worth.ts`) and injects the full content script where the page is
 * worth reading (`stages.ts`). A page with nothing for FinLens so never calls an extension API.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { FirstStage, Glanced } from '../content/first-look.ts';
import { loadSettings, onSettingsChanged } from '../settings.ts';
import { offOnSite } from '../settings-schema.ts';
import { analyzeRequest } from './analyze-request.ts';
import { frameOf, inject, setBadge } from './stages.ts';
import { worthReading } from './worth.ts';

/**
 * How often, and how far apart (ms), a look at a tab that has just loaded asks again for a first
 * stage that is not there yet: the browser may report the load before it ran the page's idle scripts.
 */
const TAKE_TRIES = 5;
const TAKE_RETRY_MS = 200;

interface Frame {
  tabId: number;
  frameId: number;
}

function hostOf(url: string | undefined): string | undefined {
  try {
    const parsed = new URL(url ?? '');
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the first stage's glances from a frame; null when the frame has no first stage (yet). */
async function take({ tabId, frameId }: Frame, fresh: boolean): Promise<Glanced[] | null> {
  const [injection] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    // Runs in the page's content-script scope, where the first stage keeps its handle.
    func: (again: boolean) => {
      const stage = (globalThis as Record<symbol, FirstStage | undefined>)[Symbol.for('finlens.firstStage')];
      return stage ? stage.take(again) : null;
    },
    args: [fresh],
  });
  const result = injection?.result as Glanced[] | null | undefined;
  return Array.isArray(result) ? result : null;
}

/**
 * Looks at what a frame's first stage glanced: where a glance would have something drawn (a
 * security written out, finance talk: `worth.ts`), the full content script is injected; a whole
 * page that has nothing gets an empty badge. Nothing is taken on a site the reader switched
 * FinLens off.
 */
export async function lookAt(
  frame: Frame,
  url: string | undefined,
  { fresh = false, tries = 1 } = {},
): Promise<'off' | 'looked'> {
  const host = hostOf(url);
  if (host === undefined) return 'off';
  const settings = await loadSettings();
  if (offOnSite(settings, host)) return 'off';
  let glances = await take(frame, fresh);
  for (let tried = 1; glances === null && tried < tries; tried++) {
    await new Promise((resolve) => setTimeout(resolve, TAKE_RETRY_MS));
    glances = await take(frame, fresh);
  }
  if (!glances || glances.length === 0) return 'looked';
  const worth = glances.some((g) =>
    worthReading(analyzeRequest({ text: g.text, links: [], article: false }), settings),
  );
  if (worth) await inject(frame.tabId, frame.frameId, false);
  else if (frame.frameId === 0 && glances.some((g) => g.whole)) await setBadge(frame.tabId, 0);
  return 'looked';
}

/**
 * A page's first stage knocked: it has an early sign of finance, or added text. `off` tells it
 * that FinLens is off on its site, and it knocks no more until the settings change.
 */
export async function knocked(sender: Runtime.MessageSender): Promise<{ off: boolean }> {
  return { off: (await lookAt(frameOf(sender), sender.url)) === 'off' };
}

const quietly = (work: Promise<unknown>) =>
  // A tab that closed, or a page no extension may script: nothing to look at.
  work.catch(() => undefined);

/**
 * Looks at every page once it has loaded, and at every open page again when the settings change
 * (the site switched back on, names asked for everywhere); a page the full script has already
 * gives nothing. Registered when the background starts, so the events wake it.
 */
export function watchTabs(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void quietly(lookAt({ tabId, frameId: 0 }, tab.url, { tries: TAKE_TRIES }));
  });
  onSettingsChanged(() => {
    void browser.tabs.query({}).then((tabs) => {
      for (const tab of tabs) {
        if (tab.id !== undefined) void quietly(lookAt({ tabId: tab.id, frameId: 0 }, tab.url, { fresh: true }));
      }
    });
  }, new AbortController().signal);
}
