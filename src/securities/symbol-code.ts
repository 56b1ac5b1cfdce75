import type { Market, SecurityType } from '../types.ts';
import { canonicalId, knownSecurity } from './known-securities.ts';

/** A code read from text, placed on its market. */
export interface ResolvedCode {
  id: string;
  symbol: string;
  market: Market;
  type: SecurityType;
  name: { zh?: string; en?: string };
}

/** Xueqiu-style codes: `SH600519`, `00700`, `HKHSI`, `.IXIC`, `F000001`, `BIDU`, `BRK.B`. */
const XUEQIU_CODE: readonly [RegExp, (m: RegExpExecArray) => [Market, string, SecurityType?]][] = [
  [/^(SH|SZ|BJ)(\d{6})$/, (m) => [m[1] as Market, m[2]]],
  [/^(\d{5})$/, (m) => ['HK', m[1]]],
  [/^HK([A-Z]{2,8})$/, (m) => ['HK', m[1], 'index']],
  [/^(\.[A-Z]{2,8})$/, (m) => ['US', m[1], 'index']],
  [/^F(\d{6})$/, (m) => ['CN', m[1], 'fund']],
  [/^([A-Z]{1,6}(?:[.-][A-Z]{1,2})?)$/, (m) => ['US', m[1].replace('-', '.')]],
];

/** Places a Xueqiu code on its market, or returns undefined when the code has no known form. */
export function resolveXueqiuCode(rawCode: string): ResolvedCode | undefined {
  const code = rawCode.toUpperCase();
  for (const [pattern, place] of XUEQIU_CODE) {
    const m = pattern.exec(code);
    if (m) {
      const [market, symbol, type] = place(m);
      return resolved(market, symbol, type);
    }
  }
  return undefined;
}

/** Places a `$TICKER` cashtag symbol (US listing; share classes written `.B` or `-B`). */
export function resolveUsSymbol(rawSymbol: string): ResolvedCode {
  return resolved('US', rawSymbol.toUpperCase().replace('-', '.'));
}

function resolved(market: Market, symbol: string, type?: SecurityType): ResolvedCode {
  const id = canonicalId(market, symbol);
  const known = knownSecurity(id);
  return {
    id,
    symbol,
    market,
    type: known?.type ?? type ?? 'unknown',
    name: { zh: known?.zh, en: known?.en },
  };
}
