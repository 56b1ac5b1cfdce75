import { describe, expect, it } from 'vitest';
import { NUMERAL, scoreZhForecast, zhForecastRows } from './zh-forecast.ts';

const rows = zhForecastRows();

describe('the Chinese forecast-numeral set', () => {
  it('labels every numeral of every sentence, where it stands', () => {
    for (const row of rows) {
      const found = [...row.text.matchAll(NUMERAL)].map((m) => [m.index, m[0]]);
      expect(
        row.numerals.map((n) => [n.at, n.text]),
        row.id,
      ).toEqual(found);
      for (const n of row.numerals) expect(typeof n.forecast, row.id).toBe('boolean');
    }
  });

  it('has at least 400 numerals, split into a dev and a test half by row', () => {
    const count = (split: string) =>
      rows.filter((r) => r.split === split).reduce((sum, r) => sum + r.numerals.length, 0);
    expect(count('dev') + count('test')).toBeGreaterThanOrEqual(400);
    expect(count('dev')).toBeGreaterThan(150);
    expect(count('test')).toBeGreaterThan(150);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('is read well by the rules: F1 at least 0.8 on the test half it was not tuned on', () => {
    expect(scoreZhForecast(rows.filter((r) => r.split === 'test')).f1).toBeGreaterThanOrEqual(0.8);
    expect(scoreZhForecast(rows.filter((r) => r.split === 'dev')).f1).toBeGreaterThanOrEqual(0.9);
  });
});
