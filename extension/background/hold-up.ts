/**
 * "Did the article hold up?", in the background: a security's price since the article appeared
 * against its benchmark (the card's row, the popup's chips), and the article's price-move claims
 * checked against the daily record. Only codes and dates leave the browser (the history and quote
 * services); the article's text never does.
 */
import { checkPriceMoves, historyNeeded } from '../../src/claims/price-check.ts';
import type { PriceCheck, PriceMove } from '../../src/claims/price-move-types.ts';
import { benchmarkFor } from '../../src/quotes/benchmarks.ts';
import type { DailyBars, Published } from '../../src/quotes/history-types.ts';
import { addDays, dateIn } from '../../src/quotes/sessions.ts';
import { historyFrom, sincePublication } from '../../src/quotes/since.ts';
import { MARKET_ZONES, type QuoteTarget } from '../../src/quotes/types.ts';
import type { Security } from '../../src/types.ts';
import type { SinceAnswer, TimedAnswer } from '../quotes/answers.ts';
import type { HistoryAnswer } from '../quotes/history-service.ts';
import { loadSettings } from '../settings.ts';
import { historyService } from './history.ts';
import { checkedTargets, quoteService } from './quotes.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A record whose last closed session is this recent (calendar days) is current: its sessions can be counted. */
const CURRENT_DAYS = 7;
/** Price-move claims checked per call (an article's worth; more are left unchecked). */
const MAX_MOVES = 200;

/** A publication as a content script sends it, checked field by field; undefined when it is not one. */
export function checkedPublished(raw: unknown): Published | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { instant, date, zone, source } = raw as Record<string, unknown>;
  if (typeof date !== 'string' || !DATE.test(date)) return undefined;
  if (source !== 'meta' && source !== 'json-ld' && source !== 'time' && source !== 'text') return undefined;
  const published: Published = { date, source };
  if (typeof instant === 'string' && Number.isFinite(Date.parse(instant))) published.instant = instant;
  if (typeof zone === 'string' && zone.length < 64) published.zone = zone;
  return published;
}

const barsOf = (answer: HistoryAnswer | undefined): DailyBars | undefined =>
  answer?.kind === 'bars' ? answer.bars : undefined;

/** The price of a security now, from the quote service's answers; undefined without a quote. */
function priceNow(answers: Record<string, TimedAnswer>, id: string) {
  const answer = answers[id]?.answer;
  return answer?.kind === 'quote' ? { price: answer.quote.price, time: answer.quote.time } : undefined;
}

/** What a security's change since publication is measured with. */
interface Parts {
  bars: DailyBars;
  benchmarkBars?: DailyBars;
  quotes: Record<string, TimedAnswer>;
}

/**
 * The parts from what the services already hold, asking no provider (the card's prefetch); undefined
 * when any of them is not held.
 */
async function heldParts(
  target: QuoteTarget,
  benchmark: QuoteTarget | undefined,
  from: string,
): Promise<Parts | undefined> {
  const [bars, benchmarkBars] = await Promise.all([
    historyService.held(target, from),
    benchmark ? historyService.held(benchmark, from) : undefined,
  ]);
  await quoteService.cache.ready();
  const quote = quoteService.cache.get(target.id);
  const benchQuote = benchmark && quoteService.cache.get(benchmark.id);
  if (!bars || !quote || (benchmark && (!benchmarkBars || !benchQuote))) return undefined;
  const quotes: Record<string, TimedAnswer> = { [target.id]: quote };
  if (benchmark && benchQuote) quotes[benchmark.id] = benchQuote;
  return { bars, benchmarkBars, quotes };
}

/** The parts from the services, asking the providers what they do not hold; or why there are none. */
async function fetchedParts(
  target: QuoteTarget,
  benchmark: QuoteTarget | undefined,
  from: string,
): Promise<Parts | SinceAnswer> {
  const [own, bench, quotes] = await Promise.all([
    historyService.history(target, from),
    benchmark ? historyService.history(benchmark, from) : undefined,
    quoteService.quotes(benchmark ? [target, benchmark] : [target]),
  ]);
  if (own.kind === 'off') return { kind: 'none', gap: 'off' };
  if (own.kind === 'error') return { kind: 'none', gap: 'fault', fault: own.fault };
  if (own.kind !== 'bars') return { kind: 'none', gap: 'no-history' };
  return { bars: own.bars, benchmarkBars: bench?.kind === 'bars' ? bench.bars : undefined, quotes };
}

