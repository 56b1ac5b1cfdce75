/** The user's settings, and how a stored value is read back without ever losing them. */
import { DEFAULT_PROVIDER_ORDER } from '../src/quotes/provider-names.ts';
import type { ProviderName } from '../src/quotes/types.ts';
import type { ClaimType } from '../src/types.ts';

/** How price moves are coloured: by the UI's language (Chinese: red up), or as the reader chose. */
export type ColorConvention = 'auto' | 'red-up' | 'green-up';

export interface Settings {
  /** Highlight securities in pages. */
  highlight: boolean;
  /**
   * Highlight securities named by name (百度, Apple) on every page. Off: on a page the finance
   * check calls not about finance, only explicit forms (cashtags, codes, Xueqiu tags and links,
   * exchange prefixes) are highlighted, and names are listed in the popup as "also mentioned".
   */
  namesEverywhere: boolean;
  /** Highlight claims in articles, by type. */
  claims: boolean;
  /** Which claim types are highlighted (when `claims` is on). */
  claimTypes: Record<ClaimType, boolean>;
  /** The quote providers to ask, in order (at least one). */
  providers: ProviderName[];
  colors: ColorConvention;
  /** Sites (host names) where FinLens does nothing at all. */
  offSites: string[];
  /** Refresh the quote while a card stays open. */
  refreshCard: boolean;
  /** Look up daily prices since an article's date (its codes and dates go to the providers). */
  history: boolean;
  /**
   * The quotes come from a local stand-in with sample prices (the demo, `npm start`, turns this on):
   * the card and the popup say so. Not in the options page: a reader never sets it.
   */
  sampleData: boolean;
}

export const CLAIM_TYPES: readonly ClaimType[] = ['figure', 'comparison', 'forecast', 'attribution', 'fact'];
const PROVIDER_NAMES: readonly ProviderName[] = ['tencent', 'eastmoney', 'yahoo'];
const COLORS: readonly ColorConvention[] = ['auto', 'red-up', 'green-up'];

/** What a fresh install starts with. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  highlight: true,
  namesEverywhere: false,
  claims: true,
  claimTypes: { figure: true, comparison: true, forecast: true, attribution: true, fact: true },
  providers: [...DEFAULT_PROVIDER_ORDER],
  colors: 'auto',
  offSites: [],
  refreshCard: true,
  history: true,
  sampleData: false,
});

/** A host name as the site list keeps it (`finance.sina.com.cn`); undefined when it is not one. */
export function siteOf(host: unknown): string | undefined {
  if (typeof host !== 'string') return undefined;
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(name) && name.length <= 253 ? name : undefined;
}

/**
 * Reads a stored settings value field by field: a field of the wrong type falls back to its
 * default alone, so one bad field (an old version, a hand-edited store) never loses the others.
 */
export function parseSettings(raw: unknown): Settings {
  const stored = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const flag = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
  const types =
    typeof stored.claimTypes === 'object' && stored.claimTypes !== null
      ? (stored.claimTypes as Record<string, unknown>)
      : {};
  const providers = Array.isArray(stored.providers)
    ? [...new Set(stored.providers.filter((p): p is ProviderName => PROVIDER_NAMES.includes(p as ProviderName)))]
    : [];
  const sites = Array.isArray(stored.offSites)
    ? stored.offSites.map(siteOf).filter((s): s is string => s !== undefined)
    : [];
  return {
    highlight: flag(stored.highlight, DEFAULT_SETTINGS.highlight),
    claims: flag(stored.claims, DEFAULT_SETTINGS.claims),
    claimTypes: Object.fromEntries(
      CLAIM_TYPES.map((t) => [t, flag(types[t], DEFAULT_SETTINGS.claimTypes[t])]),
    ) as Settings['claimTypes'],
    providers: providers.length > 0 ? providers : [...DEFAULT_SETTINGS.providers],
    colors: COLORS.includes(stored.colors as ColorConvention)
      ? (stored.colors as ColorConvention)
      : DEFAULT_SETTINGS.colors,
    offSites: [...new Set(sites)],
    refreshCard: flag(stored.refreshCard, DEFAULT_SETTINGS.refreshCard),
    namesEverywhere: flag(stored.namesEverywhere, DEFAULT_SETTINGS.namesEverywhere),
    history: flag(stored.history, DEFAULT_SETTINGS.history),
    sampleData: flag(stored.sampleData, DEFAULT_SETTINGS.sampleData),
  };
}

/** Whether FinLens is off on the page at `host`. */
export function offOnSite(settings: Pick<Settings, 'offSites'>, host: string): boolean {
  const site = siteOf(host);
  return site !== undefined && settings.offSites.some((s) => site === s || site.endsWith(`.${s}`));
}

/** Whether prices going up are red: the reader's choice, else the UI's language (Chinese readers expect red up). */
export function redUp(colors: ColorConvention, uiLanguage: string): boolean {
  return colors === 'auto' ? uiLanguage.toLowerCase().startsWith('zh') : colors === 'red-up';
}
