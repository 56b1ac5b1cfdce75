/**
 * Finds the price moves an analysis's claims state: a security, a direction, a size (or a board
 * limit, or a record high), the session words and the basis. Pure and cheap; the bars come later.
 */
import type { Figure } from '../text/figures.ts';
import { foldTraditional } from '../text/fold.ts';
import type { Analysis } from '../types.ts';
import { isForecast } from './forecast-cues.ts';
import { boardLimit, type IdMention, mainSecurity, type SubjectContext, subjectOf } from './price-move-subject.ts';
import type { MoveBasis, PriceMove, SessionRef, StatedMove } from './price-move-types.ts';
import {
  basisOf,
  CLOSING,
  CONDITIONAL,
  DENIED,
  DIRECTION,
  directionOf,
  ENGLISH_PAST,
  INTRADAY,
  NOT_A_MOVE_AFTER,
  NOT_A_MOVE_BEFORE,
  otherTimeWords,
  RECORD_CLOSE,
  RECORD_HIGH,
  recordScope,
  sessionWords,
} from './price-move-words.ts';

/** Clause breaks inside a claim: `，；。！` and `, ;` before a space (not the comma of "Oct. 14, 2023"). */
const CLAUSE_BREAK = /[，；。！!？?]|[,;](?=\s(?!\d{4}\b))/g;
const HAN = /\p{Script=Han}/u;
/** `DIRECTION` without its global state, for a yes/no test. */
const ANY_DIRECTION = new RegExp(DIRECTION.source, 'i');
/** A near bound says "close to", not merely "below". */
const NEAR = /^(?:将近|接近|近|nearly|almost|close to|shy of)/i;
/** "rose as much as 8%": the session's extreme, an intraday move of that size. */
const AS_MUCH_AS = /^(?:as much as|up to|as high as)/i;

/** The price moves stated by an analysis's claims, in claim order (a claim may state several). */
export function findPriceMoves(analysis: Analysis): PriceMove[] {
  const text = analysis?.article?.text;
  if (typeof text !== 'string' || !Array.isArray(analysis.claims)) return [];
  const folded = foldTraditional(text);
  const securities = new Map(analysis.securities.map((s) => [s.id, s]));
  const mentions: IdMention[] = analysis.securities
    .flatMap((s) => s.mentions.map((m) => ({ start: m.start, end: m.end, id: s.id })))
    .sort((a, b) => a.start - b.start);
  const main = mainSecurity(analysis.securities);
  const allSecurities = analysis.securities.map((s) => s.id);
  const moves: PriceMove[] = [];
  analysis.claims.forEach((claim, index) => {
    const ctx: SubjectContext = {
      folded,
      mentions,
      claimSecurities: claim.securities,
      main,
      allSecurities,
      backTo: claim.start,
    };
    const sentence = folded.slice(claim.sentence.start, claim.sentence.end);
    const claimText = folded.slice(claim.start, claim.end);
    // The words before the claim's first move set the basis of all its moves: 美股开盘，道指跌0.25%，纳指涨0.14%.
    const lead = claimText.slice(0, claimText.search(ANY_DIRECTION) >>> 0);
    for (const [start, end] of clausesOf(folded, claim.start, claim.end)) {
      const clause: Clause = {
        start,
        end,
        index,
        figures: claim.figures,
        sentence,
        claimText,
        lead,
      };
      for (const move of movesIn(ctx, clause)) {
        if (move.id && move.basis === 'limit') {
          const named = mentions.filter((m) => m.id === move.id && m.start < end && m.end > claim.start);
          move.limit = boardLimit(securities.get(move.id), named.map((m) => text.slice(m.start, m.end)).join(' '));
        }
        moves.push(move);
      }
    }
  });
  return moves;
}

interface Clause {
  start: number;
  end: number;
  index: number;
  figures: readonly Figure[];
  sentence: string;
  claimText: string;
  lead: string;
}

/** The clauses of `text[start, end)` as ranges. */
function clausesOf(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (const m of text.slice(start, end).matchAll(CLAUSE_BREAK)) {
    const at = start + m.index;
    if (at > from) out.push([from, at]);
    from = at + 1;
  }
  if (from < end) out.push([from, end]);
  return out;
}

