/**
 * FinLens's own labelled set of Chinese analyst sentences (`data/zh-forecast-numerals.jsonl`):
 * every Arabic numeral of each sentence, labelled forecast or not by hand. Written for the project
 * in the style of broker research notes and market news, Simplified and Traditional, never copied
 * from a corpus. A numeral is a forecast when it states an amount someone expects, estimates, plans
 * or targets and that is not known today (盈利预测, 目标价, 指引, 业绩预告, 拟/计划 amounts, 一致预期
 * for a coming period); dates, years, periods and durations say when and are never forecasts, nor
 * is a consensus already compared with its result (高于预期的49.8%). Rows alternate dev (tune the
 * rules on it) and test (report it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.ts';
import { prf } from './corpus.ts';

/** One labelled sentence: each numeral's offset in `text`, its digits and its label. */
export interface ZhForecastRow {
  id: string;
  split: 'dev' | 'test';
  text: string;
  numerals: { at: number; text: string; forecast: boolean }[];
}

/** What the set calls a numeral: a run of digits (with `,` and `.` inside), not glued to a Latin letter before it (Q4, H1). */
export const NUMERAL = /(?<![A-Za-z0-9.,])\d+(?:[.,]\d+)*/g;

/** The rows of the set. */
export function zhForecastRows(): ZhForecastRow[] {
  return readFileSync(join(import.meta.dirname, 'data/zh-forecast-numerals.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ZhForecastRow);
}

/** A numeral is predicted a forecast when a figure of a claim that covers it is marked `forecast`. */
export function predictedForecasts(row: ZhForecastRow): boolean[] {
  const figures = analyze({ text: row.text }).claims.flatMap((c) => c.figures.filter((f) => f.forecast));
  return row.numerals.map(({ at, text }) => figures.some((f) => f.start < at + text.length && at < f.end));
}

/** Precision, recall and F1 of the forecast label over `rows`, and the numerals that were missed or wrongly marked. */
export function scoreZhForecast(rows: readonly ZhForecastRow[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: string[] = [];
  for (const row of rows) {
    const predicted = predictedForecasts(row);
    row.numerals.forEach((n, i) => {
      if (predicted[i] && n.forecast) tp++;
      else if (predicted[i]) fp++;
      else if (n.forecast) fn++;
      if (predicted[i] !== n.forecast)
        errors.push(`${row.id} ${n.forecast ? 'missed' : 'wrong'} ${n.text}: ${row.text}`);
    });
  }
  const numerals = rows.reduce((sum, r) => sum + r.numerals.length, 0);
  return { ...prf(tp, fp, fn), numerals, positives: tp + fn, errors };
}
