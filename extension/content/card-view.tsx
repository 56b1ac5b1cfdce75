/** What the hover card shows: the security, its quote (or the face of why there is none), a sparkline, links. */
import type { ComponentChildren } from 'preact';
import type { Minutes, Quote } from '../../src/quotes/types.ts';
import { securityLinks } from '../../src/securities/links.ts';
import type { Security } from '../../src/types.ts';
import { formatChange, formatCompact, formatMarketTime, formatPercent, formatPrice, formatRatio } from '../format.ts';
import { displayName, marketLabel, providerLabel, t, type UiLocale } from '../i18n.ts';
import type { QuoteAnswer, SinceAnswer } from '../quotes/answers.ts';
import { DelistedFace, FormerName } from './card-history.tsx';
import { SampleDataLabel } from './card-sample.tsx';
import { SinceRow } from './card-since.tsx';
import { LineChart } from './line-chart.tsx';

export interface CardModel {
  security: Security;
  /** The page behind the card is dark: the card is too. */
  dark: boolean;
  /** Undefined while the quote is on its way. */
  answer?: QuoteAnswer;
  minutes?: Minutes | null;
  /** The change since the article was published; undefined while on its way (or on a page with no date to measure from). */
  since?: SinceAnswer;
  redUp: boolean;
  /** The UI's locale (`uiLocale()`): every number and date of the card is written in it. */
  locale: UiLocale;
  /** The prices are sample data (the `sampleData` setting): the source line says so. */
  sampleData?: boolean;
  onAllow: () => void;
}

const LINK_LABELS = { xueqiu: 'cardOnXueqiu', eastmoney: 'cardOnEastmoney', yahoo: 'cardOnYahoo' } as const;
const STATE_LABELS: Record<Quote['state'], string> = {
  pre: 'cardStatePre',
  open: 'cardStateOpen',
  lunch: 'cardStateLunch',
  after: 'cardStateAfter',
  closed: 'cardStateClosed',
};

export function Card(model: CardModel) {
  const { security } = model;
  const name = displayName(security);
  const other = name === security.name.zh ? security.name.en : security.name.zh;
  return (
    <div
      class={`card ${model.redUp ? 'red-up' : 'green-up'}${model.dark ? ' dark' : ''}`}
      role="dialog"
      aria-label={`${security.symbol} ${name ?? ''}`.trim()}
      id="finlens-card-body"
      lang={model.locale}
    >
      <div class="head">
        <span class="symbol">{security.symbol}</span>
        <span class="market">{marketLabel(security)}</span>
      </div>
      {name ? <div class="name">{name}</div> : null}
      {other && other !== name ? <div class="other-name">{other}</div> : null}
      <FormerName security={security} />
      <div class="quote" aria-live="polite" aria-busy={model.answer === undefined}>
        <QuoteBody {...model} />
      </div>
      <div aria-live="polite">
        <SinceRow since={model.since} locale={model.locale} />
      </div>
      <div class="links">
        {securityLinks(security).map((link) => (
          <a key={link.site} href={link.url} target="_blank" rel="noopener noreferrer">
            {t(LINK_LABELS[link.site])}
          </a>
        ))}
      </div>
    </div>
  );
}

function QuoteBody(model: CardModel) {
  const { answer, security } = model;
  if (answer === undefined)
    return (
      <div class="face loading" data-face="loading">
        <span class="placeholder price-placeholder" />
        <span class="placeholder line-placeholder" />
        <span class="sr-only">{t('cardLoading')}</span>
      </div>
    );
  if (answer.kind === 'quote') return <QuoteView quote={answer.quote} {...model} />;
  if (answer.kind === 'unknown')
    return <Face face="unknown" text={t(security.market === 'CN' ? 'cardNoFundPrice' : 'cardUnknown')} />;
  if (answer.kind === 'unsupported') return <Face face="unsupported" text={t('cardNoMarket')} />;
  if (answer.kind === 'delisted') return <DelistedFace date={answer.date} />;
  const provider = answer.provider ? providerLabel(answer.provider) : '';
  switch (answer.fault) {
    case 'offline':
      return <Face face="offline" text={t('cardOffline')} />;
    case 'rate-limited':
      return <Face face="rate-limited" text={t('cardRateLimited', provider)} />;
    case 'permission':
      return (
        <Face face="permission" text={t('cardPermission', provider)}>
          <button type="button" class="allow" onClick={model.onAllow}>
            {t('cardAllow')}
          </button>
        </Face>
      );
    case 'timeout':
      return <Face face="error" text={t('cardTimeout', provider)} />;
    default:
      return <Face face="error" text={provider ? t('cardProviderError', provider) : t('cardUnavailable')} />;
  }
}

