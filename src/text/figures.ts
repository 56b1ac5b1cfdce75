import { type Bound, indefiniteFigures, qualify, stepOf } from './approximate.ts';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chinese-numerals.ts';
import { isListOrdinal, stamps } from './stamps.ts';

/** What a figure measures. */
export type FigureKind = 'money' | 'percent' | 'quantity' | 'temporal';

/** A number in text, normalised: `1200万美元` → 12 000 000 USD; `5-7%` → 5 to 7 percent. */
export interface Figure {
  start: number;
  end: number;
  text: string;
  kind: FigureKind;
  /** The value (the low end of a range), magnitude applied: 万 ×10⁴, 亿 ×10⁸, bn ×10⁹. */
  value: number;
  /** The high end, for a range. */
  high?: number;
  /** ISO currency code for money; `%` or `pp` (percentage points) for percentages. */
  unit?: string;
  /** What the amount is per: `tonne`, `share`, `barrel`, … */
  per?: string;
  /** Set on the figures of a forecast (`findClaims`): what is expected, not what was reported. */
  forecast?: true;
  /** The words say it is approximate: 约, 左右, about, 数百万, several billion (`approximate.ts`). */
  approx?: true;
  /** The words say it is a limit: `min` for 逾 / more than / at least, `max` for 近 / nearly / under. */
  bound?: Bound;
}

const CURRENCY_PREFIX: Record<string, string> = {
  US$: 'USD',
  HK$: 'HKD',
  C$: 'CAD',
  A$: 'AUD',
  S$: 'SGD',
  NT$: 'TWD',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'CNY',
  '￥': 'CNY',
};
const CURRENCY_SUFFIX: Record<string, string> = {
  美元: 'USD',
  港元: 'HKD',
  港币: 'HKD',
  欧元: 'EUR',
  日元: 'JPY',
  英镑: 'GBP',
  元新台币: 'TWD',
  新台币: 'TWD',
  元人民币: 'CNY',
  人民币: 'CNY',
  元: 'CNY',
  块: 'CNY',
  USD: 'USD',
  CNY: 'CNY',
  RMB: 'CNY',
  HKD: 'HKD',
  EUR: 'EUR',
  JPY: 'JPY',
  GBP: 'GBP',
  dollars: 'USD',
  dollar: 'USD',
  yuan: 'CNY',
  euros: 'EUR',
  euro: 'EUR',
};
const MAGNITUDE: Record<string, number> = {
  万亿: 1e12,
  亿: 1e8,
  万: 1e4,
  千: 1e3,
  trillion: 1e12,
  billion: 1e9,
  million: 1e6,
  thousand: 1e3,
  tn: 1e12,
  bn: 1e9,
  mn: 1e6,
  mln: 1e6,
  T: 1e12,
  B: 1e9,
  M: 1e6,
  m: 1e6,
  K: 1e3,
  k: 1e3,
  b: 1e9,
};
const PER: Record<string, string> = {
  吨: 'tonne',
  股: 'share',
  桶: 'barrel',
  盎司: 'ounce',
  平方米: 'square metre',
  平米: 'square metre',
  公斤: 'kg',
  克: 'gram',
  辆: 'vehicle',
  台: 'unit',
  件: 'piece',
  share: 'share',
  barrel: 'barrel',
  ounce: 'ounce',
  tonne: 'tonne',
  ton: 'tonne',
};

const PREFIX = String.raw`(US\$|HK\$|NT\$|C\$|A\$|S\$|\$|€|£|¥|￥)?`;
const NUMBER = String.raw`([+\-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+\-−]?\.\d+)`;
/** `30多亿`, `5亿多`: 多 or 余 before or after the magnitude. */
const MORE = '([多余](?=万亿|亿|万|千|美元|港元|元))?';
const MORE_AFTER = '((?<=万亿|亿|万|千)[多余])?';
const RANGE = String.raw`(?:\s?(?:-|–|—|~|～|至|到|to)\s?(?:US\$|HK\$|\$|€|£)?([+\-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?))?`;
const MAG = String.raw`(万亿|亿|万|千|\s?(?:trillion|billion|million|thousand)\b|(?:tn|bn|mn|mln|T|B|M|m|K|k|b)(?![A-Za-z]))?`;
const SUFFIX = String.raw`(美元|港元|港币|欧元|日元|英镑|元新台币|新台币|元人民币|人民币|元|块|\s?(?:USD|CNY|RMB|HKD|EUR|JPY|GBP)\b|\s(?:dollars?|yuan|euros?)\b)?`;
const PERCENT = String.raw`(%|％|个百分点|\s?(?:percentage points?|percent|per cent|pct)\b)?`;
const PER_UNIT = String.raw`(?:(?:一|每|/|\s?(?:per|a)\s)(吨|股|桶|盎司|平方米|平米|公斤|克|辆|台|件|share|barrel|ounce|tonne|ton)(?![A-Za-z]))?`;
/** Arabic figures with their currency, magnitude, percent sign and per-unit, e.g. `$12.9bn`, `60万元一吨`, `5-7%`. */
const ARABIC = new RegExp(
  `(?<![\\w.]|\\w-)${PREFIX}${NUMBER}${MORE}${RANGE}${MAG}${MORE_AFTER}${SUFFIX}${PERCENT}${PER_UNIT}`,
  'g',
);
/** `百分之二十`, `百分之3.5`. */
const CHINESE_PERCENT = new RegExp(`百分之([${CHINESE_NUMERAL_CHARS}]+|\\d+(?:\\.\\d+)?)`, 'g');
/** `三千亿元`, `两万亿`: Chinese numerals are figures only with a magnitude or currency after them. */
const CHINESE_AMOUNT = new RegExp(`([${CHINESE_NUMERAL_CHARS}]+?)(万亿|亿|万)(美元|港元|欧元|元)?`, 'g');
/** Years, months, days, clock times, durations, moving-average windows: temporal, not amounts. */
const TEMPORAL_AFTER =
  /^(年|月|日|号|季度|天|周|个(?:月|季度|交易日|工作日|小时|星期)|点\d|时|分|秒|:\d\d|\/\d|\s?(?:AM|PM|am|pm)\b|\s?(?:days?|weeks?|months?|years?|yrs?|hours?|hrs?|mins?|minutes?|quarters?|qtrs?|wks?|d|w|dma|sma|ema|day|week|month|year)\b|(?:st|nd|rd|th)\b)/i;
