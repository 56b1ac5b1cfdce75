import { type Figure, findFigures } from '../text/figures.ts';
import { splitSentences } from '../text/sentences.ts';
import type { Security } from '../types.ts';
import { CHECK_WORTHY, type CueSignals, checkWorthiness } from './checkworthy.ts';
import { clauseKinds, clauseParts, markForecasts } from './clauses.ts';
import { type ClaimType, cueSignals } from './cues.ts';
import { isPageFurniture } from './furniture.ts';
import type { PriceCheck } from './price-move-types.ts';

export type { ClaimType } from './cues.ts';

/**
 * A sentence, or the part of one, that asserts something checkable. A long sentence that reports a
 * fact and then a forecast (`营收达61亿元，同比增长16.5%，管理层预计四季度营收可达64亿元`) makes two
 * claims, each with its own types, figures and securities (`clauses.ts`).
 */
export interface Claim {
  start: number;
  end: number;
  text: string;
  /** The sentence the claim belongs to; its `text` is given only when the claim is a part of it. */
  sentence: { start: number; end: number; text?: string };
  /**
   * One claim can have several types; figure first, then comparison, forecast, attribution. `fact`
   * stands alone: a statement worth checking with none of the others ("He vetoed the bill.").
   */
  types: ClaimType[];
  /**
   * Check-worthiness, 0–1. English: the learned model's probability (`checkworthy.ts`); Chinese:
   * the cues' weights (figures most, then comparisons, facts, attributions, forecasts).
   */
  score: number;
  /** The claim's figures (dates and years included, with kind `temporal`); a forecast's are marked `forecast`. */
  figures: Figure[];
  /** Ids of the securities the claim is about: named in it, else in its sentence, else carried over from the one before. */
  securities: string[];
  /** A price move it states, checked against the daily record (`price-check.ts`); set by the caller once bars are read. */
  priceCheck?: PriceCheck;
}

/**
 * How much each type makes a sentence worth checking. A forecast is a claim about the future,
 * typed and shown, but it cannot be checked today: it weighs least.
 */
const WEIGHTS: Record<ClaimType, number> = {
  figure: 0.45,
  comparison: 0.25,
  fact: 0.2,
  attribution: 0.15,
  forecast: 0.1,
};
/**
 * Opinions, wishes and what could be: the English model's strongest signs against a claim (I'm,
 * can, have to, need, want, if) are the speaker's, not the world's. They lower a Chinese score too.
 */
const OPINION = /我(?:们)?(?:认为|觉得|相信|希望|想)|应该|应当|需要|必须|希望|如果|可以|能否|是否/;

/**
 * Whether a claim can be checked today: it has a figure, a comparison or an attribution. A forecast
 * alone is a claim (and is shown as one) but nothing can confirm it yet.
 */
export function isCheckWorthy(claim: Pick<Claim, 'types'>): boolean {
  return claim.types.some((t) => t !== 'forecast');
}

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
    const named: { id: string; start: number }[] = [];
    open = open.filter((m) => m.end > start);
    while (next < mentions.length && mentions[next].start < end) {
      const m = mentions[next++];
      if (m.end > start) open.push(m);
      if (m.start >= start) named.push(m);
    }
    const sentence = text.slice(start, end);
    // A security's code (00700, 600519) is a name, not a figure.
    const figures = findFigures(text, start, end).filter((f) => !open.some((m) => f.start < m.end && m.start < f.end));
    let about = unique(named);
    if (about.length > 0) {
      carried = about;
      carriedFor = 0;
    } else if (carried.length > 0 && carriedFor++ < 2 && REFERS_BACK.test(sentence)) {
      about = carried;
    }
    claims.push(...claimsOf(text, { start, end }, figures, named, about));
  }
  return claims;
}

const HAN = /\p{Script=Han}/u;

