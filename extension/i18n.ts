/** UI strings from `_locales`, and the reader's language. */

import type { ProviderName } from '../src/quotes/types.ts';
import type { Market, Security, SecurityType } from '../src/types.ts';
import { api as browser } from './platform.ts';

/** A UI string; the key itself when the locale has none (never an empty label). */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The two locales the UI is written in. */
export type UiLocale = 'zh-CN' | 'en';

/**
 * The one locale every number, date, unit (万/亿 or K/M/B) and label of the card, the popup and the
 * options page is written in: the language the extension's own strings resolve to (each
 * `_locales/<x>/messages.json` names itself in `uiLocale`), else the browser's UI language. Never
 * the page's language or the browser's default locale (`navigator.language`, `Intl`'s default):
 * those may differ from the UI's, and the card would mix "Day range" with "11月27日". It is read from
 * the strings themselves: Chromium answers `getUILanguage()` in a page (the content script's too)
 * from the page's locale where that is set apart (Playwright's `locale`), and a browser whose UI
 * has no strings of ours (zh-TW) shows the default English ones.
 */
export function uiLocale(): UiLocale {
  const declared = browser.i18n.getMessage('uiLocale');
  if (declared === 'zh-CN' || declared === 'en') return declared;
  return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Whether the UI speaks Chinese (its strings, and so its numbers and dates). */
export function prefersChinese(): boolean {
  return uiLocale() === 'zh-CN';
}

/** The name to show first for a security, in the reader's language when we have it; none when it has no name. */
export function displayName(security: Pick<Security, 'name'>): string | undefined {
  const { zh, en } = security.name;
  return prefersChinese() ? (zh ?? en) : (en ?? zh);
}

const MARKET_KEYS: Record<Market, string> = {
  US: 'marketUS',
  SH: 'marketSH',
  SZ: 'marketSZ',
  BJ: 'marketBJ',
  HK: 'marketHK',
  TW: 'marketTW',
  TWO: 'marketTWO',
  CN: 'marketCN',
  INTL: 'marketINTL',
  CRYPTO: 'marketCRYPTO',
};

const TYPE_KEYS: Record<SecurityType, string> = {
  stock: 'typeStock',
  etf: 'typeEtf',
  index: 'typeIndex',
  fund: 'typeFund',
  crypto: 'typeCrypto',
  unknown: 'typeUnknown',
};

/** "US · Stock", "港股 · 股票"; another market's listing by its exchange where known ("KRX · Stock"). */
export function marketLabel(security: Pick<Security, 'market' | 'type' | 'exchange'>): string {
  const market = security.market === 'INTL' && security.exchange ? security.exchange : t(MARKET_KEYS[security.market]);
  return `${market} · ${t(TYPE_KEYS[security.type])}`;
}

const PROVIDER_KEYS: Record<ProviderName, string> = {
  tencent: 'providerTencent',
  eastmoney: 'providerEastmoney',
  yahoo: 'providerYahoo',
};

/** A quote provider's name as the UI writes it ("Tencent", "腾讯财经"). */
export function providerLabel(name: ProviderName): string {
  return t(PROVIDER_KEYS[name]);
}
