/** The popup's securities: sorted by mentions, each with a price chip, a click away from its place in the page. */
import type { Security } from '../../src/types.ts';
import { formatPercent, formatPrice } from '../format.ts';
import { displayName, marketLabel, t, uiLocale } from '../i18n.ts';
import { callBackground } from '../messages.ts';
import { type QuoteAnswer, quoteTarget } from '../quotes/answers.ts';

export type Prices = Record<string, QuoteAnswer>;

/** One call for every security of the page (`fresh` skips the cache: the refresh button). */
export async function fetchPrices(securities: Security[], fresh = false): Promise<Prices> {
  if (securities.length === 0) return {};
  const result = await callBackground('quotes', { targets: securities.slice(0, 500).map(quoteTarget), fresh });
  if (!result.ok)
    return Object.fromEntries(securities.map((s) => [s.id, { kind: 'error', fault: 'http' } as QuoteAnswer]));
  return Object.fromEntries(Object.entries(result.value).map(([id, timed]) => [id, timed.answer]));
}

/** Most mentioned first (ties keep the page's order). */
export const byMentions = (securities: Security[]) =>
  securities
    .map((s, i) => [s, i] as const)
    .sort(([a, i], [b, j]) => b.mentions.length - a.mentions.length || i - j)
    .map(([s]) => s);

function PriceChip({ answer, redUp }: { answer: QuoteAnswer | undefined; redUp: boolean }) {
  const locale = uiLocale();
  if (answer === undefined) return <span class="chip loading" aria-hidden="true" />;
  if (answer.kind === 'delisted') return <span class="chip none">{t('popupDelisted')}</span>;
  if (answer.kind !== 'quote') return <span class="chip none">{t('popupNoPrice')}</span>;
  const { price, changePercent, change } = answer.quote;
  const direction = (change ?? changePercent ?? 0) > 0 ? 'up' : (change ?? changePercent ?? 0) < 0 ? 'down' : 'flat';
  return (
    <span class={`chip ${direction} ${redUp ? 'red-up' : 'green-up'}`} data-price={price}>
      {formatPrice(price, locale)}
      {changePercent !== undefined ? ` ${formatPercent(changePercent, locale)}` : ''}
    </span>
  );
}

export function SecurityRow(props: {
  security: Security;
  canReveal: boolean;
  onReveal: (id: string) => void;
  answer: QuoteAnswer | undefined;
  redUp: boolean;
}) {
  const { security, canReveal, onReveal } = props;
  return (
    <li data-security-id={security.id}>
      <button type="button" disabled={!canReveal} title={t('popupReveal')} onClick={() => onReveal(security.id)}>
        <span class="symbol">{security.symbol}</span>
        <span class="name">{displayName(security) ?? ''}</span>
        <PriceChip answer={props.answer} redUp={props.redUp} />
        <span class="meta">
          {marketLabel(security)} · {t('popupMentions', String(security.mentions.length))}
        </span>
      </button>
    </li>
  );
}