/** Words before a bare number that make it a price: `stopped at 130.7`, `PT 45`, `support 12.5`. */
const PRICE_BEFORE =
  /(?:\b(?:at|@|to|from|above|below|over|under|target|PT|stop|stops|stopped|buy|bought|sell|sold|support|resistance|entry|price|trigger|close[ds]?|opened|high|low|short|long)\s?|@\s?)$/i;
const YEAR = /^(19|20)\d\d$/;
/** A month name right before a bare day number: `Feb 7`, `March 12,`. */
const MONTH_BEFORE =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s$/;

/** Every figure in `text` (or in `[from, to)`), in order, with its value normalised. */
export function findFigures(text: string, from = 0, to = text.length): Figure[] {
  const slice = text.slice(from, to);
  // Dates and clock times are one temporal figure each; list ordinals are none.
  const found: Figure[] = stamps(text, from, to);
  const stamped = found.length;
  for (const m of slice.matchAll(ARABIC)) {
    const [whole, prefix, num, moreBefore, highNum, mag, moreAfter, suffix, percent, per] = m;
    const start = from + m.index;
    let end = start + whole.length;
    // The regex may take trailing spaces with an optional unit that did not follow: trim them back.
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (found.some((f, i) => i < stamped && f.start < end && start < f.end)) continue;
    if (end - start === num.length && isListOrdinal(text, start, end, from)) continue;
    const magnitude = mag ? MAGNITUDE[mag.trim()] : 1;
    const value = toNumber(num) * magnitude;
    let high = highNum !== undefined ? toNumber(highNum) * magnitude : undefined;
    // 30多亿: 30亿 up to 40亿; 5亿多: 5亿 up to 6亿.
    if (moreBefore) high = value + stepOf(num) * magnitude;
    else if (moreAfter) high = value + magnitude;
    const after = text.slice(end, end + 8);
    let kind: FigureKind;
    let unit: string | undefined;
    if (percent) {
      kind = 'percent';
      unit = /百分点|point/.test(percent) ? 'pp' : '%';
    } else if (prefix || suffix) {
      kind = 'money';
      unit = prefix ? CURRENCY_PREFIX[prefix] : CURRENCY_SUFFIX[suffix.trim()];
    } else if (
      TEMPORAL_AFTER.test(after) ||
      (YEAR.test(num) && !mag) ||
      (!mag && /^\d{1,2}$/.test(num) && MONTH_BEFORE.test(text.slice(Math.max(0, start - 11), start)))
    ) {
      kind = 'temporal';
    } else if (/\./.test(num) && PRICE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) {
      // A price with no currency written (StockTwits style); the currency is not known.
      kind = 'money';
    } else {
      kind = 'quantity';
    }
    const figure: Figure = { start, end, text: text.slice(start, end), kind, value };
    if (high !== undefined && !Number.isNaN(high)) figure.high = high;
    if (unit) figure.unit = unit;
    if (per) figure.per = PER[per];
    if (moreBefore || moreAfter) figure.approx = true;
    if (!Number.isNaN(value)) found.push(figure);
  }
  for (const m of slice.matchAll(CHINESE_PERCENT)) {
    const value = /^\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
    const start = from + m.index;
    if (!Number.isNaN(value))
      found.push({ start, end: start + m[0].length, text: m[0], kind: 'percent', value, unit: '%' });
  }
  for (const m of slice.matchAll(CHINESE_AMOUNT)) {
    const start = from + m.index;
    if (found.some((f) => f.start <= start && start < f.end)) continue;
    const base = parseChineseNumeral(m[1]);
    if (Number.isNaN(base) || m[1] === '万' || m[1] === '亿') continue;
    const value = base * MAGNITUDE[m[2]];
    const figure: Figure = { start, end: start + m[0].length, text: m[0], kind: m[3] ? 'money' : 'quantity', value };
    if (m[3]) figure.unit = CURRENCY_SUFFIX[m[3]];
    found.push(figure);
  }
  // Indefinite amounts in words take the place of the figures they hold (数百万 over 百万).
  const indefinite = indefiniteFigures(text, from, to);
  const all = found.filter((f) => !indefinite.some((i) => f.start < i.end && i.start < f.end)).concat(indefinite);
  return qualify(text, all, from, to).sort((a, b) => a.start - b.start);
}

function toNumber(s: string): number {
  return Number(s.replace(/,/g, '').replace('−', '-'));
}
