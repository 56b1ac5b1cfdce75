/**
 * The listings of the published lists, read into rows (`id`, type, exchange, names), with the
 * hand-checked layers on top: US (Nasdaq Trader, SEC), A-shares, Hong Kong, indices, exchange-traded
 * funds, Taiwan, crypto, Chinese names of US listings, then curated.ts and curated-chinese.ts.
 * Part of build-securities.ts; `nameTable` (name-table.ts) derives the names matched in text from it.
 */
import { legalNames, withoutStatus } from './chinese-names.ts';
import { parseCsv } from './csv.ts';
import { CURATED, REJECTED_US_CN_NAMES } from './curated.ts';
import { CURATED_CHINESE } from './curated-chinese.ts';
import { taiwanListings } from './taiwan.ts';

export type Type = 'stock' | 'etf' | 'index' | 'fund' | 'crypto';
export interface Row {
  id: string;
  type: Type;
  exchange: string;
  zh?: string;
  en?: string;
  /** Delisted (SSE, SZSE), with its date where known. */
  delisted?: { date?: string };
}

/** A reference list's text by its file name. */
export type Read = (file: string) => string;

export const nfkc = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}

/** The rows, and what the names are derived from besides them. */
export interface Listings {
  rows: Map<string, Row>;
  /** Adds a row, or fills in what an earlier one of the same id leaves undefined or empty. */
  put: (row: Row) => void;
  /** The listed names of the stocks on US exchanges (not OTC), for the English names matched in text. */
  usListedNames: Map<string, string>;
  /** SSE listings' longer short names and legal names. */
  sseNames: Map<string, string[]>;
  /** Hong Kong listings' Chinese aliases. */
  hkAliases: Map<string, string[]>;
  /** A-share short names as the March list had them. */
  earlierCnNames: Map<string, string[]>;
  /** Chinese names of US listings from the community lists. */
  usCnNames: Map<string, string>;
  /** Taiwan's listings (their names are folded to Simplified for matching). */
  taiwan: ReturnType<typeof taiwanListings>;
}

