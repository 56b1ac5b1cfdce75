const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a Chinese numeral is written with. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿点';

/**
 * The value of a Chinese numeral: `二十` → 20, `一百零五` → 105, `三千亿` → 3×10¹¹, `十二点五` → 12.5,
 * `一九九八` (digit by digit) → 1998. NaN when the string is not a numeral.
 */
export function parseChineseNumeral(s: string): number {
  if (s === '') return Number.NaN;
  const point = s.indexOf('点');
  if (point >= 0) {
    const whole = point === 0 ? 0 : parseChineseNumeral(s.slice(0, point));
    const fraction = [...s.slice(point + 1)].map((c) => DIGITS[c]);
    if (fraction.length === 0 || fraction.some((d) => d === undefined)) return Number.NaN;
    return whole + Number(`0.${fraction.join('')}`);
  }
  // Digit by digit, with no units at all: 一九九八.
  if ([...s].every((c) => c in DIGITS) && s.length > 1) return Number([...s].map((c) => DIGITS[c]).join(''));
  // 亿 closes everything before it; 万 closes only the part since the last 亿; 十百千 build a section.
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of s) {
    if (c in DIGITS) {
      digit = DIGITS[c];
    } else if (c in UNITS) {
      section += (digit ?? 1) * UNITS[c];
      digit = undefined;
    } else if (c === '万') {
      wan = (section + (digit ?? 0) || 1) * 1e4;
      section = 0;
      digit = undefined;
    } else if (c === '亿') {
      yi = (yi + wan + section + (digit ?? 0) || 1) * 1e8;
      wan = 0;
      section = 0;
      digit = undefined;
    } else {
      return Number.NaN;
    }
  }
  return yi + wan + section + (digit ?? 0);
}
