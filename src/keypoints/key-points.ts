import { splitSentences } from '../text/sentences.ts';
import { contentWords } from './tokens.ts';

/** A sentence chosen as a key point, with its place in the text. */
export interface KeyPoint {
  start: number;
  end: number;
  text: string;
  score: number;
}

/** The article in brief: its headline, a one-line gist and 3–7 key points in text order. */
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

type Vector = Map<string, number>;

/**
 * Extractive key points. Each sentence is scored by its centrality (TF-IDF cosine similarity to
 * the document's centroid), its position (news puts the point first) and its similarity to the title;
 * points are then picked one by one, each penalised by its similarity to those already picked, so
 * they do not repeat each other.
 */
export function findKeyPoints(text: string, title = ''): KeyPoints {
  const sentences = splitSentences(text).filter((s) => isProse(text.slice(s.start, s.end)));
  const words = sentences.map((s) => contentWords(text.slice(s.start, s.end)));
  const n = sentences.length;
  const headline = title.trim() || (n > 0 ? text.slice(sentences[0].start, sentences[0].end) : '');
  if (n === 0) return { headline, gist: '', points: [] };

  const idf = inverseFrequencies(words);
  const vectors = words.map((w) => tfidf(w, idf));
  const titleVector = tfidf(contentWords(title), idf);
  // Centrality against the document's centroid, not against every other sentence: linear in length.
  const centroid: Vector = new Map();
  for (const v of vectors) for (const [w, x] of v) centroid.set(w, (centroid.get(w) ?? 0) + x);
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
  const picked: number[] = [];
  const isPicked = new Uint8Array(n);
  // Each sentence's similarity to the most similar point picked so far, and how many picks it has seen.
  const redundancy = new Float64Array(n);
  const seen = new Uint8Array(n);
  while (picked.length < want) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if (isPicked[i]) continue;
      if (picked.length > 0 && scores[i] * LAMBDA <= bestValue) continue; // cannot win: skip the similarity work
      for (; seen[i] < picked.length; seen[i]++) {
        const j = picked[seen[i]];
        redundancy[i] = Math.max(redundancy[i], cosine(vectors[i], vectors[j], norms[i], norms[j]));
      }
      const value = LAMBDA * scores[i] - (1 - LAMBDA) * redundancy[i];
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    picked.push(best);
    isPicked[best] = 1;
  }
  const top = picked[0];
  const points = picked
    .sort((a, b) => a - b)
    .map((i) => ({ ...sentences[i], text: text.slice(sentences[i].start, sentences[i].end), score: round(scores[i]) }));
  return { headline, gist: text.slice(sentences[top].start, sentences[top].end), points };
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

function inverseFrequencies(docs: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [w, f] of df) idf.set(w, Math.log((docs.length + 1) / (f + 0.5)));
  return idf;
}

function tfidf(words: string[], idf: Map<string, number>): Vector {
  const v: Vector = new Map();
  for (const w of words) v.set(w, (v.get(w) ?? 0) + (idf.get(w) ?? Math.log(2)));
  return v;
}

/** The squared length of a vector. */
function norm(v: Vector): number {
  let n = 0;
  for (const x of v.values()) n += x * x;
  return n;
}

/** Cosine similarity of `a` and `b`, given their squared lengths. */
function cosine(a: Vector, b: Vector, na: number, nb: number): number {
  if (na === 0 || nb === 0) return 0;
  let dot = 0;
  for (const [w, x] of a) {
    const y = b.get(w);
    if (y !== undefined) dot += x * y;
  }
  return dot / Math.sqrt(na * nb);
}

function scale(xs: number[]): number[] {
  const max = Math.max(...xs);
  return max > 0 ? xs.map((x) => x / max) : xs.map(() => 0);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
