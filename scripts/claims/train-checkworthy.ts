/**
 * Trains FinLens's English check-worthiness model on the ClaimBuster training half
 * (../shared/corpus/claimbuster/claimbuster_two_class_train.json; never on its test half) and
 * writes src/claims/checkworthy-model.ts. `--check` only verifies that the committed file is what
 * the data gives.
 *
 *   npx tsx scripts/claims/train-checkworthy.ts [--from FILE] [--check] [--report]
 *
 * The model is logistic regression over `features()` (src/claims/checkworthy.ts): words, word pairs
 * and the typed cues. How it is chosen, every step deterministic:
 * 1. The training half is split by sentence id: every fifth id (id % 5 === 0) is held out.
 * 2. For each L2 strength of a small grid, a model is fitted on the other four fifths, and the
 *    threshold that gives the held-out part its best F1 is taken; the strength with the best
 *    held-out F1 wins.
 * 3. The model is fitted again on the whole training half with that strength, and ships with that
 *    threshold.
 * Positives (a quarter of the sentences) weigh as much in the loss as negatives (class balance).
 * Features seen in fewer than MIN_COUNT sentences are left out, and weights are rounded to 1/SCALE.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { features } from '../../src/claims/checkworthy.ts';
import { cueSignals } from '../../src/claims/cues.ts';
import { findFigures } from '../../src/text/figures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'src/claims/checkworthy-model.ts');
const args = process.argv.slice(2);
const from = resolve(
  args.includes('--from')
    ? args[args.indexOf('--from') + 1]
    : join(ROOT, '../shared/corpus/claimbuster/claimbuster_two_class_train.json'),
);
const MIN_COUNT = 3;
const SCALE = 100;
const L2_GRID = [0.3, 1, 3];
const EPOCHS = 300;

interface Row {
  sentence_id: number;
  label: number;
  text: string;
}
interface Example {
  x: number[];
  y: number;
  id: number;
}

if (!existsSync(from)) {
  console.error(`No training data at ${from}: it is ClaimBuster's two-class training half; pass --from FILE.`);
  process.exit(2);
}
const rows = JSON.parse(readFileSync(from, 'utf8')) as Row[];
const featureLists = rows.map((r) => features(r.text, cueSignals(r.text, findFigures(r.text))));

// The vocabulary: features in at least MIN_COUNT sentences, in a stable order.
const counts = new Map<string, number>();
for (const list of featureLists) for (const f of new Set(list)) counts.set(f, (counts.get(f) ?? 0) + 1);
const vocabulary = [...counts]
  .filter(([, n]) => n >= MIN_COUNT)
  .map(([f]) => f)
  .sort();
const index = new Map(vocabulary.map((f, i) => [f, i]));
const examples: Example[] = rows.map((r, i) => ({
  x: [...new Set(featureLists[i].map((f) => index.get(f)).filter((k) => k !== undefined))].sort((a, b) => a - b),
  y: r.label,
  id: r.sentence_id,
}));

/** Full-batch gradient descent with AdaGrad steps on the class-balanced logistic loss. */
function trainModel(train: Example[], l2: number): { w: Float64Array; bias: number } {
  const w = new Float64Array(vocabulary.length);
  const g2 = new Float64Array(vocabulary.length).fill(1e-8);
  let bias = 0;
  let b2 = 1e-8;
  const positives = train.filter((e) => e.y === 1).length;
  const weightOf = [train.length / (2 * (train.length - positives)), train.length / (2 * positives)];
  const rate = 0.5;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad = new Float64Array(vocabulary.length);
    let gb = 0;
    for (const e of train) {
      let z = bias;
      for (const k of e.x) z += w[k];
      const d = (1 / (1 + Math.exp(-z)) - e.y) * weightOf[e.y];
      gb += d;
      for (const k of e.x) grad[k] += d;
    }
    for (let k = 0; k < w.length; k++) {
      const g = grad[k] / train.length + (l2 * w[k]) / train.length;
      g2[k] += g * g;
      w[k] -= (rate * g) / Math.sqrt(g2[k]);
    }
    gb /= train.length;
    b2 += gb * gb;
    bias -= (rate * gb) / Math.sqrt(b2);
  }
  return { w, bias };
}

