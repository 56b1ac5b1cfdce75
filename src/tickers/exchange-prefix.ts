import type { Catalog } from '../securities/catalog.ts';
import { type ResolvedCode, resolveHkDigits, resolveId, resolveSixDigit } from '../securities/resolve.ts';
import type { Candidate, Range } from './candidate.ts';
import { overlaps } from './text-ranges.ts';

/** Exchange names as articles write them before a symbol, and the market each one means. */
const EXCHANGES: Record<string, 'US' | 'HK' | 'SH' | 'SZ'> = {
  NASDAQ: 'US',
  Nasdaq: 'US',
  NasdaqGS: 'US',
  NasdaqGM: 'US',
  NasdaqCM: 'US',
  NYSE: 'US',
  'NYSE American': 'US',
  'NYSE Arca': 'US',
  'NYSE MKT': 'US',
  NYSEARCA: 'US',
  AMEX: 'US',
  OTC: 'US',
  OTCQX: 'US',
  纳斯达克: 'US',
  纳斯达克交易所: 'US',
  纽交所: 'US',
  纽约证券交易所: 'US',
  美交所: 'US',
  HKEX: 'HK',
  SEHK: 'HK',
  HKG: 'HK',
  港交所: 'HK',
  联交所: 'HK',
  香港交易所: 'HK',
  SSE: 'SH',
  上交所: 'SH',
  上海证券交易所: 'SH',
  SZSE: 'SZ',
  深交所: 'SZ',
  深圳证券交易所: 'SZ',
};

const names = Object.keys(EXCHANGES)
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(' ', '\\s'));
/** `NASDAQ: BIDU`, `(NYSE:BABA)`, `纳斯达克:BIDU`, `HKEX: 700`, `SSE: 600519`. */
const PREFIXED = new RegExp(
  `(?<![A-Za-z])(${names.join('|')})\\s?[:：]\\s?([A-Z]{1,5}(?:\\.[A-Z])?|\\d{1,6})(?![A-Za-z0-9])`,
  'g',
);

/** Finds `EXCHANGE: SYMBOL` mentions outside `refused` ranges. */
export function findExchangePrefixed(text: string, refused: readonly Range[], cat: Catalog): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(PREFIXED)) {
    const market = EXCHANGES[m[1].replace(/\s/, ' ')];
    const symbol = m[2];
    const digits = /^\d+$/.test(symbol);
    let security: ResolvedCode | undefined;
    if (market === 'US' && !digits) security = resolveId(`US:${symbol}`, 'unknown', cat);
    else if (market === 'HK' && digits) security = resolveHkDigits(symbol, cat);
    else if ((market === 'SH' || market === 'SZ') && digits && symbol.length === 6) {
      security = cat.has(`${market}:${symbol}`)
        ? resolveId(`${market}:${symbol}`, 'unknown', cat)
        : resolveSixDigit(symbol, cat);
    }
    const end = m.index + m[0].length;
    if (security && !overlaps(refused, m.index, end)) {
      found.push({ start: m.index, end, kind: 'exchange-prefix', security });
    }
  }
  return found;
}
