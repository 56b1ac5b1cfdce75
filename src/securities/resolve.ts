import type { Market, SecurityType } from '../types.ts';
import { type Catalog, catalog } from './catalog.ts';

/** A listing a mention resolves to: from the data when it knows the listing, else from the code's form. */
export interface ResolvedCode {
  id: string;
  symbol: string;
  market: Market;
  type: SecurityType;
  exchange?: string;
  name: { zh?: string; en?: string };
  /** A delisted company (see Listing). */
  delisted?: { date?: string };
}

/** The resolved listing for an id; the data's view when it has one, else `type` (default unknown). */
export function resolveId(id: string, type: SecurityType = 'unknown', cat: Catalog = catalog()): ResolvedCode {
  const known = cat.listing(id);
  if (known) return { ...known, name: { ...known.name }, ...(known.delisted && { delisted: { ...known.delisted } }) };
  const colon = id.indexOf(':');
  return { id, symbol: id.slice(colon + 1), market: id.slice(0, colon) as Market, type, name: {} };
}

/** Which exchange-range a 6-digit A-share code falls in, when the data does not list it. */
function sixDigitMarket(code: string): Market | undefined {
  if (/^(60|68|90)\d{4}$/.test(code) || /^(50|51|52|56|58)\d{4}$/.test(code)) return 'SH';
  if (/^(00|30|20)\d{4}$/.test(code) || /^(15|16)\d{4}$/.test(code)) return 'SZ';
  if (/^(43|83|87|92)\d{4}$/.test(code)) return 'BJ';
  return undefined;
}

/** Xueqiu-style codes: `SH600519`, `00700`, `HKHSI`, `.IXIC`, `F000001`, `BIDU`, `BRK.B`. */
export function resolveXueqiuCode(rawCode: string, cat: Catalog = catalog()): ResolvedCode | undefined {
  const code = rawCode.toUpperCase();
  let m = /^(SH|SZ|BJ)(\d{6})$/.exec(code);
  if (m) return resolveId(`${m[1]}:${m[2]}`, 'unknown', cat);
  if (/^\d{5}$/.test(code)) return resolveId(`HK:${code}`, 'unknown', cat);
  if (/^\d{6}$/.test(code)) return resolveSixDigit(code, cat);
  m = /^HK([A-Z]{2,8})$/.exec(code);
  if (m) return resolveId(`HK:${m[1]}`, 'index', cat);
  if (/^\.[A-Z]{2,8}$/.test(code)) return resolveId(`US:${code}`, 'index', cat);
  m = /^F(\d{6})$/.exec(code);
  if (m) return resolveId(`CN:${m[1]}`, 'fund', cat);
  if (/^[A-Z]{1,6}([.-][A-Z]{1,2})?$/.test(code)) return resolveId(`US:${code.replace('-', '.')}`, 'unknown', cat);
  return undefined;
}

/**
 * A bare 6-digit A-share/fund code: the one listing that carries it, else its exchange range.
 * Undefined when two listings share it (000001 is both 平安银行 and 上证指数): the caller needs a name.
 */
export function resolveSixDigit(code: string, cat: Catalog = catalog()): ResolvedCode | undefined {
  const ids = cat.bySixDigitCode(code);
  if (ids.length === 1) return resolveId(ids[0], 'unknown', cat);
  if (ids.length > 1) return undefined;
  const market = sixDigitMarket(code);
  return market ? resolveId(`${market}:${code}`, 'unknown', cat) : undefined;
}

/**
 * A Hong Kong code of 1–5 digits (`700`, `0700`, `00700`), when the data lists it; or, when the
 * text writes the market itself (`HK06606`, `06606.HK`) with four or five digits, a listing the
 * data does not know (listed since, or gone): a code written so is a security, as `SH688999` is.
 */
export function resolveHkDigits(
  digits: string,
  cat: Catalog = catalog(),
  marketWritten = false,
): ResolvedCode | undefined {
  const id = `HK:${digits.padStart(5, '0')}`;
  if (digits.length > 5) return undefined;
  return cat.has(id) || (marketWritten && digits.length >= 4) ? resolveId(id, 'unknown', cat) : undefined;
}

/**
 * A cashtag's symbol. A one-letter suffix is a US share class (`BRK.B`, `BRK-B`); a two-letter one
 * or `_` names another market (`POT.TO`, `MOR.DE`, `ES_F`). Bare symbols are US listings, unless
 * the symbol means a cryptocurrency first (`$BTC`) or only a cryptocurrency has it.
 */
export function resolveCashtagSymbol(
  symbol: string,
  separator?: string,
  suffix?: string,
  cat: Catalog = catalog(),
): ResolvedCode {
  const base = symbol.toUpperCase();
  if (suffix) {
    const tail = suffix.toUpperCase();
    if (separator !== '_' && tail.length === 1) return resolveId(`US:${base}.${tail}`, 'unknown', cat);
    if (tail === 'US') return resolveId(`US:${base}`, 'unknown', cat);
    return resolveId(`INTL:${base}${separator}${tail}`, 'unknown', cat);
  }
  if (cat.cryptoFirst.has(base) && cat.has(`CRYPTO:${base}`)) return resolveId(`CRYPTO:${base}`, 'crypto', cat);
  if (cat.has(`US:${base}`)) return resolveId(`US:${base}`, 'unknown', cat);
  if (cat.has(`CRYPTO:${base}`)) return resolveId(`CRYPTO:${base}`, 'crypto', cat);
  return resolveId(`US:${base}`, 'unknown', cat);
}