function Face(props: { face: string; text: string; children?: ComponentChildren }) {
  return (
    <div class={`face ${props.face}`} data-face={props.face}>
      <p>{props.text}</p>
      {props.children}
    </div>
  );
}

function QuoteView({ quote, minutes, locale, sampleData }: CardModel & { quote: Quote }) {
  const direction = (quote.change ?? 0) > 0 ? 'up' : (quote.change ?? 0) < 0 ? 'down' : 'flat';
  const facts: [string, string][] = [];
  if (quote.low !== undefined && quote.high !== undefined)
    facts.push([t('cardDayRange'), `${formatPrice(quote.low, locale)} – ${formatPrice(quote.high, locale)}`]);
  if (quote.open !== undefined) facts.push([t('cardOpen'), formatPrice(quote.open, locale)]);
  if (quote.previousClose !== undefined) facts.push([t('cardPreviousClose'), formatPrice(quote.previousClose, locale)]);
  if (quote.volume !== undefined) facts.push([t('cardVolume'), formatCompact(quote.volume, locale)]);
  if (quote.marketCap !== undefined) facts.push([t('cardMarketCap'), formatCompact(quote.marketCap, locale)]);
  if (quote.pe !== undefined) facts.push([t('cardPe'), formatRatio(quote.pe, locale)]);
  const notes = [quote.halted ? t('cardHalted') : t(STATE_LABELS[quote.state])];
  if (quote.time !== undefined) notes.push(formatMarketTime(quote.time, quote.timeZone, locale));
  if (quote.delayed) notes.push(t('cardDelayed'));
  if (quote.estimate) notes.push(t('cardEstimate'));
  return (
    <div class="face quoted" data-face="quote" data-direction={direction}>
      <div class="price-row">
        <span class="price" data-price={quote.price}>
          {formatPrice(quote.price, locale)}
        </span>
        {quote.currency ? <span class="currency">{quote.currency}</span> : null}
        {quote.change !== undefined ? (
          <span class={`change ${direction}`}>
            {formatChange(quote.change, quote.price, locale)}
            {quote.changePercent !== undefined ? ` (${formatPercent(quote.changePercent, locale)})` : ''}
          </span>
        ) : null}
      </div>
      <div class="state" data-state={quote.halted ? 'halted' : quote.state}>
        {notes.join(' · ')}
      </div>
      {minutes && minutes.points.length > 1 ? (
        <Sparkline minutes={minutes} baseline={minutes.previousClose ?? quote.previousClose} />
      ) : (
        <div class="spark-space" />
      )}
      {facts.length > 0 ? (
        <dl class="facts">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <div class="source">
        {t('cardSource', providerLabel(quote.provider))}
        <SampleDataLabel on={sampleData} />
      </div>
    </div>
  );
}

const SPARK_W = 240;
const SPARK_H = 40;

/** The day's prices as a line, the previous close as a dashed baseline; coloured by where it ends against that baseline. */
function Sparkline({ minutes, baseline }: { minutes: Minutes; baseline?: number }) {
  const prices = minutes.points.map((p) => p.price);
  return (
    <LineChart
      values={prices}
      baseline={baseline}
      width={SPARK_W}
      height={SPARK_H}
      name="spark"
      label={t('cardIntraday')}
    />
  );
}
