import type { Claim, KeyPoint } from '../../src/types.ts';
import { CLAIM_LABELS } from '../claim-labels.ts';
import { t, uiLocale } from '../i18n.ts';
import { VERDICT_ICONS, verdictText } from '../verdict-text.ts';
import { figureLabel } from './figure-label.ts';

/**
 * A key point or a claim, a click away from its place in the page. A claim shows its types, its
 * figures as a reader writes them (约 / ≈, >, <; a forecast's marked so), and, when it is a part of
 * a longer sentence, the rest of that sentence as quiet context around it.
 */
export function Passage(props: {
  item: KeyPoint | Claim;
  onRevealText: (start: number, end: number, text: string) => void;
}) {
  const { item, onRevealText } = props;
  const claim = 'types' in item ? item : undefined;
  const types = claim?.types ?? [];
  const figures = claim?.figures.filter((f) => f.kind !== 'temporal') ?? [];
  const locale = uiLocale();
  return (
    <li data-start={item.start} data-types={types.join(' ') || undefined}>
      <button type="button" title={t('popupShowPassage')} onClick={() => onRevealText(item.start, item.end, item.text)}>
        {types.length > 0 && (
          <span class="types">
            {types.map((type) => (
              <span key={type} class={`type type-${type}`}>
                {t(CLAIM_LABELS[type])}
              </span>
            ))}
          </span>
        )}
        <ClaimText item={item} />
        {figures.length > 0 && (
          <span class="figures">
            {figures.map((f) => (
              <span
                key={f.start}
                class={f.forecast ? 'figure forecast' : 'figure'}
                title={f.forecast ? `${f.text} · ${t('claimForecast')}` : f.text}
              >
                {figureLabel(f, locale)}
              </span>
            ))}
          </span>
        )}
        {claim?.priceCheck && (
          <span
            class={`verdict ${claim.priceCheck.verdict}`}
            data-verdict={claim.priceCheck.verdict}
            data-record-pct={claim.priceCheck.record?.pct.toFixed(2)}
          >
            <span class="verdict-icon" aria-hidden="true">
              {VERDICT_ICONS[claim.priceCheck.verdict]}
            </span>{' '}
            {verdictText(claim.priceCheck, locale)}
          </span>
        )}
      </button>
    </li>
  );
}

/** The passage's text; a claim that is part of a sentence, inside the rest of it, quietly. */
function ClaimText({ item }: { item: KeyPoint | Claim }) {
  const sentence = 'sentence' in item ? item.sentence : undefined;
  if (!sentence?.text) return <span class="text">{item.text}</span>;
  const before = sentence.text.slice(0, Math.max(0, item.start - sentence.start));
  const after = sentence.text.slice(Math.max(0, item.end - sentence.start));
  return (
    <span class="text">
      {before && <span class="context">{before}</span>}
      <span class="part">{item.text}</span>
      {after && <span class="context">{after}</span>}
    </span>
  );
}
