import { type Figure, findFigures } from '../text/figures.ts';
import { splitSentences } from '../text/sentences.ts';
import type { Security } from '../types.ts';
import { type ClaimType, cueTypes } from './cues.ts';

export type { ClaimType } from './cues.ts';

/** A sentence that asserts something checkable. */
export interface Claim {
  start: number;
  end: number;
  text: string;
  /** One claim can have several types; figure first, then comparison, forecast, attribution. */
  types: ClaimType[];
  /** Check-worthiness, 0–1: figures weigh most, then comparisons, forecasts, attributions. */
  score: number;
  /** The sentence's figures (dates and years included, with kind `temporal`). */
  figures: Figure[];
  /** Ids of the securities the claim is about: named in the sentence, or carried over from the one before. */
  securities: string[];
}

/**
 * How much each type makes a sentence worth checking. A forecast is a claim about the future,
 * typed and shown, but it cannot be checked today: it weighs least.
 */
const WEIGHTS: Record<ClaimType, number> = { figure: 0.45, comparison: 0.25, attribution: 0.15, forecast: 0.1 };

/**
 * Whether a claim can be checked today: it has a figure, a comparison or an attribution. A forecast
 * alone is a claim (and is shown as one) but nothing can confirm it yet.
 */
export function isCheckWorthy(claim: Pick<Claim, 'types'>): boolean {
  return claim.types.some((t) => t !== 'forecast');
}

/**
 * Spelled-out amounts and proportions: "six million", "eighty million dollars", "thirty-five",
 * "two-thirds", "five times", "five cents", "a thousand", "tens of thousands", "half of".
 * "One" alone is left out: "one of them" states no amount.
 */
const CARDINALS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const NUMBER_WORDS = new RegExp(
  `\\b(?:(?:${CARDINALS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one|a few|several|tens of|hundreds of)\\s(?:hundred|thousand|million|billion|trillion)s?|(?:hundred|thousand|million|billion|trillion)s?|(?:one|two|three|four)-(?:thirds?|fourths?|quarters?|halves)|zero|half of|a dozen|dozens of)\\b`,
  'i',
);
/** Things that happened: a reported past event is checkable even without a number. */
const EVENT =
  /\b(?:voted|passed|signed|cut|raised|created|increased|decreased|doubled|tripled|lost|spent|went (?:up|down)|fell|rose|grew|declined|dropped|jumped|reached|hit|paid)\b|增长了|下降了|上涨了|下跌了|达到了|突破了|创下/i;

/**
 * A sentence that refers back to the security before it: a pronoun or "the company" first, or a
 * property of a company (its revenue, shares, results) with no subject of its own. Anything else
 * keeps no carried-over link: no link is better than a wrong one.
 */
const REFERS_BACK =
  /^(?:It|Its|The (?:company|firm|group|bank|stock|shares)|They|Their|He|She|该公司|该股|该集团|该行|这家公司|公司|其|它|他|她|营收|收入|净利|利润|股价|市值|业绩)/;

/** Finds the claims of `text`, linked to the securities `analyze()` found in it. */
export function findClaims(text: string, securities: readonly Security[]): Claim[] {
  const mentions = securities
    .flatMap((s) => s.mentions.map((m) => ({ start: m.start, end: m.end, id: s.id })))
    .sort((a, b) => a.start - b.start);
  const claims: Claim[] = [];
  let next = 0;
  // Mentions that reach into the current sentence (one may run on from the sentence before).
  let open: typeof mentions = [];
  let carried: string[] = [];
  let carriedFor = 0;
  let previousEnd = 0;
  for (const { start, end } of splitSentences(text)) {
    // A new paragraph starts afresh: nothing is carried over a line break.
    if (text.slice(previousEnd, start).includes('\n')) carried = [];
    previousEnd = end;
    const named: string[] = [];
    open = open.filter((m) => m.end > start);
    while (next < mentions.length && mentions[next].start < end) {
      const m = mentions[next++];
      if (m.end > start) open.push(m);
      if (m.start >= start && !named.includes(m.id)) named.push(m.id);
    }
    const sentence = text.slice(start, end);
    // A security's code (00700, 600519) is a name, not a figure.
    const figures = findFigures(text, start, end).filter((f) => !open.some((m) => f.start < m.end && m.start < f.end));
    const hasFigure = figures.some((f) => f.kind !== 'temporal') || NUMBER_WORDS.test(sentence);
    const types = cueTypes(sentence, hasFigure);
    if (hasFigure) types.unshift('figure');
    let about = named;
    if (named.length > 0) {
      carried = named;
      carriedFor = 0;
    } else if (carried.length > 0 && carriedFor++ < 2 && REFERS_BACK.test(sentence)) {
      about = carried;
    }
    if (types.length === 0 || isQuestion(sentence) || justFigures(sentence, figures, start)) continue;
    claims.push({
      start,
      end,
      text: sentence,
      types,
      score: score(sentence, types, figures, about),
      figures,
      securities: about,
    });
  }
  return claims;
}

/** A "sentence" that is only numbers (a table cell, `$0`): nothing is asserted about anything. */
function justFigures(sentence: string, figures: Figure[], offset: number): boolean {
  let rest = sentence;
  for (const f of [...figures].sort((a, b) => b.start - a.start))
    rest = rest.slice(0, f.start - offset) + rest.slice(f.end - offset);
  return (rest.match(/\p{L}/gu)?.length ?? 0) < 2;
}

function isQuestion(sentence: string): boolean {
  return /[?？][”"')）]*$/.test(sentence);
}

function score(sentence: string, types: ClaimType[], figures: Figure[], securities: string[]): number {
  let s = types.reduce((sum, t) => sum + WEIGHTS[t], 0);
  if (figures.some((f) => f.kind === 'money' || f.kind === 'percent')) s += 0.05;
  if (figures.some((f) => f.kind === 'temporal')) s += 0.1;
  if (EVENT.test(sentence)) s += 0.15;
  if (securities.length > 0) s += 0.1;
  if (sentence.replace(/\s/g, '').length < 8) s *= 0.5;
  return Math.round(Math.min(1, s) * 100) / 100;
}
