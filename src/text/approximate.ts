import type { Figure } from './figures.ts';

/**
 * Approximate and bounded figures: the words around a number that say how exact it is.
 *
 * - `approx: true`: 约, 大约, 左右, 上下, about, around, approximately, roughly, some, an estimated,
 *   and the indefinite amounts 数百万, 几十亿, 十几亿, 上千亿, several billion, dozens of.
 * - `bound: 'min'` (the amount is above the figure): 逾, 超过, 超, 至少, 不少于, 以上, more than,
 *   over, above, at least, upwards of, in excess of. `bound: 'max'` (below it): 近, 将近, 接近,
 *   不到, 不足, 不超过, 少于, 至多, 最多, 以下, 以内, nearly, almost, close to, under, below, less than,
 *   fewer than, up to, as much as, as many as, at most.
 * - The value stays the number written; where the words imply a range, `value`–`high` is that
 *   range. An indefinite count (数, 几, several) is 2 to 9 of its unit (数百万 → 2×10⁶–9×10⁶);
 *   a few is 2 to 5; dozens is 24 to 108 (2 to 9 dozen); hundreds of / thousands of / tens of /
 *   millions of / billions of are 2 to 9 of that unit (hundreds of millions → 2×10⁸–9×10⁸); 十几
 *   is 11 to 19; `30多亿` / `5亿多` / `30余万` is 30亿 to 40亿, 5亿 to 6亿, 30万 to 40万 (the number
 *   up to the next step of its last digit's place).
 */
export type Bound = 'min' | 'max';

const APPROX_BEFORE =
  /(?:大约|大概|约(?:为|合)?|approximately\s|about\s|around\s|roughly\s|some\s|an estimated\s|circa\s|~\s?)$/i;
const MIN_BEFORE =
  /(?:逾|超过|超|至少|不少于|不低于|多于|高于|more than\s|over\s|above\s|at least\s|upwards of\s|in excess of\s|north of\s)$/i;
const MAX_BEFORE =
  /(?:将近|接近|近|不到|不足|少于|低于|至多|最多|nearly\s|almost\s|close to\s|under\s|below\s|less than\s|fewer than\s|up to\s|as much as\s|as many as\s|at most\s|shy of\s)$/i;
const APPROX_AFTER = /^(?:左右|上下)/;
const MIN_AFTER = /^(?:以上|\s?or more\b|\s?plus\b)/;
const MAX_AFTER = /^(?:以下|以内|之内|\s?or (?:less|fewer)\b)/;

/** The words before a figure, and after it, by what they say (a limit before an approximation). */
const BEFORE: [RegExp, 'approx' | Bound][] = [
  // 不超过 is a ceiling, not 超过's floor: read before MIN_BEFORE.
  [/(?:不超过|不高于|不多于|不大于)$/, 'max'],
  [MIN_BEFORE, 'min'],
  [MAX_BEFORE, 'max'],
  [APPROX_BEFORE, 'approx'],
];
const AFTER: [RegExp, 'approx' | Bound][] = [
  [APPROX_AFTER, 'approx'],
  [MIN_AFTER, 'min'],
  [MAX_AFTER, 'max'],
];

/** Widens each figure over the words that qualify it and says how: in place, and returns `figures`. */
export function qualify(text: string, figures: Figure[], from: number, to: number): Figure[] {
  for (const f of figures) {
    if (f.kind === 'temporal') continue;
    const before = text.slice(Math.max(from, f.start - 14), f.start);
    const after = text.slice(f.end, Math.min(to, f.end + 10));
    const lead = BEFORE.find(([pattern]) => pattern.test(before));
    if (lead) extend(f, -(before.match(lead[0])?.[0].length ?? 0), lead[1]);
    const tail = AFTER.find(([pattern]) => pattern.test(after));
    if (tail) extend(f, after.match(tail[0])?.[0].length ?? 0, tail[1]);
    f.text = text.slice(f.start, f.end);
  }
  return figures;
}

function extend(f: Figure, by: number, how: 'approx' | Bound): void {
  if (by < 0) f.start += by;
  else f.end += by;
  if (how === 'approx') f.approx = true;
  else f.bound = how;
}

