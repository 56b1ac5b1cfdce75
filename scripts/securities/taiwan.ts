/**
 * Taiwan's markets from TWSE's and TPEx's ISIN lists (tw_twse_equities.csv: 上市, canonical id
 * `TW:2330`; tw_tpex_equities.csv: 上櫃, `TWO:6488`). Stocks (and the innovation board's) and ETFs
 * are taken; preferred shares, ETNs, TDRs and beneficiary certificates are not. Names are the
 * exchanges' short names in Traditional Chinese, kept as written for display; the names matched
 * in text are folded to Simplified by the engine's own fold, as all its names are.
 */
import { parseCsv } from './csv.ts';

export interface TaiwanListing {
  id: string;
  type: 'stock' | 'etf';
  exchange: 'TWSE' | 'TPEx';
  zh: string;
}

const TYPES: Record<string, 'stock' | 'etf'> = { 股票: 'stock', 創新板: 'stock', ETF: 'etf' };

export function taiwanListings(read: (file: string) => string): TaiwanListing[] {
  const out: TaiwanListing[] = [];
  for (const [file, market, exchange] of [
    ['tw_twse_equities.csv', 'TW', 'TWSE'],
    ['tw_tpex_equities.csv', 'TWO', 'TPEx'],
  ] as const) {
    for (const r of parseCsv(read(file))) {
      const type = TYPES[r.type];
      if (!type || !/^\d{4,6}[A-Z]?$/.test(r.code) || !r.name) continue;
      out.push({ id: `${market}:${r.code}`, type, exchange, zh: r.name.normalize('NFKC').replace(/\s+/g, '') });
    }
  }
  return out;
}

/** Folds `text` with a fold string of the generated file (`TSTS…`: Traditional, then Simplified). */
export function foldWith(fold: string, text: string): string {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < fold.length; i += 2) map.set(fold[i], fold[i + 1]);
  return [...text].map((c) => map.get(c) ?? c).join('');
}