/** Reads every list with `read` (see the module comment). */
export function readListings(read: Read): Listings {
  const rows = new Map<string, Row>();
  const put = (row: Row) => {
    const existing = rows.get(row.id);
    rows.set(row.id, existing ? { ...existing, ...definedOnly(row) } : row);
  };

  // --- US ------------------------------------------------------------------------------------
  const NOT_COMMON_EQUITY = /\b(Warrants?|Rights?|Units?|Preferred|Notes? due|Debentures?|Subordinated)\b/i;
  const OTHER_EXCHANGES: Record<string, string> = {
    N: 'NYSE',
    A: 'NYSE American',
    P: 'NYSE Arca',
    Z: 'Cboe BZX',
    V: 'IEX',
  };

  /** "Agilent Technologies, Inc. Common Stock" → "Agilent Technologies, Inc.". */
  function cleanUsName(name: string): string {
    return name
      .replace(/\s+/g, ' ')
      .replace(/ - (Class [A-Z]|Series [A-Z]|American Depositary|Common|Ordinary).*$/i, '')
      .replace(/ (Class [A-Z] )?(Common Stock|Ordinary Shares?|Common Shares?|Capital Stock)\b.*$/i, '')
      .replace(/ American Depositary (Shares?|Receipts?).*$/i, '')
      .replace(/ ADS\b.*$/, '')
      .trim();
  }

  function pipeRows(file: string): string[][] {
    return read(file)
      .split(/\r?\n/)
      .slice(1)
      .filter((l) => l && !l.startsWith('File Creation Time'))
      .map((l) => l.split('|'));
  }

  /** The listed names of the stocks on US exchanges (not OTC), for the English names matched in text. */
  const usListedNames = new Map<string, string>();
  for (const [symbol, name, , test, , , etf] of pipeRows('nasdaqlisted.txt')) {
    if (test === 'Y' || !/^[A-Z]{1,6}(\.[A-Z]{1,2})?$/.test(symbol) || NOT_COMMON_EQUITY.test(name)) continue;
    put({ id: `US:${symbol}`, type: etf === 'Y' ? 'etf' : 'stock', exchange: 'NASDAQ', en: cleanUsName(name) });
    if (etf !== 'Y') usListedNames.set(`US:${symbol}`, cleanUsName(name));
  }
  for (const [symbol, name, exchange, , etf, , test] of pipeRows('otherlisted.txt')) {
    if (test === 'Y' || !/^[A-Z]{1,6}(\.[A-Z]{1,2})?$/.test(symbol) || NOT_COMMON_EQUITY.test(name)) continue;
    put({
      id: `US:${symbol}`,
      type: etf === 'Y' ? 'etf' : 'stock',
      exchange: OTHER_EXCHANGES[exchange] ?? exchange,
      en: cleanUsName(name),
    });
    if (etf !== 'Y' && (exchange === 'N' || exchange === 'A')) usListedNames.set(`US:${symbol}`, cleanUsName(name));
  }

  /** "TENCENT HOLDINGS LTD" → "Tencent Holdings Ltd" (SEC titles are upper case). */
  function titleCase(name: string): string {
    const keep = new Set(['ADR', 'ADS', 'ETF', 'USA', 'LLC', 'PLC', 'AG', 'SA', 'NV', 'SE', 'LP', 'II', 'III', 'REIT']);
    return name
      .split(/\s+/)
      .map((w) => (keep.has(w.replace(/[.,]/g, '')) ? w : w.charAt(0) + w.slice(1).toLowerCase()))
      .join(' ');
  }

  const sec = JSON.parse(read('sec_company_tickers_exchange.json')) as {
    data: [number, string, string, string | null][];
  };
  for (const [, name, ticker, exchange] of sec.data) {
    const symbol = ticker.replace('-', '.');
    if (exchange !== 'OTC' || rows.has(`US:${symbol}`) || !/^[A-Z]{1,6}(\.[A-Z]{1,2})?$/.test(symbol)) continue;
    put({ id: `US:${symbol}`, type: 'stock', exchange: 'OTC', en: titleCase(name) });
  }

  // --- A-shares ------------------------------------------------------------------------------
  const A_EXCHANGE: Record<string, string> = { SH: 'SSE', SZ: 'SZSE', BJ: 'BSE' };
  for (const r of parseCsv(read('cn_a_shares_listed_exchange_2026.csv'))) {
    if (r.status !== '在市' || !/^\d{6}$/.test(r.code) || !A_EXCHANGE[r.exchange]) continue;
    put({ id: `${r.exchange}:${r.code}`, type: 'stock', exchange: A_EXCHANGE[r.exchange], zh: nfkc(r.name) });
  }

  /** SSE listings' longer short names and legal names (the other lists carry neither). */
  const sseNames = new Map<string, string[]>();
  for (const r of parseCsv(read('cn_sse_stocks_with_fullname.csv'))) {
    if (!rows.has(`SH:${r.code}`)) continue;
    sseNames.set(`SH:${r.code}`, [
      ...[r.full_name, r.short_name].map((n) => withoutStatus(nfkc(n ?? ''))),
      ...legalNames(r.company_full_name ?? ''),
    ]);
  }

  // --- Hong Kong -----------------------------------------------------------------------------
  type DsaRow = [string, string, string, string, string, string[], string, string, boolean, number];
  const dsa = JSON.parse(read('dsa_stocks_index_cn_hk_us.json')) as DsaRow[];
  const hkAliases = new Map<string, string[]>();
  /** A-share short names as the March list had them: some changed by May (宝馨科技 → *ST宝馨). */
  const earlierCnNames = new Map<string, string[]>();
  for (const [canonical, code, name, , , aliases, market] of dsa) {
    const m = /^(\d{6})\.(SH|SZ|BJ)$/.exec(canonical);
    if ((market !== 'CN' && market !== 'BSE') || !m || m[1] !== code) continue;
    earlierCnNames.set(`${m[2]}:${code}`, [name, ...aliases].map(nfkc));
  }
  for (const [, code, name, , , aliases, market, , active] of dsa) {
    if (market !== 'HK' || !active || !/^\d{5}$/.test(code)) continue;
    const latin = aliases.find((a) => /^[A-Za-z]/.test(a));
    put({ id: `HK:${code}`, type: 'stock', exchange: 'HKEX', zh: nfkc(name), en: latin });
    hkAliases.set(
      `HK:${code}`,
      aliases.filter((a) => /\p{Script=Han}/u.test(a)),
    );
  }

  // --- Indices -------------------------------------------------------------------------------
  for (const r of parseCsv(read('cn_indices_sina_spot.csv'))) {
    const m = /^(sh|sz)(\d{6})$/.exec(r.代码);
    if (m)
      put({
        id: `${m[1].toUpperCase()}:${m[2]}`,
        type: 'index',
        exchange: m[1] === 'sh' ? 'SSE' : 'SZSE',
        zh: nfkc(r.名称),
      });
  }
  for (const r of parseCsv(read('cn_indices_csindex_akshare.csv'))) {
    const market = r.index_code.startsWith('000') ? 'SH' : r.index_code.startsWith('399') ? 'SZ' : undefined;
    const id = `${market}:${r.index_code}`;
    if (market && !rows.has(id))
      put({ id, type: 'index', exchange: market === 'SH' ? 'SSE' : 'SZSE', zh: nfkc(r.display_name) });
  }
  /** Eastmoney secids of the indices that have a home market of ours; the rest are INTL:<code>. */
  const EASTMONEY_IDS: Record<string, string> = {
    '100.HSI': 'HK:HSI',
    '124.HSCCI': 'HK:HSCCI',
    '100.HSCEI': 'HK:HSCEI',
    '100.DJIA': 'US:.DJI',
    '100.SPX': 'US:.INX',
    '100.NDX': 'US:.IXIC',
    '1.000001': 'SH:000001',
    '1.000300': 'SH:000300',
    '0.399001': 'SZ:399001',
    '0.399005': 'SZ:399005',
    '0.399006': 'SZ:399006',
  };
  for (const line of read('global_indices_eastmoney.tsv').split(/\r?\n/).slice(1)) {
    const [, name, secid] = line.split('\t');
    if (!secid) continue;
    const id = EASTMONEY_IDS[secid] ?? `INTL:${secid.split('.')[1]}`;
    // Eastmoney labels the Nasdaq Composite just 纳斯达克; keep the listed name where we have one.
    put({ id, type: 'index', exchange: '', zh: rows.get(id)?.zh ?? nfkc(name) });
  }

  // --- Exchange-traded funds -----------------------------------------------------------------
  for (const line of read('cn_funds_eastmoney.tsv').split(/\r?\n/).slice(1)) {
    const [code, , name] = line.split('\t');
    const market = /^(15|16)\d{4}$/.test(code ?? '')
      ? 'SZ'
      : /^(50|51|52|56|58)\d{4}$/.test(code ?? '')
        ? 'SH'
        : undefined;
    if (!market || !name || !/ETF|LOF/.test(name)) continue;
    put({
      id: `${market}:${code}`,
      type: name.includes('ETF') ? 'etf' : 'fund',
      exchange: market === 'SH' ? 'SSE' : 'SZSE',
      zh: nfkc(name),
    });
  }

  // --- Taiwan (TWSE 上市, TPEx 上櫃) ----------------------------------------------------------
  const taiwan = taiwanListings(read);
  for (const t of taiwan) put(t);

  // --- Crypto --------------------------------------------------------------------------------
  for (const { symbol, name } of JSON.parse(read('crypto_cryptocurrency_icons_manifest.json')) as {
    symbol: string;
    name: string;
  }[]) {
    if (/^[A-Z0-9]{2,10}$/.test(symbol)) put({ id: `CRYPTO:${symbol}`, type: 'crypto', exchange: '', en: name });
  }

  // --- Chinese names of US listings ----------------------------------------------------------
  const usCnNames = new Map<string, string>();
  const addUsCn = (ticker: string, name: string) => {
    const id = `US:${ticker.replace('-', '.')}`;
    if (REJECTED_US_CN_NAMES.includes(ticker) || !rows.has(id)) return;
    usCnNames.set(id, nfkc(name));
    put({ ...rows.get(id)!, zh: nfkc(name) });
  };
  for (const [t, n] of Object.entries(
    (JSON.parse(read('us_ticker_to_cn_name.json')) as { CN_NAMES: Record<string, string> }).CN_NAMES,
  ))
    addUsCn(t, n);
  for (const [t, n] of Object.entries(
    (JSON.parse(read('code_to_cn_name_common.json')) as { STOCK_NAME_MAP: Record<string, string> }).STOCK_NAME_MAP,
  )) {
    if (/^[A-Z]/.test(t)) addUsCn(t, n);
  }

  // --- The curated layer wins ----------------------------------------------------------------
  // The Chinese layer names what the lists carry (or carried: a delisted row is kept for its name).
  for (const c of CURATED_CHINESE) {
    const listed = rows.has(c.id);
    if (!listed && !c.delisted && !c.id.startsWith('INTL:'))
      throw new Error(`curated-chinese.ts: ${c.id} is not listed`);
    if (listed && c.delisted) throw new Error(`curated-chinese.ts: ${c.id} is delisted but listed`);
  }
  for (const c of [...CURATED, ...CURATED_CHINESE]) {
    const base = rows.get(c.id);
    put({
      id: c.id,
      type: c.type ?? base?.type ?? 'stock',
      exchange: c.exchange ?? base?.exchange ?? '',
      zh: c.zh,
      en: c.en,
      ...(c.delisted && { delisted: {} }),
    });
  }

  return { rows, put, usListedNames, sseNames, hkAliases, earlierCnNames, usCnNames, taiwan };
}
