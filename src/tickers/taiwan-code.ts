import type { Catalog } from '../securities/catalog.ts';
import { resolveId } from '../securities/resolve.ts';
import type { Candidate, Range } from './candidate.ts';
import { overlaps } from './text-ranges.ts';

/** `2330.TW`, `6488.TWO`, `2330-TW` (Taiwanese press), `<2330.TW>` (Reuters). */
const SUFFIXED_TW = /(?<![A-Za-z0-9.])(\d{4,6})[.-](TWO|TW|two|tw)(?![A-Za-z0-9])/g;

/**
 * Words that say the text is about Taiwan's market (folded to Simplified, as the engine reads):
 * 台股, 上市柜, 上柜, 集中市场, 柜买, 台湾证交所, 加权指数. `上市` alone is every market's word.
 */
export const TAIWAN_MARKET_WORDS = /台股|上市柜|上柜|集中市场|柜买|台湾证交所|证交所|加权指数|台湾加权/g;

/** A bare 4-digit number that is something else: part of a larger number, a year, a quantity. */
const NOT_A_CODE_AFTER =
  /^(?:[0-9.,%％]|\s?(?:年|月|日|号|点|點|元|万|亿|億|張|张|股|倍|人|家|个|件|次|名|位|只|台|辆|亿元|美元|点位))/;

/** The listing a Taiwan code means: TWSE first, then TPEx. */
function taiwanId(code: string, cat: Catalog, market?: 'TW' | 'TWO'): string | undefined {
  if (market) return `${market}:${code}`;
  return [`TW:${code}`, `TWO:${code}`].find((id) => cat.has(id));
}

/**
 * Taiwan listings written as codes: `2330.TW` and `6488.TWO` anywhere; a bare 4-digit code only
 * when a name of that listing stands right before it (`台積電 2330`), or when the text is about
 * Taiwan's market and the number is not a year or a quantity.
 */
export function findTaiwanCodes(text: string, refused: readonly Range[], cat: Catalog): Candidate[] {
  const found: Candidate[] = [];
  const add = (start: number, end: number, id: string | undefined) => {
    if (id && !overlaps(refused, start, end))
      found.push({ start, end, kind: 'code', security: resolveId(id, 'unknown', cat) });
  };
  if (/\d[.-][Tt][Ww]/.test(text)) {
    SUFFIXED_TW.lastIndex = 0;
    for (let m = SUFFIXED_TW.exec(text); m; m = SUFFIXED_TW.exec(text)) {
      add(m.index, m.index + m[0].length, taiwanId(m[1], cat, m[2].toUpperCase() === 'TWO' ? 'TWO' : 'TW'));
    }
  }
  const taiwanText = text.search(TAIWAN_MARKET_WORDS) >= 0;
  const bare = /(?<![0-9A-Za-z.,$¥￥])\d{4}(?![0-9A-Za-z])/g;
  for (let m = bare.exec(text); m; m = bare.exec(text)) {
    const before = text.charCodeAt(m.index - 1) === 32 ? m.index - 1 : m.index;
    // Outside a text about 台股 only a name right before the code counts: names here are Chinese.
    if (!taiwanText && !(text.charCodeAt(before - 1) >= 0x3400)) continue;
    const id = taiwanId(m[0], cat);
    if (!id) continue;
    const named = cat.longestNameOf(id, text, before);
    if (named > 0) {
      add(before - named, m.index + 4, id);
      continue;
    }
    const year = Number(m[0]) >= 1900 && Number(m[0]) <= 2099;
    if (taiwanText && !year && !NOT_A_CODE_AFTER.test(text.slice(m.index + 4, m.index + 8)))
      add(m.index, m.index + 4, id);
  }
  return found;
}
