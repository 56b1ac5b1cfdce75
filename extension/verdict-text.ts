/** A price-move claim's verdict as the reader meets it, in the page and in the popup: an icon and words. */
import type { PriceCheck } from '../src/claims/price-move-types.ts';
import { describeRecord } from '../src/claims/price-record-text.ts';
import { t, type UiLocale } from './i18n.ts';

/** The verdict's icon: the shape says it, colour only repeats it. */
export const VERDICT_ICONS: Record<PriceCheck['verdict'], string> = { matches: '✓', differs: '≠', unverifiable: '?' };

const LABELS: Record<PriceCheck['verdict'], string> = {
  matches: 'verdictMatches',
  differs: 'verdictDiffers',
  unverifiable: 'verdictUnverifiable',
};

/** What the reader reads of a verdict: its word, then what the record says (plain text). */
export function verdictText(check: PriceCheck, locale: UiLocale): string {
  return `${t(LABELS[check.verdict])} · ${describeRecord(check, locale === 'en' ? 'en' : 'zh')}`;
}