/**
 * The card's and the popup's "since this post" for one security. `held`: from what is held only,
 * asking no provider (the card asks so while the pointer rests, before it opens); `unheld` when
 * something is not.
 */
export async function sinceCall(args: {
  target: QuoteTarget;
  published: unknown;
  held?: boolean;
}): Promise<SinceAnswer> {
  const [target] = checkedTargets([args?.target]);
  const published = checkedPublished(args?.published);
  if (!target) return { kind: 'none', gap: 'no-history' };
  const from = published && historyFrom(published);
  if (!published || !from) return { kind: 'none', gap: 'no-date' };
  if ((published.instant ?? published.date) > new Date(Date.now() + 86_400_000).toISOString())
    return { kind: 'none', gap: 'future' };
  const benchmark = benchmarkFor(target);
  const unheld: SinceAnswer = { kind: 'none', gap: 'unheld' };
  const parts = args.held
    ? ((await heldParts(target, benchmark, from)) ?? unheld)
    : await fetchedParts(target, benchmark, from);
  if ('kind' in parts) return parts;
  const { bars, benchmarkBars, quotes } = parts;
  // Now is the live quote; without one, the last close the record holds.
  const last = bars.bars[bars.bars.length - 1];
  const now = priceNow(quotes, target.id) ?? (last ? { price: last.close } : undefined);
  if (!now) return { kind: 'none', gap: 'no-history' };
  const result = sincePublication({
    bars,
    benchmarkBars,
    market: target.market,
    published,
    now,
    benchmarkNow: benchmark && priceNow(quotes, benchmark.id),
  });
  if (result.kind !== 'since') return { kind: 'none', gap: result.reason };
  // Sessions since publication, where the record is current (a stale one would undercount).
  const zone = MARKET_ZONES[target.market];
  const current = last !== undefined && last.date >= addDays(dateIn(Date.now(), zone), -CURRENT_DAYS);
  if (!current) return result;
  return { ...result, sessions: bars.bars.filter((b) => b.date > result.baselineDate).length };
}

/** The securities a check needs of a content script's list: codes, names and markets, nothing of the page. */
function checkedSecurities(raw: unknown): Security[] {
  const targets = checkedTargets(raw);
  const byId = new Map((Array.isArray(raw) ? raw : []).map((s) => [s?.id, s]));
  return targets.map((t) => {
    const name = (byId.get(t.id) as { name?: { zh?: unknown; en?: unknown } } | undefined)?.name;
    return {
      ...t,
      name: {
        ...(typeof name?.zh === 'string' ? { zh: name.zh } : {}),
        ...(typeof name?.en === 'string' ? { en: name.en } : {}),
      },
      mentions: [],
    };
  });
}

/** An article's price-move claims checked against the daily record: `[claim index, check]` pairs. */
export async function checkPricesCall(args: {
  moves: PriceMove[];
  published: unknown;
  securities: unknown;
}): Promise<[number, PriceCheck][]> {
  const moves = Array.isArray(args?.moves) ? args.moves.slice(0, MAX_MOVES) : [];
  // History lookups off: no claim is checked (and none is called unverifiable for it).
  if (moves.length === 0 || !(await loadSettings()).history) return [];
  const published = checkedPublished(args.published);
  const securities = checkedSecurities(args.securities);
  const barsById = new Map<string, DailyBars>();
  await Promise.all(
    historyNeeded(moves, published).map(async (need) => {
      const target = securities.find((s) => s.id === need.id);
      if (!target) return;
      const bars = barsOf(await historyService.history(target, need.from, need.adjust));
      if (bars) barsById.set(need.id, bars);
    }),
  );
  return [...checkPriceMoves(moves, published, barsById, securities)];
}
