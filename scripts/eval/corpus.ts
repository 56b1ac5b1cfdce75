/** Where the evaluation corpus lives, if it is here at all (a fresh clone has no ../shared). */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The corpus folder (FINLENS_CORPUS, else ../shared/corpus), or undefined when it is not present. */
export function corpusDir(): string | undefined {
  const dir = resolve(process.env.FINLENS_CORPUS ?? join(ROOT, '../shared/corpus'));
  return existsSync(dir) ? dir : undefined;
}

/** Precision, recall and F1 from counts; null where a ratio has no denominator. */
export function prf(tp: number, fp: number, fn: number): { p: number | null; r: number | null; f1: number | null } {
  const p = tp + fp > 0 ? tp / (tp + fp) : null;
  const r = tp + fn > 0 ? tp / (tp + fn) : null;
  const f1 = p !== null && r !== null && p + r > 0 ? (2 * p * r) / (p + r) : null;
  return { p, r, f1 };
}

/** A ratio as a fixed-width table cell. */
export function cell(x: number | null | undefined): string {
  return x === null || x === undefined ? '   n/a' : x.toFixed(4).padStart(6);
}
