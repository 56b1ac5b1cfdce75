import type { Figure } from '../text/figures.ts';
import { isBaseline, isForecast } from './forecast-cues.ts';

/** A part of a sentence: its range, and whether it looks ahead (a forecast) or reports. */
export interface ClausePart {
  start: number;
  end: number;
  forecast: boolean;
}

/** Past and present facts: what a report states, which ends a forecast run. */
const REPORTED =
  /实现|录得|(?<!可|将|或|有望)达(?!产|标)|已|了|曾|(?<![较比于])(?:去年|上年)|报告期|\b(?:was|were|is|are|had|has|did|reported|posted|came in|totall?ed|ended|last (?:year|quarter|month|week)|said|says|announced|\w{3,}ed)\b/i;
/** A lead-in that introduces what follows: "分析师表示，" "He said:". It belongs to the next part. */
const LEAD_IN =
  /(?:表示|称|指出|认为|预计|预期|预测|强调|透露|坦言|显示|来看|而言|方面|其中|此外|同时|不过|但是|然而|\b(?:said|says|added|noted|according to|however|meanwhile|but|and|while|although))$/i;
/** Sentences shorter than this stay whole, unless each part has MIN_PART_HAN Han characters. */
const LONG_HAN = 24;
const MIN_PART_HAN = 8;
const LONG_LATIN = 70;
const OPEN = new Set('(（[【「『《“‘');
const CLOSE = new Set(')）]】」』》”’');
const BREAK = /[，；：]|[,;:]\s/;
/** What the clause scan looks at: brackets, quotes and breaks. */
const MARKS = /[(（[【「『《“‘)）\]】」』》”’"，；：,;:]/g;
const HAN = /\p{Script=Han}/gu;

/**
 * Splits the sentence `text[start, end)` into the parts a fact-checker would take apart: its
 * clauses (`clauseKinds`), neighbours of one kind, reported or forecast, together. A part ends where
 * the sentence turns from what happened to what is expected, or back. Short sentences (under 24
 * Han characters, or 70 Latin ones) are one part, unless each part has 8 Han characters of its own:
 * undefined, as for any sentence that is not split.
 */
export function clauseParts(
  text: string,
  start: number,
  end: number,
  figures: readonly Figure[] = [],
): ClausePart[] | undefined {
  if (end - start < LONG_HAN) return undefined;
  const sentence = text.slice(start, end);
  if (!BREAK.test(sentence)) return undefined;
  const han = (sentence.match(HAN) ?? []).length;
  const short = han >= 8 ? han < LONG_HAN : sentence.length < LONG_LATIN;
  if (short && han < 2 * MIN_PART_HAN) return undefined;
  const parts: ClausePart[] = [];
  for (const c of clauseKinds(text, start, end, figures)) {
    const last = parts[parts.length - 1];
    if (last && last.forecast === c.forecast) last.end = c.end;
    else parts.push({ ...c });
  }
  if (parts.length < 2) return undefined;
  // A short sentence is split only where each part is a sentence of its own (台积电第三季营收年增36%).
  if (short && parts.some((p) => (text.slice(p.start, p.end).match(HAN) ?? []).length < MIN_PART_HAN)) return undefined;
  return parts;
}

/**
 * The clauses of the sentence `text[start, end)`, each reported or forecast. It splits at `，；：`
 * and at `, ; :` followed by a space, outside brackets and quotes, where both sides stand alone (a
 * clause of at least 3 words, or of 3 Han characters and numbers; a shorter one, or an opening
 * lead-in such as "分析师表示", joins the clause after it). A clause is a forecast (`isForecast`),
 * reported (`REPORTED`), or takes the kind of the one before it: 同比增长5% after a forecast is
 * one. Clauses before the first that has a sign take its kind, except one that states an amount
 * before a forecast: 台积电第三季营收年增36%，法人预估第四季… reports, then looks ahead.
 */
export function clauseKinds(text: string, start: number, end: number, figures: readonly Figure[] = []): ClausePart[] {
  const standing = standingClauses(text, start, end);
  const kinds = standing.map((c) => {
    const piece = text.slice(c.start, c.end);
    return isForecast(piece) ? true : REPORTED.test(piece) ? false : undefined;
  });
  const first = kinds.find((k) => k !== undefined) ?? false;
  let kind = first;
  return standing.map((c, i) => {
    const amount = figures.some((f) => f.kind !== 'temporal' && f.start >= c.start && f.end <= c.end);
    const leading = kinds.slice(0, i + 1).every((k) => k === undefined);
    kind = kinds[i] ?? (leading && first && amount ? false : leading ? first : kind);
    return { start: c.start, end: c.end, forecast: kind };
  });
}

/**
 * Marks `forecast` on the figures of `figures` that a forecast clause of `clauses` expects: not its
 * dates (they say when) nor a baseline it is measured from (从当前的30%提升至40%: only 40%).
 */
export function markForecasts(text: string, clauses: readonly ClausePart[], figures: readonly Figure[]): void {
  for (const f of figures) {
    if (f.kind === 'temporal' || isBaseline(text, f.start)) continue;
    if (clauses.some((c) => c.forecast && f.start >= c.start && f.start < c.end)) f.forecast = true;
  }
}

/** The clauses of `text[start, end)` that stand alone: short ones and an opening lead-in join the next. */
function standingClauses(text: string, start: number, end: number): { start: number; end: number }[] {
  const clauses = splitAtBreaks(text, start, end);
  const standing: { start: number; end: number }[] = [];
  let pending = -1;
  for (const clause of clauses) {
    const s = pending >= 0 ? pending : clause.start;
    const piece = text.slice(clause.start, clause.end);
    if (!standsAlone(piece) || (standing.length === 0 && LEAD_IN.test(piece.trim()))) {
      if (pending < 0) pending = clause.start;
      continue;
    }
    standing.push({ start: s, end: clause.end });
    pending = -1;
  }
  if (standing.length === 0) return [{ start, end }];
  if (pending >= 0) standing[standing.length - 1].end = end;
  return standing;
}

/** `text[start, end)` cut at its breaks outside brackets and quotes. */
function splitAtBreaks(text: string, start: number, end: number): { start: number; end: number }[] {
  const clauses: { start: number; end: number }[] = [];
  let depth = 0;
  let straightQuote = false;
  let from = start;
  for (const m of text.slice(start, end).matchAll(MARKS)) {
    const i = start + m.index;
    const c = m[0];
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
    else if (c === '"') straightQuote = !straightQuote;
    else if (depth === 0 && !straightQuote && isBreak(text, i, end)) {
      clauses.push({ start: from, end: i });
      from = i + 1;
      while (from < end && /\s/.test(text[from])) from++;
    }
  }
  if (from < end) clauses.push({ start: from, end });
  return clauses;
}

/** Whether `text[i]` ends a clause: `，；：`, or `, ; :` before a space (never `1,200` or `10:30`). */
function isBreak(text: string, i: number, end: number): boolean {
  const c = text[i];
  if (c === '，' || c === '；' || c === '：') return i + 1 < end;
  if (c === ',' || c === ';' || c === ':') return i + 1 < end && /\s/.test(text[i + 1]);
  return false;
}

function standsAlone(piece: string): boolean {
  let han = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) {
      if (++han >= 4) return true;
      inWord = false;
    } else if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x2000)) {
      if (!inWord) words++;
      inWord = true;
    } else if (c !== 39 && c !== 0x2019 && c !== 46 && c !== 45) inWord = false;
  }
  // A number counts as a word: 年增39% stands alone.
  return han === 0 ? words >= 3 : han + words >= 3;
}