function scoreOf(m: { w: Float64Array; bias: number }, e: Example): number {
  let z = m.bias;
  for (const k of e.x) z += m.w[k];
  return 1 / (1 + Math.exp(-z));
}

/** The threshold (in steps of 0.01) with the best F1 on `set`, and that F1. */
function bestThreshold(m: { w: Float64Array; bias: number }, set: Example[]): { threshold: number; f1: number } {
  const scores = set.map((e) => [scoreOf(m, e), e.y] as const);
  let best = { threshold: 0.5, f1: 0 };
  for (let t = 0.05; t < 0.96; t += 0.01) {
    const threshold = Math.round(t * 100) / 100;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [s, y] of scores) {
      if (s >= threshold && y === 1) tp++;
      else if (s >= threshold) fp++;
      else if (y === 1) fn++;
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    if (f1 > best.f1) best = { threshold, f1 };
  }
  return best;
}

const heldOut = examples.filter((e) => e.id % 5 === 0);
const rest = examples.filter((e) => e.id % 5 !== 0);
let chosen = { l2: L2_GRID[0], threshold: 0.5, f1: -1 };
for (const l2 of L2_GRID) {
  const { threshold, f1 } = bestThreshold(trainModel(rest, l2), heldOut);
  if (args.includes('--report')) console.log(`L2 ${l2}: held-out F1 ${f1.toFixed(4)} at threshold ${threshold}`);
  if (f1 > chosen.f1) chosen = { l2, threshold, f1 };
}
const final = trainModel(examples, chosen.l2);
const kept = vocabulary
  .map((f, k) => [f, Math.round(final.w[k] * SCALE)] as const)
  .filter(([, v]) => v !== 0)
  .map(([f, v]) => `${f}=${v}`);
if (kept.some((e) => e.includes(' '))) throw new Error('a feature holds a space: the compact form cannot carry it');
if (args.includes('--report')) {
  const top = vocabulary.map((f, k) => [f, final.w[k]] as const).sort((a, b) => b[1] - a[1]);
  console.log(
    'most check-worthy:',
    top
      .slice(0, 25)
      .map(([f, v]) => `${f} ${v.toFixed(2)}`)
      .join(', '),
  );
  console.log(
    'least:',
    top
      .slice(-25)
      .map(([f, v]) => `${f} ${v.toFixed(2)}`)
      .join(', '),
  );
}

const file = `// Generated by scripts/claims/train-checkworthy.ts: do not edit.
// Learned from the ClaimBuster dataset (Arslan, Hassan, Li and Tremayne, "A Benchmark Dataset of
// Check-worthy Factual Claims", ICWSM 2020), its two-class training half only: ${rows.length} sentences,
// ${rows.filter((r) => r.label === 1).length} check-worthy. L2 ${chosen.l2} and the threshold were chosen on the sentences
// whose id % 5 === 0 (held-out F1 ${chosen.f1.toFixed(4)}); the model was then fitted on all of them.

/** Logistic regression: \`weights\` is "feature=weight×scale", space-separated. */
export const MODEL = {
  bias: ${Math.round(final.bias * 1e4) / 1e4},
  threshold: ${chosen.threshold},
  scale: ${SCALE},
  weights:
    ${JSON.stringify(kept.join(' '))},
};
`;

if (args.includes('--check')) {
  if (readFileSync(OUT, 'utf8') !== file) {
    console.error(`${OUT} is not what ${from} gives: rerun without --check.`);
    process.exit(1);
  }
  console.log(`${OUT} is up to date (${kept.length} weights).`);
} else {
  writeFileSync(OUT, file);
  console.log(
    `wrote ${OUT}: ${kept.length} weights, ${Buffer.byteLength(file)} bytes; held-out F1 ${chosen.f1.toFixed(4)}`,
  );
}
