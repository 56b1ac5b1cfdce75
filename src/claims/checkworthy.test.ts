import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFigures } from '../text/figures.ts';
import { type CueSignals, checkWorthiness, features } from './checkworthy.ts';
import { MODEL } from './checkworthy-model.ts';
import { cueSignals } from './cues.ts';

/** The model as the trainer defines it: the weights of `features()`, by name. */
const byName = new Map(
  MODEL.weights
    .split(' ')
    .map((e) => [e.slice(0, e.lastIndexOf('=')), Number(e.slice(e.lastIndexOf('=') + 1)) / MODEL.scale]),
);
function reference(sentence: string, cues: CueSignals): number {
  const z = features(sentence, cues).reduce((sum, f) => sum + (byName.get(f) ?? 0), MODEL.bias);
  return 1 / (1 + Math.exp(-z));
}
const signals = (s: string) => cueSignals(s, findFigures(s));

describe('checkWorthiness', () => {
  it('scores by hashes exactly what the named features give', () => {
    for (const s of [
      'He vetoed the Family Leave Act.',
      "That's exactly what we're going to do, isn't it?!",
      'Revenue rose 15% to $4.5bn, or $1,200.50 a share, on 3/4 of sales.',
      'Rock’n’roll: café İstanbul naïve — 10:30 12.5.6 ...',
      '',
      '$$$ %%% ??? !!!',
      "o'clock o'' 'tis don't",
      '2020',
    ])
      expect(checkWorthiness(s, signals(s)), s).toBeCloseTo(reference(s, signals(s)), 6);
  });

  it('agrees with the named features on random text', () => {
    const piece = fc.constantFrom(
      'the',
      'we',
      "we're",
      'going',
      '0',
      '1,200',
      '3.5',
      '$',
      '%',
      '?',
      '!',
      "'",
      ' ',
      ',',
      'É',
      'x',
      '_',
      '^',
      '$$',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        expect(checkWorthiness(s, signals(s))).toBeCloseTo(reference(s, signals(s)), 6);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a first as #first, a comparison as #comparison, both typed comparison', () => {
    const first = 'Tesla was the first automaker to sell a million electric cars.';
    const cues = (f: string[]) => f.filter((x) => x.startsWith('#') && !x.startsWith('#len'));
    expect(signals(first).types).toContain('comparison');
    expect(cues(features(first, signals(first)))).toEqual(['#figure', '#first']);
    const largest = 'Apple is the largest company by market value.';
    expect(cues(features(largest, signals(largest)))).toEqual(['#comparison']);
    const both = 'It was the first and the largest deal of its kind.';
    expect(cues(features(both, signals(both)))).toEqual(['#comparison', '#first']);
  });

  it('finds statements of fact worth checking, and not plans or wishes', () => {
    expect(
      checkWorthiness('He vetoed the Family Leave Act.', signals('He vetoed the Family Leave Act.')),
    ).toBeGreaterThan(0.5);
    const plan = "We're going to have to make some changes.";
    expect(checkWorthiness(plan, signals(plan))).toBeLessThan(0.2);
  });
});
