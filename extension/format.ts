/**
 * Numbers, prices and times as the UI's language writes them (`Intl`: 1.2万 / 12.3亿 in Chinese, 12.3K / 1.2B
 * in English). Every function takes the UI's locale (`uiLocale()`), never the browser's default.
 */
import type { UiLocale } from './i18n.ts';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: UiLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  const known = cache.get(key);
  if (known) return known;
  const made = new Intl.NumberFormat(locale, options);
  cache.set(key, made);
  return made;
}

/** A price: two decimals, up to four under 10 (Hong Kong quotes to the tenth of a cent, fund values to four places). */
export function formatPrice(value: number, locale: UiLocale): string {
  const digits = value < 10 ? 4 : 2;
  return numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: digits }).format(value);
}

/** A signed change (`+1.25`, `−0.40`), to the same precision as the price it changed. */
export function formatChange(change: number, price: number, locale: UiLocale): string {
  const digits = price < 10 ? 4 : 2;
  return numberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(change);
}

/** A signed percentage from a value in percent (`1.5` → `+1.50%`). */
export function formatPercent(percent: number, locale: UiLocale): string {
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(percent / 100);
}

/** A ratio such as a P/E: two decimals, grouped like a price (`1,234.50`). */
export function formatRatio(value: number, locale: UiLocale): string {
  return numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A whole count, grouped (`12,345`). */
export function formatCount(value: number, locale: UiLocale): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A large amount, short: `1.19万` / `1721.08亿` in Chinese, `11.86K` / `1.72T` in English. */
export function formatCompact(value: number, locale: UiLocale): string {
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 }).format(value);
}

/** A quote's time in its market's zone, with the zone's name (`Nov 30, 14:15 GMT+8`). */
export function formatMarketTime(epoch: number, zone: string, locale: UiLocale): string {
  try {
    return new Intl.DateTimeFormat(locale, {
      timeZone: zone,
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    }).format(epoch);
  } catch {
    return new Date(epoch).toISOString();
  }
}

/** An article's publish time as a date (`Nov 27, 2026`, `2026年11月27日`); the page's own words when it is not a date. */
export function formatPublished(published: string | undefined, locale: UiLocale): string | undefined {
  if (!published) return undefined;
  const date = new Date(published);
  if (Number.isNaN(date.getTime())) return published;
  return date.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' });
}
