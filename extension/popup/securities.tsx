/** The popup's securities: sorted by mentions, each with a price chip, a click away from its place in the page. */
import type { Published } from '../../src/quotes/history-types.ts';
import type { Security } from '../../src/types.ts';
import { formatPercent, formatPrice } from '../format.ts';
import { displayName, marketLabel, t, uiLocale } from '../i18n.ts';
import { callBackground } from '../messages.ts';
import { type QuoteAnswer, quoteTarget, type SinceAnswer } from '../quotes/answers.ts';

export type Prices = Record<string, QuoteAnswer>;
export type Sinces = Record<string, SinceAnswer>;

/** Securities measured since publication (an article's worth: a call each, and its benchmark's bars). */
const MAX_SINCE = 30;

/** Each security's change since the article was published (the background caches the bars). */
export async function fetchSince(securities: Security[], published: Published | undefined): Promise<Sinces> {
  if (!published) return {};
  const answers = await Promise.all(
    securities.slice(0, MAX_SINCE).map(async (s) => {
      const result = await callBackground('since', { target: quoteTarget(s), published });
      return [s.id, result.ok ? result.value : ({ kind: 'none', gap: 'fault' } as SinceAnswer)] as const;
    }),
  );
  return Object.fromEntries(answers);
}

/** The change since the article was published, beside the price ("since post −12.30%"). */
function SinceChip({ since, redUp }: { since: SinceAnswer | undefined; redUp: boolean }) {
  if (since?.kind !== 'since') return null;
  const direction = since.pct > 0 ? 'up' : since.pct < 0 ? 'down' : 'flat';
  return (
    <span
      class={`chip since ${direction} ${redUp ? 'red-up' : 'green-up'}`}
      data-pct={since.pct.toFixed(2)}
      data-baseline-date={since.baselineDate}
    >
      {t('sinceChip', formatPercent(since.pct, uiLocale()))}
    </span>
  );
}

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
  since?: SinceAnswer;
  redUp: boolean;
}) {
  const { security, canReveal, onReveal } = props;
  return (
    <li data-security-id={security.id}>
      <button type="button" disabled={!canReveal} title={t('popupReveal')} onClick={() => onReveal(security.id)}>
        <span class="symbol">{security.symbol}</span>
        <span class="name">{displayName(security) ?? ''}</span>
        <PriceChip answer={props.answer} redUp={props.redUp} />
        <SinceChip since={props.since} redUp={props.redUp} />
        <span class="meta">
          {marketLabel(security)} · {t('popupMentions', String(security.mentions.length))}
        </span>
      </button>
    </li>
  );
}