const ZH_UNIT: Record<string, number> = {
  十: 10,
  百: 100,
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  十亿: 1e9,
  百亿: 1e10,
  千亿: 1e11,
  万亿: 1e12,
};
const ZH_CURRENCY: Record<string, string> = { 美元: 'USD', 港元: 'HKD', 港币: 'HKD', 欧元: 'EUR', 元: 'CNY' };
const MEASURE = /[人家名位个次只股手吨辆台件户笔份套张条项种元块倍亿万]/;
const DURATION = /[年月天日岁周时]/;
/** 数百万美元, 几十亿, 上千亿元, 十几亿. */
const ZH_INDEFINITE = /(数|几|上|十几)(万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千|百|十)?(美元|港元|港币|欧元|元)?/g;
const EN_UNIT: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** several billion dollars, a few million, dozens of, hundreds of millions of dollars. */
const EN_INDEFINITE =
  /\b(several|a few|dozens of|tens of|hundreds of|thousands of|millions of|billions of)(?:\s(hundreds?|thousands?|millions?|billions?|trillions?)\b)?(?:\s(?:of\s)?(dollars|yuan|euros)\b)?/gi;
const EN_MANY: Record<string, [number, number]> = {
  several: [2, 9],
  'a few': [2, 5],
  'dozens of': [24, 108],
  'tens of': [20, 90],
  'hundreds of': [200, 900],
  'thousands of': [2e3, 9e3],
  'millions of': [2e6, 9e6],
  'billions of': [2e9, 9e9],
};
const EN_CURRENCY: Record<string, string> = { dollars: 'USD', yuan: 'CNY', euros: 'EUR' };

/** The indefinite amounts of `text[from, to)` written in words: `数百万美元`, `several billion`. */
export function indefiniteFigures(text: string, from: number, to: number): Figure[] {
  const slice = text.slice(from, to);
  const found: Figure[] = [];
  for (const m of slice.matchAll(ZH_INDEFINITE)) {
    const [whole, word, unit, currency] = m;
    // 数/几/上 mean an amount only before a unit: 数据, 几乎, 上涨 are words.
    if (!unit && word !== '十几') continue;
    const next = slice[m.index + whole.length] ?? '';
    // 上 is a word of its own too (市场上万科, 上百度): only before a measure word or no Han at all.
    if (word === '上' && !currency && /\p{Script=Han}/u.test(next) && !MEASURE.test(next)) continue;
    // 十几年, 十几天: a duration, not an amount.
    if (word === '十几' && !unit && DURATION.test(next)) continue;
    const step = unit ? ZH_UNIT[unit] : 1;
    const start = from + m.index;
    const [low, high] =
      word === '十几' ? [11 * step, 19 * step] : word === '上' ? [step, undefined] : [2 * step, 9 * step];
    found.push(figure(start, whole, currency ? ZH_CURRENCY[currency] : undefined, low, high));
  }
  for (const m of slice.matchAll(EN_INDEFINITE)) {
    const [whole, word, unit, currency] = m;
    const many = EN_MANY[word.toLowerCase()];
    // "several" and "a few" are amounts only before a unit ("several analysts" is not).
    if (!unit && (word.toLowerCase() === 'several' || word.toLowerCase() === 'a few')) continue;
    const step = unit ? EN_UNIT[unit.toLowerCase().replace(/s$/, '')] : 1;
    found.push(
      figure(
        from + m.index,
        whole,
        currency ? EN_CURRENCY[currency.toLowerCase()] : undefined,
        many[0] * step,
        many[1] * step,
      ),
    );
  }
  return found;
}

function figure(
  start: number,
  text: string,
  unit: string | undefined,
  value: number,
  high: number | undefined,
): Figure {
  const f: Figure = { start, end: start + text.length, text, kind: unit ? 'money' : 'quantity', value, approx: true };
  if (high !== undefined) f.high = high;
  if (unit) f.unit = unit;
  return f;
}

/** What 多 after a number written `written` adds up to: 30多 → 10 (30 to 40), 1,200多 → 100, 5多 → 1. */
export function stepOf(written: string): number {
  const digits = written.replace(/,/g, '').replace(/\..*$/, '').replace(/^\D+/, '');
  const zeros = digits.length - digits.replace(/0+$/, '').length;
  return 10 ** zeros;
}
