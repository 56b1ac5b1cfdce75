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
  /**
   * A comparison, superlative, ranking or trend cue: the model's `#comparison`. A first alone
   * (`the first`, `all-time`) types a sentence `comparison` too, but the model reads it as `#first`,
   * a feature of its own, so that `#comparison` means what it meant when the model was designed.
   */
  compared: boolean;
  /** A first or an all-time mark (`the first`, `first-ever`, `all-time`, `unprecedented`). */
  first: boolean;
  /** A past event (`voted`, `rose`, `创下`). */
  event: boolean;
  /** Money or a percentage among the figures. */
  moneyOrPercent: boolean;
  /** A date or a year among the figures. */
  temporal: boolean;
}

const WORD = /[a-z]+(?:'[a-z]+)?|\d+(?:[.,:/]\d+)*|[$%?!]/g;

/**
 * The features of a sentence, each once: lower-case words (every number is `0`), adjacent pairs
 * (`a_b`, from `^_first` to `last_$$`), and `#` features for the cues and the length. This is the
 * model's definition, as the trainer reads it; `checkWorthiness` computes the same features' hashes
 * without building the strings (a unit test holds the two together).
 */
export function features(sentence: string, cues: CueSignals): string[] {
  const out: string[] = [];
  const lower = sentence.toLowerCase();
  let previous = '^';
  let words = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const word = isDigit(m[0].charCodeAt(0)) ? '0' : m[0];
    out.push(word, `${previous}_${word}`);
    previous = word;
    words++;
  }
  out.push(`${previous}_$$`, ...cueFeatures(cues, words));
  return [...new Set(out)];
}

function cueFeatures(cues: CueSignals, words: number): string[] {
  // `#comparison` keeps the meaning the model was designed with: a first alone is `#first`.
  const out = cues.types.filter((t) => t !== 'comparison').map((t) => `#${t}`);
  if (cues.compared) out.push('#comparison');
  if (cues.first) out.push('#first');
  if (cues.event) out.push('#event');
  if (cues.moneyOrPercent) out.push('#money');
  if (cues.temporal) out.push('#temporal');
  out.push(`#len${Math.min(5, Math.floor(words / 6))}`);
  return out;
}

// FNV-1a, 32 bits: a feature's hash is its string's, and a pair's continues from its first word's.
const FNV_OFFSET = 0x811c9dc5;
const step = (h: number, code: number) => Math.imul(h ^ code, 0x01000193) >>> 0;
function hashOf(s: string, from = FNV_OFFSET): number {
  let h = from;
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return h;
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLower = (c: number) => c >= 97 && c <= 122;

/** The weights by feature hash: open addressing over 32-bit keys (0 marks an empty slot). */
interface Table {
  keys: Uint32Array;
  weights: Float32Array;
  mask: number;
}
let table: Table | undefined;

function model(): Table {
  if (table) return table;
  const entries = MODEL.weights.split(' ');
  let size = 1;
  while (size < entries.length * 2) size *= 2;
  const t: Table = { keys: new Uint32Array(size), weights: new Float32Array(size), mask: size - 1 };
  for (const entry of entries) {
    const at = entry.lastIndexOf('=');
    const key = hashOf(entry.slice(0, at)) || 1;
    let slot = key & t.mask;
    while (t.keys[slot] !== 0 && t.keys[slot] !== key) slot = (slot + 1) & t.mask;
    t.keys[slot] = key;
    t.weights[slot] = Number(entry.slice(at + 1)) / MODEL.scale;
  }
  table = t;
  return t;
}

function weightOf(t: Table, hash: number): number {
  const key = hash || 1;
  for (let slot = key & t.mask; t.keys[slot] !== 0; slot = (slot + 1) & t.mask)
    if (t.keys[slot] === key) return t.weights[slot];
  return 0;
}

const START = hashOf('^');
const ZERO = hashOf('0');

/** The probability (0–1) that a sentence is worth checking. */
export function checkWorthiness(sentence: string, cues: CueSignals): number {
  const t = model();
  const seen = new Set<number>();
  let z = MODEL.bias;
  const add = (hash: number) => {
    if (seen.has(hash)) return;
    seen.add(hash);
    z += weightOf(t, hash);
  };
  // The words of `features()`, scanned by hand: [a-z]+('[a-z]+)?, \d+([.,:/]\d+)*, and $ % ? !.
  const s = sentence.toLowerCase();
  let previous = START;
  let words = 0;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    let end = i + 1;
    let word: number;
    if (isLower(c)) {
      while (end < s.length && isLower(s.charCodeAt(end))) end++;
      if (s.charCodeAt(end) === 39 && isLower(s.charCodeAt(end + 1))) {
        end += 2;
        while (end < s.length && isLower(s.charCodeAt(end))) end++;
      }
      word = hashOf(s.slice(i, end));
    } else if (isDigit(c)) {
      while (end < s.length && isDigit(s.charCodeAt(end))) end++;
      while (end + 1 < s.length && ',.:/'.includes(s[end]) && isDigit(s.charCodeAt(end + 1))) {
        end += 2;
        while (end < s.length && isDigit(s.charCodeAt(end))) end++;
      }
      word = ZERO;
    } else if (c === 36 || c === 37 || c === 63 || c === 33) {
      word = step(FNV_OFFSET, c);
    } else {
      i++;
      continue;
    }
    add(word);
    // The pair "previous_word": the previous word's hash, then "_", then this word's characters.
    add(word === ZERO ? step(step(previous, 95), 48) : hashOf(s.slice(i, end), step(previous, 95)));
    previous = word;
    words++;
    i = end;
  }
  add(hashOf('$$', step(previous, 95)));
  for (const f of cueFeatures(cues, words)) add(hashOf(f));
  return 1 / (1 + Math.exp(-z));
}

/** The score from which an English sentence is a claim, chosen on a held-out part of the training data. */
export const CHECK_WORTHY = MODEL.threshold;