/** The moves of one clause: each direction word with its size, and a record high. */
function movesIn(ctx: SubjectContext, clause: Clause): PriceMove[] {
  const words = ctx.folded.slice(clause.start, clause.end);
  if (isForecast(words) || CONDITIONAL.test(words)) return [];
  const percents = clause.figures.filter(
    (f) =>
      f.kind === 'percent' &&
      f.unit === '%' &&
      !f.forecast &&
      f.high === undefined &&
      f.start >= clause.start &&
      f.end <= clause.end,
  );
  const used = new Set<Figure>();
  const moves: PriceMove[] = [];
  let windowStart = clause.start;
  for (const m of words.matchAll(DIRECTION)) {
    const verb = clause.start + m.index;
    const verbEnd = verb + m[0].length;
    if (verb < windowStart) continue;
    const before = ctx.folded.slice(Math.max(clause.start, verb - 4), verb);
    const after = ctx.folded.slice(verbEnd, verbEnd + 4);
    if (HAN.test(m[0]) && (NOT_A_MOVE_BEFORE.test(before) || NOT_A_MOVE_AFTER.test(after))) continue;
    if (!HAN.test(m[0]) && DENIED.test(ctx.folded.slice(Math.max(clause.start, verb - 16), verb))) continue;
    const limit = /涨停|跌停|limit/i.test(m[0]);
    const figure = limit ? undefined : sizeOf(ctx.folded, percents, used, m[0], verb, verbEnd);
    if (!limit && !figure) continue;
    if (figure) used.add(figure);
    const end = Math.max(verbEnd, figure?.end ?? 0);
    const move = moveOf(
      ctx,
      clause,
      windowStart,
      verb,
      Math.min(verb, figure?.start ?? verb),
      end,
      limit,
      m[0],
      figure,
    );
    windowStart = end;
    if (move) {
      moves.push(move);
      ctx.backTo = end;
    }
  }
  const record = RECORD_HIGH.exec(words);
  if (record) {
    const at = clause.start + record.index;
    const move = moveOf(ctx, clause, clause.start, at, at, at + record[0].length, false, '', undefined);
    if (move) moves.push(move);
  }
  return moves;
}

/** The percentage a direction word states: the next one close after it, or one just before "higher"/"lower". */
function sizeOf(
  folded: string,
  percents: readonly Figure[],
  used: Set<Figure>,
  word: string,
  verb: number,
  verbEnd: number,
): Figure | undefined {
  if (/^(?:higher|lower)$/i.test(word)) {
    return percents.find((f) => !used.has(f) && f.end <= verb && verb - f.end <= 2);
  }
  const reach = HAN.test(word) ? 8 : 30;
  return percents.find((f) => {
    if (used.has(f) || f.start < verbEnd || f.start - verbEnd > reach) return false;
    return !ANY_DIRECTION.test(folded.slice(verbEnd, f.start));
  });
}

/** One move: its subject, stated size, basis and session words; undefined when it is no price move. */
function moveOf(
  ctx: SubjectContext,
  clause: Clause,
  windowStart: number,
  verb: number,
  from: number,
  end: number,
  limit: boolean,
  word: string,
  figure: Figure | undefined,
): PriceMove | undefined {
  const subject = subjectOf(ctx, clause.start, clause.end, windowStart, from);
  if (!subject) return undefined;
  const span = ctx.folded.slice(windowStart, end);
  const recordHigh = !limit && !figure;
  let basis: MoveBasis = recordHigh ? 'record-high' : basisOf(span, limit);
  if (basis === 'close' && !CLOSING.test(span)) basis = basisOf(clause.lead, false);
  const stated: StatedMove = { direction: recordHigh ? 'up' : directionOf(word) };
  if (figure) {
    stated.pct = Math.abs(figure.value);
    stated.decimals = decimalsOf(figure.text);
    if (figure.bound && AS_MUCH_AS.test(figure.text)) basis = 'intraday';
    else if (figure.bound) {
      stated.bound = figure.bound;
      if (figure.bound === 'max' && NEAR.test(figure.text)) stated.near = true;
    }
    if (figure.approx) stated.approx = true;
  }
  const move: PriceMove = {
    claim: clause.index,
    start:
      ctx.mentions.find((m) => m.start >= windowStart && m.start < verb)?.start ?? skipSpace(ctx.folded, windowStart),
    end,
    stated,
    session: sessionOf(ctx.folded.slice(clause.start, clause.end), clause),
    basis,
  };
  if ('id' in subject) move.id = subject.id;
  else move.candidates = subject.candidates;
  if (limit && INTRADAY.test(span)) move.intraday = true;
  if (recordHigh) {
    move.scope = recordScope(span);
    if (RECORD_CLOSE.test(span)) move.closeRecord = true;
  }
  if (CLOSING.test(span) || CLOSING.test(ctx.folded.slice(clause.start, clause.end))) move.closing = true;
  return move;
}

/**
 * The session words of a move: its clause's, else its claim's, else its sentence's; time words we
 * do not resolve in the clause or its claim (本月, since March) make it `other` there; with none,
 * `implied` (past when it says the session closed or is in the English past tense).
 */
function sessionOf(words: string, clause: Clause): SessionRef {
  for (const text of [words, clause.claimText, clause.sentence]) {
    const found = sessionWords(text);
    if (found) return found;
    // The sentence's other clauses may name another span (今年以来…，本月…): only the clause and its claim speak for it.
    const other = text === clause.sentence ? undefined : otherTimeWords(text);
    if (other) return { kind: 'other', words: other };
  }
  return { kind: 'implied', past: CLOSING.test(words) || ENGLISH_PAST.test(words) };
}

/** The first position at or after `at` that is not a space or a joining word ("and"). */
function skipSpace(text: string, at: number): number {
  return at + (/^(?:\s|and\s|while\s|but\s)*/i.exec(text.slice(at, at + 12))?.[0].length ?? 0);
}

/** Decimal places of the number in a figure's text (`超过3.75%` → 2). */
function decimalsOf(text: string): number {
  return /\d+\.(\d+)/.exec(text)?.[1].length ?? 0;
}
