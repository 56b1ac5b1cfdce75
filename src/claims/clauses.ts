import { isForecast } from './cues.ts';

/** A part of a sentence: its range, and whether it looks ahead (a forecast) or reports. */
export interface ClausePart {
  start: number;
  end: number;
  forecast: boolean;
}

/** Past and present facts: what a report states, which ends a forecast run. */
const REPORTED =
  /实现|录得|(?<!可|将|或|有望)达|已|了|曾|去年|上年|报告期|\b(?:was|were|is|are|had|has|did|reported|posted|came in|totall?ed|ended|last (?:year|quarter|month|week)|said|says|announced|\w{3,}ed)\b/i;
/** A lead-in that introduces what follows: "分析师表示，" "He said:". It belongs to the next part. */
const LEAD_IN =
  /(?:表示|称|指出|认为|预计|预期|预测|强调|透露|坦言|显示|来看|而言|方面|其中|此外|同时|不过|但是|然而|\b(?:said|says|added|noted|according to|however|meanwhile|but|and|while|although))$/i;
/** Sentences shorter than this stay whole. */
const LONG_HAN = 24;
const LONG_LATIN = 70;
const OPEN = new Set('(（[【「『《“‘');
const CLOSE = new Set(')）]】」』》”’');
const BREAK = /[，；：]|[,;:]\s/;
/** What the clause scan looks at: brackets, quotes and breaks. */
const MARKS = /[(（[【「『《“‘)）\]】」』》”’"，；：,;:]/g;
const HAN = /\p{Script=Han}/gu;

/**
 * Splits the sentence `text[start, end)` into the parts a fact-checker would take apart: at
 * `，；：` and at `, ; :` followed by a space, outside brackets and quotes, where both sides stand
 * alone (a clause of at least 3 words, or of 3 Han characters and numbers; a shorter one, or an opening lead-in
 * such as "分析师表示", joins the clause after it). Neighbouring clauses of one kind, reported or forecast, stay together: a
 * part ends where the sentence turns from what happened to what is expected, or back. A clause
 * with no sign of either takes the kind of the one before it (the first ones, of the first that
 * has a sign). Short sentences are one part: undefined, as for any sentence that is not split.
 */
export function clauseParts(text: string, start: number, end: number): ClausePart[] | undefined {
  if (end - start < LONG_HAN) return undefined;
  const sentence = text.slice(start, end);
  if (!BREAK.test(sentence)) return undefined;
  const han = (sentence.match(HAN) ?? []).length;
  if (han >= 8 ? han < LONG_HAN : sentence.length < LONG_LATIN) return undefined;
  // The clauses, split outside brackets and quotes.
  const clauses: { start: number; end: number }[] = [];
  let depth = 0;
  let straightQuote = false;
  let from = start;
  const sentenceStart = start;
  for (const m of sentence.matchAll(MARKS)) {
    const i = sentenceStart + m.index;
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
  if (clauses.length < 2) return undefined;
  // Clauses too short to stand alone, and lead-ins, join the clause after them (the last, the one before).
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
  if (pending >= 0) {
    if (standing.length === 0) return undefined;
    standing[standing.length - 1].end = end;
  }
  // Each clause's kind; unmarked clauses follow the one before (the first ones, the first marked).
  const kinds = standing.map((c) => {
    const piece = text.slice(c.start, c.end);
    return isForecast(piece) ? true : REPORTED.test(piece) ? false : undefined;
  });
  const first = kinds.find((k) => k !== undefined) ?? false;
  let kind = first;
  const parts: ClausePart[] = [];
  standing.forEach((c, i) => {
    kind = kinds[i] ?? kind;
    const last = parts[parts.length - 1];
    if (last && last.forecast === kind) last.end = c.end;
    else parts.push({ start: c.start, end: c.end, forecast: kind });
  });
  if (parts.length === 1) return undefined;
  parts[parts.length - 1].end = end;
  return parts;
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
