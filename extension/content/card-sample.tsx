/**
 * The card's "Sample data" label: shown beside the quote's source only when the `sampleData`
 * setting is on (the demo's local stand-in serves the prices), so a made-up price never passes for
 * a market's.
 */
import { t } from '../i18n.ts';

/** The label, or nothing when the prices are the providers' own. */
export function SampleDataLabel({ on }: { on?: boolean }) {
  return on ? (
    <span class="sample-data" data-sample-data="">
      {t('cardSampleData')}
    </span>
  ) : null;
}
