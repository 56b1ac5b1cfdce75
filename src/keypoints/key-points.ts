import { splitSentences } from '../text/sentences.ts';
import { findChineseKeyPoints } from './chinese.ts';
import { contentWords } from './tokens.ts';
import { centroidOf, cosine, inverseFrequencies, norm, pickDiverse, scale, tfidf } from './vectors.ts';

/** A sentence (English) or clause or headline line (Chinese) chosen as a key point, with its place in the text. */
export interface KeyPoint {
  start: number;
  end: number;
  text: string;
  score: number;
}

/**
 * The article in brief: its headline, a one-line gist and key points in text order. English: 3–7
 * sentences. Chinese: one point for a news flash, else one for each 200 characters (two to five, or
 * as many as the author's own headline lines), each a clause or a headline line.
 */
export interface KeyPoints {
  headline: string;
  gist: string;
  points: KeyPoint[];
}

/** How the three signals add up (they are each scaled to 0–1 first). */
const WEIGHT = { centrality: 0.4, position: 0.35, title: 0.25 };
/** Relevance against novelty when picking the next point (maximal marginal relevance). */
const LAMBDA = 0.7;
const MIN_POINTS = 3;
const MAX_POINTS = 7;

/**
 * Extractive key points. Each sentence is scored by its centrality (TF-IDF cosine similarity to
 * the document's centroid), its position (news puts the point first) and its similarity to the title;
 * points are then picked one by one, each penalised by its similarity to those already picked, so
 * they do not repeat each other.
 */
export function findKeyPoints(text: string, title = ''): KeyPoints {
  if (isChinese(text)) return findChineseKeyPoints(text, title);
  const sentences = splitSentences(text).filter((s) => isProse(text.slice(s.start, s.end)));
  const words = sentences.map((s) => contentWords(text.slice(s.start, s.end)));
  const n = sentences.length;
  const headline = title.trim() || (n > 0 ? text.slice(sentences[0].start, sentences[0].end) : '');
  if (n === 0) return { headline, gist: '', points: [] };

  const idf = inverseFrequencies(words);
  const vectors = words.map((w) => tfidf(w, idf));
  const titleVector = tfidf(contentWords(title), idf);
  // Centrality against the document's centroid, not against every other sentence: linear in length.
  const centroid = centroidOf(vectors);
  // Norms once, not at every comparison (the centroid holds every word of the text).
  const norms = vectors.map(norm);
  const centroidNorm = norm(centroid);
  const titleNorm = norm(titleVector);
  const centrality = scale(vectors.map((v, i) => cosine(v, centroid, norms[i], centroidNorm)));
  const toTitle = scale(vectors.map((v, i) => cosine(v, titleVector, norms[i], titleNorm)));
  const scores = sentences.map(
    (s, i) =>
      WEIGHT.centrality * centrality[i] +
      WEIGHT.position * (1 - i / n) +
      WEIGHT.title * toTitle[i] -
      (CHATTER.test(text.slice(s.start, s.end)) ? CHATTER_PENALTY : 0),
  );

  const want = Math.min(n, Math.max(MIN_POINTS, Math.min(MAX_POINTS, Math.round(n * 0.3))));
  const picked = pickDiverse(scores, vectors, want, LAMBDA);
  const top = picked[0];
  const points = picked
    .sort((a, b) => a - b)
    .map((i) => ({ ...sentences[i], text: text.slice(sentences[i].start, sentences[i].end), score: round(scores[i]) }));
  return { headline, gist: text.slice(sentences[top].start, sentences[top].end), points };
}

/**
 * Whether the text is Chinese: more Han characters than Latin letters (sampled over its first
 * 20 000 characters, enough to tell and cheap on a long page).
 */
function isChinese(text: string): boolean {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < Math.min(text.length, 20_000); i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return han > latin;
}

/**
 * A writer talking to readers about the post rather than telling its story: greetings, "last week
 * we talked about…", "this time, from another angle…", "in this post I…". Blog and forum posts
 * (Xueqiu's among them) open with such lines, and their lead position must not carry them.
 */
const CHATTER =
  /^(?:大家好|各位|球友们?[，,]|(?:今天|这次|这回|本文|本篇|上周|上次|之前)(?:[^，。]{0,6})(?:聊|说|谈|讲|写|换个角度)|(?:我|笔者)(?:们)?(?:今天|上周|上次|之前|这次)?(?:来)?(?:聊|说|谈|讲|写)|(?:Hi|Hello|Hey)\b|In this (?:post|article|piece)\b|(?:Today|This week|Last week),? (?:I|we)(?:'ll| will| want| wrote| talked| looked)\b|Let me\b|Welcome\b)/i;
/** How much chatter loses: about the lead position's whole advantage. */
const CHATTER_PENALTY = 0.35;

/** Longer than this, a "sentence" is a wall of text (no punctuation), not a point to offer. */
const MAX_SENTENCE = 600;

/** A sentence worth offering as a point: long enough, not a wall of text, not a bare heading or list label. */
function isProse(sentence: string): boolean {
  if (sentence.length > MAX_SENTENCE) return false;
  const letters = sentence.replace(/[\s\p{P}\p{S}]/gu, '');
  const cjk = /\p{Script=Han}/u.test(sentence);
  return cjk ? letters.length >= 8 : sentence.split(/\s+/).length >= 6;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
