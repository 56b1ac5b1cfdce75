/** The background's quote service, wired to the browser: fetch, storage.session, permissions, settings. */
import browser from 'webextension-polyfill';
import { PROVIDER_HOSTS } from '../../src/quotes/provider-names.ts';
import type { ProviderName, QuoteTarget } from '../../src/quotes/types.ts';
import type { Market, SecurityType } from '../../src/types.ts';
import { QuoteService } from '../quotes/quote-service.ts';
import { loadSettings } from '../settings.ts';

/** The origins a provider is reached at, as `permissions` names them. */
export const providerOrigins = (name: ProviderName) => PROVIDER_HOSTS[name].map((host) => `https://${host}/*`);

const session = (browser.storage as { session?: typeof browser.storage.local }).session;

/** The browser parts both the quote and the history service reach providers through. */
export const providerDeps = {
  fetch: (url: string, init: RequestInit) => fetch(url, init),
  now: () => Date.now(),
  random: () => Math.random(),
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  order: async () => (await loadSettings()).providers,
  permitted: async (name: ProviderName) => {
    try {
      return await browser.permissions.contains({ origins: providerOrigins(name) });
    } catch {
      return true;
    }
  },
  offline: () => typeof navigator !== 'undefined' && navigator.onLine === false,
};

export const quoteService = new QuoteService({
  ...providerDeps,
  store: session && {
    get: async (key) => (await session.get(key))[key],
    set: (key, value) => session.set({ [key]: value }),
  },
});

const MARKETS: readonly Market[] = ['US', 'SH', 'SZ', 'BJ', 'HK', 'TW', 'TWO', 'CN', 'INTL', 'CRYPTO'];
const TYPES: readonly SecurityType[] = ['stock', 'etf', 'index', 'fund', 'crypto', 'unknown'];
/** Securities a call may ask about at once (a page's worth; more is refused, not fetched). */
const MAX_TARGETS = 500;

/** The targets of a `quotes` call, checked field by field (the call comes from a content script). */
export function checkedTargets(raw: unknown): QuoteTarget[] {
  if (!Array.isArray(raw)) throw new Error('quotes: expected {targets: [...]}');
  if (raw.length > MAX_TARGETS) throw new Error(`quotes: at most ${MAX_TARGETS} securities a call`);
  return raw.flatMap((t): QuoteTarget[] => {
    const { id, market, symbol, type, exchange } = (t ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || typeof symbol !== 'string' || id !== `${market}:${symbol}`) return [];
    if (!MARKETS.includes(market as Market) || symbol.length > 16) return [];
    return [
      {
        id,
        market: market as Market,
        symbol,
        type: TYPES.includes(type as SecurityType) ? (type as SecurityType) : 'unknown',
        exchange: typeof exchange === 'string' ? exchange : undefined,
      },
    ];
  });
}
