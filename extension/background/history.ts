/**
 * The background's daily-bar service, wired to the browser: fetch, `storage.local` (closed bars
 * outlive the browser session), permissions and settings (`providers` for the order, `history`
 * to switch it off). Not yet registered as a message: `historyCall` is the handler to register.
 */
import browser from 'webextension-polyfill';
import type { Adjust } from '../../src/quotes/history-types.ts';
import type { QuoteTarget } from '../../src/quotes/types.ts';
import { type HistoryAnswer, HistoryService } from '../quotes/history-service.ts';
import { loadSettings } from '../settings.ts';
import { checkedTargets, providerOrigins } from './quotes.ts';

export const historyService = new HistoryService({
  fetch: (url, init) => fetch(url, init),
  now: () => Date.now(),
  random: () => Math.random(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  order: async () => (await loadSettings()).providers,
  enabled: async () => (await loadSettings()).history,
  permitted: async (name) => {
    try {
      return await browser.permissions.contains({ origins: providerOrigins(name) });
    } catch {
      return true;
    }
  },
  offline: () => typeof navigator !== 'undefined' && navigator.onLine === false,
  store: {
    get: async (key) => (await browser.storage.local.get(key))[key],
    set: (key, value) => browser.storage.local.set({ [key]: value }),
  },
});

/** A `history` call from a content script or the popup, its fields checked (a bad date rejects the call). */
export async function historyCall(args: {
  target: QuoteTarget;
  from: string;
  adjust?: Adjust;
}): Promise<HistoryAnswer> {
  const [target] = checkedTargets([args?.target]);
  if (!target) return { kind: 'unsupported' };
  return historyService.history(target, String(args.from), args.adjust === 'raw' ? 'raw' : 'qfq');
}
