/**
 * The background's daily-bar service, wired to the browser: fetch, `storage.local` (closed bars
 * outlive the browser session), permissions and settings (`providers` for the order, `history`
 * to switch it off). `hold-up.ts` asks it for the card's row and the price checks.
 */
import browser from 'webextension-polyfill';
import { HistoryService } from '../quotes/history-service.ts';
import { loadSettings } from '../settings.ts';
import { providerDeps } from './quotes.ts';

export const historyService = new HistoryService({
  ...providerDeps,
  enabled: async () => (await loadSettings()).history,
  store: {
    get: async (key) => (await browser.storage.local.get(key))[key],
    set: (key, value) => browser.storage.local.set({ [key]: value }),
  },
});
