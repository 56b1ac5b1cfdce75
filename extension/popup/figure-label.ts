import type { Figure } from '../../src/types.ts';
import type { UiLocale } from '../i18n.ts';

/**
 * A figure as a reader writes it in a list: its qualifier (约 / ≈ for an approximation, > for a
 * lower limit, < for an upper one), then the amount in the reader's locale, compact
 * (`约 US$200万–US$900万`, `≈ $2M–$9M`, `> 30%`, `< ¥1000亿`). A limit shows its one number.
 */
export function figureLabel(figure: Figure, locale: UiLocale): string {
  const zh = locale !== 'en';
  const amount = (n: number) => formatAmount(n, figure, locale);
  // A limit is one number (数百万美元以上: more than 2 million); an approximate range is two.
  const range = figure.high !== undefined && figure.high !== figure.value && !figure.bound;
  const body = range ? `${amount(figure.value)}–${amount(figure.high as number)}` : amount(figure.value);
  const sign = figure.bound === 'min' ? '>' : figure.bound === 'max' ? '<' : figure.approx ? (zh ? '约' : '≈') : '';
  return sign ? `${sign} ${body}` : body;
}

function formatAmount(n: number, figure: Figure, locale: UiLocale): string {
  if (figure.kind === 'percent') {
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
    return figure.unit === 'pp' ? (locale !== 'en' ? `${number}个百分点` : `${number} pp`) : `${number}%`;
  }
  const options: Intl.NumberFormatOptions = {
    notation: Math.abs(n) >= 10_000 ? 'compact' : 'standard',
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  };
  if (figure.kind === 'money' && figure.unit && /^[A-Z]{3}$/.test(figure.unit)) {
    options.style = 'currency';
    options.currency = figure.unit;
  }
  try {
    return new Intl.NumberFormat(locale, options).format(n);
  } catch {
    // An engine without that currency: the number and its code.
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n)} ${figure.unit ?? ''}`.trim();
  }
}
