import type { Catalog } from '../securities/catalog.ts';
import { type ResolvedCode, resolveHkDigits, resolveId, resolveSixDigit } from '../securities/resolve.ts';
import type { Candidate, Range } from './candidate.ts';
import { namesBeforeCodes } from './name-before-code.ts';
import { overlaps } from './text-ranges.ts';

/** `SH600519`, `sz000001`, `BJ920000`: exchange prefix glued to six digits. */
const PREFIXED_A = /(?<![A-Za-z0-9])(SH|SZ|BJ|sh|sz|bj|Sh|Sz|Bj)(\d{6})(?![0-9])/g;
/** `600519.SH`, `600519.SS` (Yahoo's Shanghai suffix), `300750.SZ`, `920000.BJ`. */
const SUFFIXED_A = /(?<![A-Za-z0-9.])(\d{6})\.(SH|SS|SZ|BJ|sh|ss|sz|bj)(?![A-Za-z0-9])/g;
/** `00700.HK`, `0700.HK`, `700.HK`. */
const SUFFIXED_HK = /(?<![A-Za-z0-9.])(\d{1,5})\.(?:HK|hk)(?![A-Za-z0-9])/g;
/** `HK:700`, `HK.00700`, `HK00700`, `HK：00700`. */
const PREFIXED_HK = /(?<![A-Za-z0-9])HK(?:[:：.]\s?(\d{1,5})|(\d{5}))(?![0-9.])/g;
/** `贵州茅台(600519)`, `宁德时代（300750）`, `腾讯控股(00700)`, `腾讯(0700)`, `(159671)`. */
const PARENTHESISED = /[(（]\s?(\d{4,6})\s?[)）]/g;
/** `股票代码：600519`, `代码600519`. */
const LABELLED = /(?:股票|证券|基金)?代码\s?[:：]?\s?(\d{6})(?![0-9])/g;
/** Reuters instrument codes of US listings in parentheses or angle brackets: `(BIDU.O)`, `<JNJ.N>`, `<BRKb.N>`. */
const RIC = /[(（<]([A-Z]{1,5})([a-z])?\.(O|OQ|N|A|K|P)[)）>]/g;

/** Finds listings written as market codes, outside `refused` ranges. */
export function findMarketCodes(text: string, refused: readonly Range[], cat: Catalog): Candidate[] {
  const found: Candidate[] = [];
  const add = (start: number, end: number, security: ResolvedCode | undefined) => {
    if (security && !overlaps(refused, start, end)) found.push({ start, end, kind: 'code', security });
  };
  // Each form needs a literal that plain prose rarely has: test for it before scanning with the regex.
  const has = (literal: RegExp | string) => (typeof literal === 'string' ? text.includes(literal) : literal.test(text));
  if (has(/[SsBb][HhZzJj]\d/))
    scan(PREFIXED_A, text, (m) =>
      add(m.index, m.index + m[0].length, resolveId(`${m[1].toUpperCase()}:${m[2]}`, 'unknown', cat)),
    );
  if (has(/\d\.[SsBb]/)) {
    scan(SUFFIXED_A, text, (m) => {
      const market = m[2].toUpperCase() === 'SS' ? 'SH' : m[2].toUpperCase();
      add(m.index, m.index + m[0].length, resolveId(`${market}:${m[1]}`, 'unknown', cat));
    });
  }
  if (has(/\.[Hh][Kk]/))
    scan(SUFFIXED_HK, text, (m) => add(m.index, m.index + m[0].length, resolveHkDigits(m[1], cat, true)));
  if (has('HK'))
    scan(PREFIXED_HK, text, (m) => add(m.index, m.index + m[0].length, resolveHkDigits(m[1] ?? m[2], cat, true)));
  if (has(/[A-Za-z]\.[ONAKP]/)) {
    scan(RIC, text, (m) => {
      const id = m[2] ? `US:${m[1]}.${m[2].toUpperCase()}` : `US:${m[1]}`;
      if (cat.has(id)) add(m.index + 1, m.index + m[0].length - 1, resolveId(id, 'unknown', cat));
    });
  }
  if (has('代码')) {
    scan(LABELLED, text, (m) => {
      const digits = m.index + m[0].length - 6;
      add(digits, digits + 6, resolveSixDigit(m[1], cat));
    });
  }
  scan(PARENTHESISED, text, (m) => {
    const candidate = parenthesisedCode(text, m.index, m[0].length, m[1], cat);
    if (candidate) add(candidate.start, candidate.end, candidate.security);
  });
  for (const name of namesBeforeCodes(text, found)) if (!overlaps(refused, name.start, name.end)) found.push(name);
  return found.sort((a, b) => a.start - b.start);
}

function scan(pattern: RegExp, text: string, onMatch: (m: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) onMatch(m);
}

/**
 * A code in parentheses. When the name right before the parenthesis is a name of one of the
 * listings the code can mean, the mention is name and code together and that listing wins
 * (000001 after 平安银行 is SZ:000001, after 上证指数 SH:000001). Otherwise a 6-digit code counts
 * only when one listing carries it and a 5-digit one only when Hong Kong lists it; 4 digits need the name.
 */
function parenthesisedCode(
  text: string,
  open: number,
  length: number,
  digits: string,
  cat: Catalog,
): { start: number; end: number; security: ResolvedCode } | undefined {
  const ids = [
    ...(digits.length === 6 ? cat.bySixDigitCode(digits) : []),
    ...(digits.length < 6 ? [`HK:${digits.padStart(5, '0')}`] : []),
    `TW:${digits}`,
    `TWO:${digits}`,
  ].filter((id) => cat.has(id));
  for (const id of ids) {
    // The longest name that ends at the parenthesis: 贵州茅台(600519), not 茅台(600519).
    const name = cat.longestNameOf(id, text, open);
    if (name > 0) return { start: open - name, end: open + length, security: resolveId(id, 'unknown', cat) };
  }
  const codeStart = text.indexOf(digits, open);
  const codeOnly = (security: ResolvedCode | undefined) =>
    security && { start: codeStart, end: codeStart + digits.length, security };
  if (digits.length === 6) return codeOnly(resolveSixDigit(digits, cat));
  if (digits.length === 5) return codeOnly(resolveHkDigits(digits, cat));
  return undefined;
}
