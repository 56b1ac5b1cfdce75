/** The popup's note that its prices are sample data: only when the `sampleData` setting is on (the demo's stand-in). */
import { t } from '../i18n.ts';

/** The note, or nothing when the prices are the providers' own. */
export function SampleNote({ on }: { on?: boolean }) {
  return on ? (
    <p class="state sample-note" role="note" data-sample-data="">
      {t('popupSampleNote')}
    </p>
  ) : null;
}