/**
 * The claims of one sentence, given its figures, the mentions in it and the securities it is
 * about: none, the sentence, or its parts (`clauseParts`) that have a cue of their own.
 */
function claimsOf(
  text: string,
  { start, end }: { start: number; end: number },
  figures: Figure[],
  named: readonly { id: string; start: number }[],
  about: string[],
): Claim[] {
  const sentence = text.slice(start, end);
  if (isQuestion(sentence) || isPageFurniture(text, start, end, figures)) return [];
  const english = !HAN.test(sentence);
  const signals = cueSignals(sentence, figures);
  // English: the learned model decides; Chinese: the typed cues and past events do.
  if (!english && signals.types.length === 0 && !signals.event) return [];
  const sentenceWorth = english ? checkWorthiness(sentence, signals) : 0;
  if ((english && sentenceWorth < CHECK_WORTHY) || justFigures(sentence, figures, start)) return [];
  const split = clauseParts(text, start, end, figures);
  const parts = split ?? [{ start, end, forecast: signals.types.includes('forecast') }];
  // A forecast's amounts are what is expected; its dates only say when. Chinese marks them clause
  // by clause (营收61亿元，预计明年增长5%: only 5%), English by part.
  markForecasts(text, english ? parts : clauseKinds(text, start, end, figures), figures);
  const claims: Claim[] = [];
  for (const part of parts) {
    const partText = split ? text.slice(part.start, part.end) : sentence;
    const partFigures = split ? figures.filter((f) => f.start >= part.start && f.end <= part.end) : figures;
    const cues = split ? cueSignals(partText, partFigures) : signals;
    // A part with no cue of its own is a claim only as the whole sentence ("He vetoed the bill.").
    if (cues.types.length === 0 && split) continue;
    const types: ClaimType[] = cues.types.length > 0 ? [...cues.types] : ['fact'];
    const own = unique(named.filter((m) => m.start >= part.start && m.start < part.end));
    const securities = own.length > 0 ? own : about;
    const worth = english && split ? checkWorthiness(partText, cues) : sentenceWorth;
    claims.push({
      start: part.start,
      end: part.end,
      text: partText,
      sentence: split ? { start, end, text: sentence } : { start, end },
      types,
      score: english ? Math.round(worth * 100) / 100 : score(partText, types, cues, securities),
      figures: partFigures,
      securities,
    });
  }
  return claims;
}

/** The ids of mentions, each once, in order. */
function unique(mentions: readonly { id: string }[]): string[] {
  return [...new Set(mentions.map((m) => m.id))];
}

/** A "sentence" that is only numbers (a table cell, `$0`): nothing is asserted about anything. */
function justFigures(sentence: string, figures: Figure[], offset: number): boolean {
  // Figures are in text order and apart: count letters between them, up to two.
  let letters = 0;
  let at = 0;
  for (const f of [...figures, { start: offset + sentence.length, end: offset + sentence.length }]) {
    for (const c of sentence.slice(at, f.start - offset)) if (LETTER.test(c) && ++letters >= 2) return false;
    at = Math.max(at, f.end - offset);
  }
  return true;
}
const LETTER = /\p{L}/u;

function isQuestion(sentence: string): boolean {
  return /[?？][”"')）]*$/.test(sentence);
}

/** A Chinese claim's score, from its types and the signals `cueSignals` found in the same text and figures. */
function score(sentence: string, types: ClaimType[], cues: CueSignals, securities: string[]): number {
  let s = types.reduce((sum, t) => sum + WEIGHTS[t], 0);
  if (cues.moneyOrPercent) s += 0.05;
  if (cues.temporal) s += 0.1;
  if (cues.event) s += 0.15;
  if (securities.length > 0) s += 0.1;
  if (OPINION.test(sentence)) s -= 0.15;
  if (sentence.replace(/\s/g, '').length < 8) s *= 0.5;
  return Math.round(Math.max(0, Math.min(1, s)) * 100) / 100;
}
