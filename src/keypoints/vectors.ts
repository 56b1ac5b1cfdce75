/** Sparse TF-IDF vectors over content words, for similarity between sentences. */

/** A sparse vector: word → weight. */
export type Vector = Map<string, number>;

/** Inverse document frequencies of the words of `docs` (each a sentence's words). */
export function inverseFrequencies(docs: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [w, f] of df) idf.set(w, Math.log((docs.length + 1) / (f + 0.5)));
  return idf;
}

/** The TF-IDF vector of `words` (a word the frequencies never saw weighs log 2). */
export function tfidf(words: string[], idf: Map<string, number>): Vector {
  const v: Vector = new Map();
  for (const w of words) v.set(w, (v.get(w) ?? 0) + (idf.get(w) ?? Math.log(2)));
  return v;
}

/** The sum of `vectors`: the document's centroid (direction only matters for the cosine). */
export function centroidOf(vectors: Vector[]): Vector {
  const centroid: Vector = new Map();
  for (const v of vectors) for (const [w, x] of v) centroid.set(w, (centroid.get(w) ?? 0) + x);
  return centroid;
}

/** The squared length of a vector. */
export function norm(v: Vector): number {
  let n = 0;
  for (const x of v.values()) n += x * x;
  return n;
}

/** Cosine similarity of `a` and `b`, given their squared lengths. */
export function cosine(a: Vector, b: Vector, na: number, nb: number): number {
  if (na === 0 || nb === 0) return 0;
  let dot = 0;
  for (const [w, x] of a) {
    const y = b.get(w);
    if (y !== undefined) dot += x * y;
  }
  return dot / Math.sqrt(na * nb);
}

/** `xs` divided by their maximum (all 0 when none is positive). */
export function scale(xs: number[]): number[] {
  let max = 0;
  for (const x of xs) if (x > max) max = x;
  return max > 0 ? xs.map((x) => x / max) : xs.map(() => 0);
}

/**
 * Maximal marginal relevance: picks `want` items one by one, each by its score less its similarity
 * to the most similar item already picked (weighed by `lambda`), so the picks do not repeat each
 * other. Each item is compared with each pick at most once: O(items × picks).
 */
export function pickDiverse(scores: number[], vectors: Vector[], want: number, lambda: number): number[] {
  const n = scores.length;
  const norms = vectors.map(norm);
  const picked: number[] = [];
  const isPicked = new Uint8Array(n);
  // Each item's similarity to the most similar pick so far, and how many picks it has seen.
  const redundancy = new Float64Array(n);
  const seen = new Uint8Array(n);
  while (picked.length < Math.min(want, n)) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if (isPicked[i]) continue;
      if (picked.length > 0 && scores[i] * lambda <= bestValue) continue; // cannot win: skip the similarity work
      for (; seen[i] < picked.length; seen[i]++) {
        const j = picked[seen[i]];
        redundancy[i] = Math.max(redundancy[i], cosine(vectors[i], vectors[j], norms[i], norms[j]));
      }
      const value = lambda * scores[i] - (1 - lambda) * redundancy[i];
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    picked.push(best);
    isPicked[best] = 1;
  }
  return picked;
}
