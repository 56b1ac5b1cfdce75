/**
 * The card's "since this post" row: the security's change from the close before the article
 * appeared to now, its benchmark's over the same span, and a small line of the daily closes; or, in
 * one short line, why there is none (no date, dated ahead, history off, no record, a fault).
 */
import { BENCHMARKS } from '../../src/quotes/benchmarks.ts';
import { formatDay, formatPercent } from '../format.ts';
import { t, type UiLocale } from '../i18n.ts';
import type { SinceAnswer, SinceGap } from '../quotes/answers.ts';
import { LineChart } from './line-chart.tsx';

const BENCHMARK_KEYS: Record<string, string> = {
  [BENCHMARKS.nasdaqComposite.id]: 'benchmarkNasdaq',
  [BENCHMARKS.sp500.id]: 'benchmarkSp500',
  [BENCHMARKS.csi300.id]: 'benchmarkCsi300',
  [BENCHMARKS.hangSeng.id]: 'benchmarkHangSeng',
  [BENCHMARKS.taiex.id]: 'benchmarkTaiex',
};

const GAP_KEYS: Record<Exclude<SinceGap, 'unheld'>, string> = {
  'no-date': 'sinceNoDate',
  future: 'sinceFuture',
  off: 'sinceOff',
  'no-history': 'sinceNoHistory',
  'before-history': 'sinceBeforeHistory',
  fault: 'sinceFault',
};

/** A benchmark's name as the UI writes it ("Nasdaq", "纳斯达克"). */
export const benchmarkName = (id: string): string => t(BENCHMARK_KEYS[id] ?? id);

const direction = (pct: number) => (pct > 0 ? 'up' : pct < 0 ? 'down' : 'flat');

/** Percent for the row's data attributes: two decimals (the contract the tests and tools read). */
const dataPct = (pct: number) => pct.toFixed(2);

export function SinceRow({ since, locale }: { since: SinceAnswer | undefined; locale: UiLocale }) {
  if (since === undefined) return null;
  if (since.kind === 'none')
    return since.gap === 'unheld' ? null : (
      <div class="since-gap" data-gap={since.gap}>
        {t(GAP_KEYS[since.gap])}
      </div>
    );
  const { benchmark } = since;
  return (
    <div
      class="since"
      data-row="since-publication"
      data-baseline-date={since.baselineDate}
      data-pct={dataPct(since.pct)}
      data-benchmark={benchmark?.id}
      data-benchmark-pct={benchmark ? dataPct(benchmark.pct) : undefined}
    >
      <span class="since-label">{t('sinceLabel', formatDay(since.baselineDate, locale))}</span>{' '}
      <span class={`change ${direction(since.pct)}`}>{formatPercent(since.pct, locale)}</span>
      {benchmark ? (
        <>
          {' · '}
          <span class="since-benchmark">{benchmarkName(benchmark.id)}</span>{' '}
          <span class={`change ${direction(benchmark.pct)}`}>{formatPercent(benchmark.pct, locale)}</span>
        </>
      ) : null}
      <CloseLine closes={since.closes} />
    </div>
  );
}

const LINE_W = 240;
const LINE_H = 22;

/** The daily closes from the baseline to now, the baseline dashed; coloured by where it ends. */
function CloseLine({ closes }: { closes: number[] }) {
  if (closes.length < 2) return null;
  return (
    <LineChart
      values={closes}
      baseline={closes[0]}
      width={LINE_W}
      height={LINE_H}
      name="since-line"
      label={t('sinceLine')}
    />
  );
}
