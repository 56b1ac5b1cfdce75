/** The popup on a page with nothing to list: why, and in a few sentences what FinLens does. */
import { t } from '../i18n.ts';
import type { NothingReason } from './nothing-here-reason.ts';

const WHY: Record<NothingReason, string> = {
  unreadable: 'popupUnavailable',
  'site-off': 'popupSiteOff',
  'not-article': 'popupWhyNotArticle',
  'empty-article': 'popupWhyEmptyArticle',
};

/** What the reader can do about it, where there is something to do. */
const HINT: Partial<Record<NothingReason, string>> = {
  'site-off': 'popupSiteOffHint',
};

export function NothingHere({ reason }: { reason: NothingReason }) {
  const hint = HINT[reason];
  return (
    <section class={`nothing-here ${reason}`} aria-live="polite" aria-labelledby="nothing-why">
      <p id="nothing-why" class="why">
        {t(WHY[reason])}
      </p>
      {hint && <p class="state">{t(hint)}</p>}
      <h2>{t('popupWhatItDoes')}</h2>
      <p class="what-it-does">{t('popupWhatItDoesText')}</p>
    </section>
  );
}
