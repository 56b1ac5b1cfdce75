/**
 * Chinese key points: the text's own structure first (the author's headline lines and lead-ins,
 * the lead clause of each paragraph), then what the text keeps coming back to (centrality), on
 * clauses rather than whole sentences, which in Chinese run long. As many points as the text
 * holds: one for a news flash, up to five for a long report.
 */
import { weight } from './clauses.ts';
import type { KeyPoints } from './key-points.ts';
import { readStructure, type Unit } from './structure.ts';
import { contentWords } from './tokens.ts';
import { centroidOf, cosine, inverseFrequencies, norm, pickDiverse, scale, tfidf } from './vectors.ts';

/** How the signals add up (each scaled to 0–1 first). */
const WEIGHT = { centrality: 0.4, position: 0.25, title: 0.2 };
/** What the structure adds: the author's headline, the paragraph's lead, the sentence's first clause. */
const BONUS = { heading: 0.3, lead: 0.2, first: 0.1 };
/**
 * Relevance against novelty (maximal marginal relevance). Lower than for English: a research
 * note's points each cover a different part of it (results, drivers, outlook, rating).
 */
const LAMBDA = 0.5;
const MAX_POINTS = 5;
/** What a unit made all of digits would lose. */
const NUMBERS = 1;
/** Characters of text (Han, plus Latin words and numbers) for each point. */
const CHARS_PER_POINT = 200;
/** Shorter than this, a text of one or two paragraphs is a news flash: one point. */
const NEWS_FLASH = 450;
/** Longer than this, a unit is a wall of text, not a point to offer. */
const MAX_UNIT = 200;
/** How long a point may grow by taking in the clauses after it: a news flash's one point, a report's. */
const NEWS_POINT = 60;
const REPORT_POINT = 30;

/** Key points of a Chinese text (see the module comment); `title` is the article's, if known. */
export function findChineseKeyPoints(text: string, title: string): KeyPoints {
  const structure = readStructure(text, title);
  const units = structure.units.filter((u) => u.end - u.start <= MAX_UNIT);
  const headlineLine = structure.headline ? text.slice(structure.headline.start, structure.headline.end) : '';
  const n = units.length;
  const headline = title.trim() || headlineLine || (n > 0 ? slice(text, units[0]) : '');
  if (n === 0) return { headline, gist: '', points: [] };

  const words = units.map((u) => contentWords(slice(text, u)));
  const idf = inverseFrequencies(words);
  const vectors = words.map((w) => tfidf(w, idf));
  const centroid = centroidOf(vectors);
  const guide = tfidf(contentWords(title || headlineLine), idf);
  const centroidNorm = norm(centroid);
  const guideNorm = norm(guide);
  const centrality = scale(vectors.map((v) => cosine(v, centroid, norm(v), centroidNorm)));
  const toTitle = scale(vectors.map((v) => cosine(v, guide, norm(v), guideNorm)));
  const position = positions(units, structure.paragraphs);
  const scores = units.map(
    (u, i) =>
      WEIGHT.centrality * centrality[i] +
      WEIGHT.position * position[i] +
      WEIGHT.title * toTitle[i] +
      structural(u) -
      NUMBERS * numberShare(slice(text, u)),
  );
  // The author's headline lines say how many points the text holds, when they say more than its
  // length; a news flash holds one whatever its lines.
  const headings = units.filter((u) => u.line).length;
  const holds = pointsFor(text, structure.paragraphs);
  const want = Math.min(n, holds === 1 ? 1 : Math.max(Math.min(headings, MAX_POINTS), holds));
  const picked = pickDiverse(scores, vectors, want, LAMBDA);
  const cap = want === 1 ? NEWS_POINT : REPORT_POINT;
  const spans = new Map(picked.map((i) => [i, extend(text, units, i, cap)]));
  const points = picked
    .sort((a, b) => units[a].start - units[b].start)
    .map((i) => {
      const span = spans.get(i) ?? units[i];
      return { start: span.start, end: span.end, text: slice(text, span), score: round(scores[i]) };
    });
  return { headline, gist: slice(text, spans.get(picked[0]) ?? units[picked[0]]), points };
}

/** Each unit's place, 1 at the top to near 0 at the end: by paragraph, then within its paragraph. */
function positions(units: Unit[], paragraphs: number): number[] {
  const out = new Array<number>(units.length);
  for (let i = 0; i < units.length; ) {
    let j = i;
    while (j < units.length && units[j].paragraph === units[i].paragraph) j++;
    for (let k = i; k < j; k++) out[k] = 1 - (units[i].paragraph + (k - i) / (j - i)) / paragraphs;
    i = j;
  }
  return out;
}

/**
 * A picked clause with the clauses after it in its sentence, while the point stays within `cap`
 * characters of content: a news flash's one point says what happened and to whom.
 */
function extend(text: string, units: Unit[], i: number, cap: number): { start: number; end: number } {
  let j = i;
  while (
    j + 1 < units.length &&
    units[j + 1].sentence === units[i].sentence &&
    weight(text.slice(units[i].start, units[j + 1].end)) <= cap
  ) {
    j++;
  }
  return { start: units[i].start, end: units[j].end };
}

/** The share of a unit's characters that are digits: a row of figures is data, not a point. */
function numberShare(s: string): number {
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  return s.length > 0 ? digits / s.length : 0;
}

function structural(u: Unit): number {
  return (u.heading ? BONUS.heading : 0) + (u.lead ? BONUS.lead : 0) + (u.first ? BONUS.first : 0);
}

/** A paragraph that opens with a circled number: a telegraph's numbered facts (① … ② …). */
const CIRCLED_LINE = /^\s*[\u2460-\u2473]/;

/**
 * How many points a text holds: one for a news flash (a few hundred characters in one or two
 * paragraphs, or in a telegraph's numbered facts of one story, each a paragraph), else one for
 * each 200 characters, two to five.
 */
function pointsFor(text: string, paragraphs: number): number {
  const han = weight(text);
  if (han < NEWS_FLASH && (paragraphs <= 2 || numberedFacts(text))) return 1;
  return Math.max(2, Math.min(MAX_POINTS, Math.round(han / CHARS_PER_POINT)));
}

/** Whether every paragraph of the text opens with a circled number. */
function numberedFacts(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  return lines.length > 0 && lines.every((l) => CIRCLED_LINE.test(l));
}

function slice(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
