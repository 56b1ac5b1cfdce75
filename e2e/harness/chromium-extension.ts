/** Chromium-only reach into the extension: tab ids, the content script's state, the badge. */

import type { Page } from 'playwright-core';
import type { PageState, Result } from '../../extension/messages.ts';
import type { BrowserPage } from './browser-page.ts';
import type { ChromiumExtension } from './chromium.ts';

/** The slice of the `chrome` API the service-worker snippets below use. */
interface ChromeApi {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: object): Promise<unknown>;
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}
declare const chrome: ChromeApi;

interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
}

/** The tab id of a page: bring it to the front, then ask the extension for the active tab. */
export async function tabIdOf(browser: ChromiumExtension, page: BrowserPage): Promise<number> {
  await browser.raw(page).bringToFront();
  const id = await browser.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (typeof id !== 'number') throw new Error('no active tab');
  return id;
}

/** An extension page kept open to send calls as the popup does (one per browser). */
const senders = new WeakMap<ChromiumExtension, Promise<Page>>();

function sender(browser: ChromiumExtension): Promise<Page> {
  let page = senders.get(browser);
  if (!page) {
    page = browser.context.newPage().then(async (p) => {
      await p.goto(`chrome-extension://${browser.extensionId}/extension/options/index.html`);
      return p;
    });
    senders.set(browser, page);
  }
  return page;
}

/**
 * Asks the tab's content script for its state, exactly as the popup does: the background injects
 * the full content script first (a page the first stage left alone gets it now), then the tab answers.
 */
export async function pageStateOf(browser: ChromiumExtension, tabId: number): Promise<Result<PageState>> {
  const page = await sender(browser);
  return page.evaluate(async (id) => {
    const runtime = (globalThis as unknown as { chrome: ChromeApi & { runtime: Runtime } }).chrome;
    const started = (await runtime.runtime.sendMessage({
      finlens: 1,
      method: 'startReader',
      args: { tabId: id },
    })) as Result<undefined>;
    if (!started.ok) return started;
    return (await runtime.tabs
      .sendMessage(id, { finlens: 1, method: 'getPageState', args: {} }, { frameId: 0 })
      .catch((e: Error) => ({ ok: false, error: e.message }))) as Result<PageState>;
  }, tabId);
}

/** The toolbar badge text of a tab. */
export function badgeOf(browser: ChromiumExtension, tabId: number): Promise<string> {
  return browser.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The popup for a page's tab, opened as a page of its own (`?tabId=N`), as keyboard users may open it. */
export async function openPopupFor(browser: ChromiumExtension, page: BrowserPage): Promise<BrowserPage> {
  const tabId = await tabIdOf(browser, page);
  const popup = await browser.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/extension/popup/index.html?tabId=${tabId}`);
  return popup;
}
