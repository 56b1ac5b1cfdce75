import { MODEL } from './checkworthy-model.ts';
import type { ClaimType } from './cues.ts';

/**
 * Learned check-worthiness of an English sentence: logistic regression over its words, word pairs
 * and the typed cues (`scripts/claims/train-checkworthy.ts` trains it on the ClaimBuster training
 * half; the weights are generated into `checkworthy-model.ts`).
 */

/** What the model reads beside the words: the cues `findClaims` already found. */
export interface CueSignals {
  types: readonly ClaimType[];
  /** A past event (`voted`, `rose`, `创下`). */
  event: boolean;
  /** Money or a percentage among the figures. */
  moneyOrPercent: boolean;
  /** A date or a year among the figures. */
  temporal: boolean;
}

const WORD = /[a-z]+(?:'[a-z]+)?|\d+(?:[.,:/]\d+)*|[$%?!]/g;

/**
 * The features of a sentence: lower-case words (every number is `0`), adjacent pairs (`a_b`), and
 * `#` features for the cues and the length. The trainer and `checkWorthiness` share this one list.
 */
export function features(sentence: string, cues: CueSignals): string[] {
  const out: string[] = [];
  forEachFeature(sentence, cues, (f) => out.push(f));
  return out;
}

function forEachFeature(sentence: string, cues: CueSignals, use: (feature: string) => void): void {
  const lower = sentence.toLowerCase();
  let previous = '^';
  let count = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const c = m[0].charCodeAt(0);
    const word = c >= 48 && c <= 57 ? '0' : m[0];
    use(word);
    use(`${previous}_${word}`);
    previous = word;
    count++;
  }
  use(`${previous}_$$`);
  for (const t of cues.types) use(`#${t}`);
  if (cues.event) use('#event');
  if (cues.moneyOrPercent) use('#money');
  if (cues.temporal) use('#temporal');
  use(`#len${Math.min(5, Math.floor(count / 6))}`);
}

let weights: Map<string, number> | undefined;

/** The model's weights, read from their compact form on first use. */
function model(): Map<string, number> {
  if (weights) return weights;
  weights = new Map();
  for (const entry of MODEL.weights.split(' ')) {
    const at = entry.lastIndexOf('=');
    weights.set(entry.slice(0, at), Number(entry.slice(at + 1)) / MODEL.scale);
  }
  return weights;
}

/** The probability (0–1) that a sentence is worth checking. */
export function checkWorthiness(sentence: string, cues: CueSignals): number {
  const w = model();
  let z = MODEL.bias;
  // Each feature counts once, however often it occurs (as in training).
  const seen = new Set<string>();
  const add = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    z += w.get(f) ?? 0;
  };
  forEachFeature(sentence, cues, add);
  return 1 / (1 + Math.exp(-z));
}

/** The score from which an English sentence is a claim, chosen on a held-out part of the training data. */
export const CHECK_WORTHY = MODEL.threshold;
