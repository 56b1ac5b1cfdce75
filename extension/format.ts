/**
 * Numbers, prices and times as the UI's language writes them (`Intl`: 1.2万 / 12.3亿 in Chinese, 12.3K / 1.2B
 * in English). Every function takes the UI's locale (`uiLocale()`), never the browser's default.
 */
import type { Published } from '../src/quotes/history-types.ts';
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

/** The zones articles are printed in, named as a reader says them. */
const ZONE_NAMES: Record<string, [en: string, zh: string]> = {
  'Asia/Shanghai': ['Beijing time', '北京时间'],
  'Asia/Hong_Kong': ['Hong Kong time', '香港时间'],
  'Asia/Taipei': ['Taipei time', '台北时间'],
  'America/New_York': ['New York time', '纽约时间'],
  'Europe/London': ['London time', '伦敦时间'],
  UTC: ['UTC', 'UTC'],
};

const DAY = { year: 'numeric', month: 'short', day: 'numeric' } as const;

/**
 * When an article was published, as the UI's language writes it: with its time of day on the clock
 * of the zone it was printed in and that zone's name (`Feb 4, 2023, 1:21 PM, Beijing time`), when the
 * page gave both; else its date alone (a calendar day: no zone moves it).
 */
export function formatPublished(published: Published | undefined, locale: UiLocale): string | undefined {
  if (!published) return undefined;
  if (published.instant && published.zone) {
    const instant = new Date(published.instant);
    try {
      if (!Number.isNaN(instant.getTime())) {
        const named = ZONE_NAMES[published.zone]?.[locale === 'en' ? 0 : 1];
        const text = instant.toLocaleString(locale, {
          ...DAY,
          hour: 'numeric',
          minute: '2-digit',
          timeZone: published.zone,
          ...(named ? {} : { timeZoneName: 'short' }),
        });
        return named ? `${text}${locale === 'en' ? ', ' : ' '}${named}` : text;
      }
    } catch {
      // A zone this browser does not know: the date alone is still right.
    }
  }
  const [y, m, d] = published.date.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return Number.isNaN(date.getTime()) ? published.date : date.toLocaleDateString(locale, { ...DAY, timeZone: 'UTC' });
}

/**
 * A session's date (`YYYY-MM-DD`, a calendar day: no zone moves it) as the UI writes it: `Feb 3` /
 * `2月3日`, with its year when that is not this year.
 */
export function formatDay(date: string, locale: UiLocale, now = Date.now()): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  if (Number.isNaN(day.getTime())) return date;
  const sameYear = y === new Date(now).getUTCFullYear();
  return day.toLocaleDateString(locale, {
    ...(sameYear ? {} : { year: 'numeric' }),
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}
