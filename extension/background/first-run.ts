/**
 * Opens the first-run page once, when FinLens is installed: not on an update, a browser update or a
 * reload of the extension (`onInstalled` says which), and not again on an install that keeps the
 * storage of an earlier one: Chromium installs an extension loaded from the command line
 * (`--load-extension`) afresh at every start, its storage kept.
 */
import type { Runtime } from 'webextension-polyfill';
import { api as browser } from '../platform.ts';

/** The first-run page, as the build places it (vite.config.ts lists it among the build's inputs). */
export const FIRST_RUN_PAGE = 'extension/first-run/index.html';
/** Set in `storage.local` once the page was opened (PRIVACY.md lists it); removing FinLens removes it. */
const SHOWN_KEY = 'openedFirstRun';

/** What `onInstalled` does: opens the first-run page on a first install. */
export async function firstRunOnInstall({ reason }: Pick<Runtime.OnInstalledDetailsType, 'reason'>): Promise<void> {
  if (reason !== 'install') return;
  if ((await browser.storage.local.get(SHOWN_KEY))[SHOWN_KEY] === true) return;
  await browser.storage.local.set({ [SHOWN_KEY]: true });
  await browser.tabs.create({ url: browser.runtime.getURL(FIRST_RUN_PAGE) });
}

/** Registers the listener; call it at the top level of the background, so an install event finds it. */
export function openFirstRunOnInstall(): void {
  browser.runtime.onInstalled.addListener((details) => {
    firstRunOnInstall(details).catch((e: unknown) => {
      console.warn('FinLens: the first-run page did not open:', e instanceof Error ? e.message : e);
    });
  });
}
