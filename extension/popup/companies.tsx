/** The popup's other companies: those an article names by their registered form that have no listing FinLens knows. */
import type { Company } from '../../src/types.ts';
import { t } from '../i18n.ts';

/**
 * An article's companies without a listing, by first mention, each a click away from its first
 * mention in the page (as a key point is). They have no quote, so no chip: the heading says why.
 */
export function CompanyList(props: {
  companies: Company[];
  onRevealText: (start: number, end: number, text: string) => void;
}) {
  if (props.companies.length === 0) return null;
  return (
    <section class="companies" aria-labelledby="companies-heading">
      <h2 id="companies-heading">
        {t('popupCompanies')} <span class="count">{props.companies.length}</span>
      </h2>
      <p class="state">{t('popupCompaniesHint')}</p>
      <ul>
        {props.companies.map((c) => {
          const first = c.mentions[0];
          return (
            <li key={first.start} data-start={first.start}>
              <button
                type="button"
                title={t('popupShowPassage')}
                onClick={() => props.onRevealText(first.start, first.end, first.text)}
              >
                <span class="name">{c.name}</span>
                <span class="meta">{t('popupMentions', String(c.mentions.length))}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
