/**
 * Generates src/securities/data/securities.generated.ts from the published lists of listed
 * securities (../shared/data/reference by default, or --from DIR) and the hand-checked layer in
 * curated.ts. Rerun it on newer lists of the same formats; `--check` only verifies that the
 * committed file is what the inputs give.
 *
 *   npx tsx scripts/securities/build-securities.ts [--from DIR] [--check]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHINESE_WORD_LIST_SOURCE, chineseWordClass } from './ambiguous-names.ts';
import { legalNames, withoutStatus } from './chinese-names.ts';
import { parseCsv } from './csv.ts';
import { CRYPTO_FIRST, CURATED, NEVER_NAMES, ORDINARY_WORD_NAMES, PRIMARY, REJECTED_US_CN_NAMES } from './curated.ts';
import { CURATED_CHINESE } from './curated-chinese.ts';
import { CURATED_ENGLISH, ENGLISH_PRIMARY } from './curated-english.ts';
import { englishNames, listedWordClass, WORD_LIST_SOURCE, wordClass } from './english-names.ts';
import {
  baseName,
  DELISTED_NAMES_FILE,
  FORMER_NAMES_FILE,
  matchedOldNames,
  type OldName,
  readDelisted,
  readFormerNames,
} from './former-names.ts';
import { foldWith, taiwanListings } from './taiwan.ts';
import { OPENCC_SOURCE, traditionalFold } from './traditional.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'src/securities/data/securities.generated.ts');

type Type = 'stock' | 'etf' | 'index' | 'fund' | 'crypto';
interface Row {
  id: string;
  type: Type;
  exchange: string;
  zh?: string;
  en?: string;
  /** Delisted (SSE, SZSE), with its date where known. */
  delisted?: { date?: string };
}

const TYPE_CODE: Record<Type, string> = { stock: 's', etf: 'e', index: 'i', fund: 'f', crypto: 'c' };

/** Where each part of the data came from (the reference README gives these commits and dates). */
const SOURCES = [
  [
    'nasdaqlisted.txt, otherlisted.txt',
    'Nasdaq Trader symbol directory, file creation time 2025-07-21',
    'US listings (Nasdaq, NYSE, NYSE American, NYSE Arca, Cboe, IEX), ETF flags',
  ],
  [
    'sec_company_tickers_exchange.json',
    'SEC EDGAR company_tickers_exchange, 2025-08-24',
    'US OTC listings missing from the Nasdaq Trader files',
  ],
  [
    'cn_a_shares_listed_exchange_2026.csv',
    'A-share list (SSE, SZSE, BSE), 2026-05-11',
    'A-shares in trading (status 在市), names NFKC-normalised, and without their status marks',
  ],
  [
    'cn_sse_stocks_with_fullname.csv',
    'SSE list with full names, 2026-05-11',
    "SSE listings' longer short names and legal names (without their legal form)",
  ],
  [
    'dsa_stocks_index_cn_hk_us.json',
    'daily_stock_analysis stocks.index.json, 2026-03-22',
    'HK listings and their short names; A-share short names of March where they differ (former names)',
  ],
  [
    'cn_indices_sina_spot.csv, cn_indices_csindex_akshare.csv',
    'Sina index list 2025-02-01; CSI index list 2026-05-12',
    'SSE/SZSE indices',
  ],
  ['global_indices_eastmoney.tsv', 'Eastmoney standard indexes (bookkeeping-mobile cb0f006c)', 'global indices'],
  [
    'cn_funds_eastmoney.tsv',
    'Eastmoney fund codes (leek-fund 425bc794, 2026-01-27)',
    'exchange-traded funds (ETF/LOF) of SSE and SZSE',
  ],
  [
    'us_ticker_to_cn_name.json, code_to_cn_name_common.json',
    'valuation-radar-ui CN_NAMES; daily_stock_analysis STOCK_NAME_MAP (2026-03-14)',
    'Chinese names of US listings (rows ABMD, AZPN1, TE1 rejected)',
  ],
  [
    'tw_twse_equities.csv, tw_tpex_equities.csv',
    'TWSE and TPEx ISIN lists (twstock 7794b138, 2026-03-27)',
    'Taiwan stocks and ETFs (上市 TW, 上櫃 TWO), Traditional short names',
  ],
  ['crypto_cryptocurrency_icons_manifest.json', 'cryptocurrency-icons manifest, 2022-08-22', 'cryptocurrency symbols'],
  [
    `${FORMER_NAMES_FILE}, ${DELISTED_NAMES_FILE}`,
    'A-share names in 8 snapshots 2014–2025 (abu, tushare, baostock, akshare), delist dates from baostock 2023-11',
    'former names of A-shares and names of delisted ones (scripts/securities/former-names.ts)',
  ],
  [
    'scripts/securities/curated.ts',
    'hand-checked in this repository',
    'aliases, dual-listing primaries, names that are ordinary words, index names',
  ],
  [
    'scripts/securities/curated-chinese.ts',
    'hand-checked in this repository',
    "Chinese names of US and foreign listings, foreign companies' home listings, US companies since delisted, world indices",
  ],
];

const args = process.argv.slice(2);
const from = resolve(
  args.includes('--from') ? args[args.indexOf('--from') + 1] : join(ROOT, '../shared/data/reference'),
);
if (args.includes('--check') && !existsSync(from)) {
  console.log(`securities: no reference lists at ${from}: nothing to check the committed file against (skipped).`);
  process.exit(0);
}
const read = (file: string) => readFileSync(join(from, file), 'utf8').replace(/^\uFEFF/, '');
/** A list that newer reference folders carry and older ones may not: its text, or undefined. */
const readOptional = (file: string) => (existsSync(join(from, file)) ? read(file) : undefined);
const nfkc = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

const rows = new Map<string, Row>();
const put = (row: Row) => {
  const existing = rows.get(row.id);
  rows.set(row.id, existing ? { ...existing, ...definedOnly(row) } : row);
};

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}

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
  if (!listed && !c.delisted && !c.id.startsWith('INTL:')) throw new Error(`curated-chinese.ts: ${c.id} is not listed`);
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

// --- Names matched in text -----------------------------------------------------------------
const ordinary = new Set(ORDINARY_WORD_NAMES);
/**
 * '' matched as written; 'a' with finance words beside it or in a text about finance (a place or a
 * person's name too); 'c' only with finance words beside it; 'w' only with a company word or code beside it.
 */
type Flag = '' | 'a' | 'c' | 'w';
const STRENGTH: Record<Flag, number> = { '': 0, a: 1, c: 2, w: 3 };
const names = new Map<string, { ids: string[]; flag: Flag }>();
/** Adds a name; the stricter flag wins, unless `decided` (the curated layer's word is final). */
const addName = (name: string, id: string, flag: Flag = '', decided = false) => {
  // HK 8xxxx codes are the RMB trading counters of listings that also trade in HKD: never what a name means.
  if (/^HK:8\d{4}$/.test(id) || NEVER_NAMES.includes(name)) return;
  const entry = names.get(name) ?? { ids: [], flag: '' as Flag };
  if (!entry.ids.includes(id)) entry.ids.push(id);
  // Names that are also words, places or people's names need a finance context (generated; the curated layer decides its own).
  const generated = decided ? '' : /\p{Script=Han}/u.test(name) ? chineseWordClass(name) : listedWordClass(name);
  const stricter: Flag = STRENGTH[generated] > STRENGTH[flag] ? generated : flag;
  // The hand-listed ordinary words need finance words beside them, whatever the generated check says.
  const wanted: Flag = ordinary.has(name) && STRENGTH[stricter] < STRENGTH.c ? 'c' : stricter;
  entry.flag = decided || STRENGTH[wanted] > STRENGTH[entry.flag] ? wanted : entry.flag;
  names.set(name, entry);
};
for (const row of rows.values()) {
  const [market] = row.id.split(':');
  if (!row.zh || row.type !== 'stock') continue;
  if (market === 'SH' || market === 'SZ' || market === 'BJ' || market === 'HK') {
    // Auto-imported names of two characters are too often words; curated aliases cover the real ones.
    if (row.zh.length >= 3) addName(row.zh, row.id);
    const bare = row.zh.replace(/-(W|SW|S|B|R|SWR|WR)$/, '');
    if (bare !== row.zh && bare.length >= 3) addName(bare, row.id);
  }
}
for (const [id, aliases] of hkAliases) for (const a of aliases) if (a.length >= 3) addName(a, id);
for (const [id, zh] of usCnNames) {
  if (/ETF|指数/.test(zh)) continue; // sector-fund translations ("公用事业ETF") read as generic phrases
  addName(zh, id, zh.length < 3 ? 'c' : '');
}
// Exchange-traded funds by their listed names (`易方达中证1000ETF`), as news writes a fund it
// reports on: only a name one fund has and no other listing is called (short ones such as
// `黄金ETF` are generic).
{
  const funds = new Map<string, string[]>();
  for (const row of rows.values()) {
    if (row.type !== 'etf' || !row.zh || !/^(SH|SZ):/.test(row.id) || !/ETF$/.test(row.zh) || row.zh.length < 8)
      continue;
    funds.set(row.zh, [...(funds.get(row.zh) ?? []), row.id]);
  }
  for (const [name, ids] of funds) if (ids.length === 1 && !names.has(name)) addName(name, ids[0]);
}
// Chinese names without status marks, longer short names and legal names: only where they mean one listing.
const derived = new Map<string, Set<string>>();
const derive = (name: string, id: string) => {
  if (name.length < 3 || !/^\p{Script=Han}/u.test(name)) return;
  derived.set(name, (derived.get(name) ?? new Set()).add(id));
};
for (const row of rows.values()) {
  if (!row.zh || row.type !== 'stock' || !/^(SH|SZ|BJ):/.test(row.id)) continue;
  derive(withoutStatus(row.zh), row.id);
  for (const n of sseNames.get(row.id) ?? []) derive(n, row.id);
  for (const n of earlierCnNames.get(row.id) ?? []) derive(withoutStatus(n), row.id);
}
for (const [name, ids] of derived) {
  const id = [...ids][0];
  if (ids.size === 1 && (names.get(name)?.ids ?? [id]).every((other) => other === id)) addName(name, id);
}
// Hong Kong's group names without the word (`旭辉控股集团` is written `旭辉控股`), where that names
// nothing else and is not a generic phrase (`中国医疗集团` without 集团 is one) or a newspaper
// (`经济日报集团`): only with finance words beside them, as many are plain phrases (`电子交易`).
{
  const stems = new Map<string, string[]>();
  for (const row of rows.values()) {
    if (!row.zh || row.type !== 'stock' || !row.id.startsWith('HK:')) continue;
    const stem = row.zh.replace(/-(W|SW|S|B|R|SWR|WR)$/, '').replace(/集团$/, '');
    if (stem.length === row.zh.length || stem.length < 4 || !/^\p{Script=Han}+$/u.test(stem)) continue;
    if (/^(?:中国|中华|香港|亚洲|国际|环球|大中华)/.test(stem) && stem.length < 6) continue;
    if (/(?:日报|时报|晚报|财经|新闻)$/.test(stem)) continue;
    stems.set(stem, [...(stems.get(stem) ?? []), row.id]);
  }
  for (const [stem, ids] of stems)
    if (ids.length === 1 && !names.has(stem) && !derived.has(stem)) addName(stem, ids[0], 'c');
}
// Taiwan's names, folded to Simplified by the fold the engine reads text with (names of two
// characters, 鴻海 or 台泥, are too often words or parts of words: the curated layer adds the real ones).
{
  const fold = traditionalFold(new Set([...names.keys()].flatMap((n) => [...n])));
  for (const t of taiwan) {
    const name = foldWith(fold, t.zh);
    if (name.length >= 3 && /\p{Script=Han}/u.test(name)) addName(name, t.id);
  }
}
// English names of US-listed stocks as news writes them; before the curated layer, which decides.
for (const [id, listed] of usListedNames) for (const n of englishNames(listed)) addName(n, id, wordClass(n));
for (const c of [...CURATED, ...CURATED_ENGLISH, ...CURATED_CHINESE]) {
  const context = new Set(c.contextNames ?? []);
  for (const n of [c.zh, ...(c.aliases ?? []), ...context]) if (n) addName(n, c.id, context.has(n) ? 'c' : '', true);
}
// Former names and delisted companies, after every current name: a current name always wins.
const currentBases = new Map<string, Set<string>>();
for (const row of rows.values()) {
  if (!row.zh || row.type !== 'stock' || !/^(SH|SZ|BJ):/.test(row.id)) continue;
  const base = baseName(row.zh);
  currentBases.set(base, (currentBases.get(base) ?? new Set()).add(row.id));
}
// The star of *ST comes and goes in print: `ST天山` names *ST天山 too.
for (const row of rows.values()) {
  if (!row.zh || row.type !== 'stock' || !/^(SH|SZ|BJ):/.test(row.id) || !/^\*?ST/.test(row.zh)) continue;
  const base = baseName(row.zh);
  if (base.length < 2 || currentBases.get(base)?.size !== 1) continue;
  for (const form of [`ST${base}`, `*ST${base}`]) if (!names.has(form)) addName(form, row.id);
}
const formerText = readOptional(FORMER_NAMES_FILE);
const delistedText = readOptional(DELISTED_NAMES_FILE);
const delisted = delistedText ? readDelisted(delistedText, (id) => rows.has(id)) : [];
const delistedIds = new Set(delisted.map((d) => d.id));
const oldNames: OldName[] = [
  ...(formerText ? readFormerNames(formerText).filter((o) => rows.has(o.id)) : []),
  ...delisted.flatMap((d) => d.names.map((name) => ({ name, id: d.id }))),
];
/** Names that are a listing's former name (flag f): the analysis says so. */
const formerNames = new Set<string>();
for (const { name, id } of matchedOldNames(oldNames, (n) => names.get(n)?.ids, currentBases)) {
  // An old name in plain words (爱迪尔, once a jeweller, now a car too) needs a text about finance;
  // a status form (*ST新海, 网力退) is a stock's name wherever it stands.
  addName(name, id, baseName(name) === name ? 'a' : '');
  if (!delistedIds.has(id)) formerNames.add(name);
}
for (const d of delisted) {
  put({ id: d.id, type: 'stock', exchange: d.exchange, zh: d.zh, delisted: d.date ? { date: d.date } : {} });
}
// Order each name's listings: the curated primary first, then A-shares, Hong Kong, US.
const MARKET_ORDER = ['SH', 'SZ', 'BJ', 'HK', 'TW', 'TWO', 'US', 'INTL', 'CRYPTO'];
for (const [name, entry] of names) {
  entry.ids.sort((a, b) => MARKET_ORDER.indexOf(a.split(':')[0]) - MARKET_ORDER.indexOf(b.split(':')[0]));
  const primary = PRIMARY[name] ?? ENGLISH_PRIMARY[name];
  if (primary && entry.ids.includes(primary)) entry.ids = [primary, ...entry.ids.filter((i) => i !== primary)];
}

// --- Write ---------------------------------------------------------------------------------
const field = (s: string | undefined) => (s ?? '').replace(/[|\n]/g, ' ');
const securityLines = [...rows.values()]
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  .map((r) => {
    const cells = [r.id, TYPE_CODE[r.type], r.exchange, field(r.zh), field(r.en)];
    if (r.delisted) cells.push(`D${r.delisted.date ?? ''}`);
    return cells.join('|');
  });
const nameLines = [...names.entries()]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([name, e]) => [name, e.flag + (formerNames.has(name) ? 'f' : ''), e.ids.join(',')].join('|'));

const nameChars = new Set([...names.keys()].flatMap((n) => [...n]));
const fold = traditionalFold(nameChars);

const counts = new Map<string, number>();
for (const r of rows.values()) {
  if (!r.delisted) counts.set(r.id.split(':')[0], (counts.get(r.id.split(':')[0]) ?? 0) + 1);
}
const header = [
  '/**',
  ' * GENERATED by scripts/securities/build-securities.ts: do not edit by hand (edit curated.ts, rerun).',
  ` * Listings: ${[...counts.entries()].map(([m, n]) => `${m} ${n}`).join(', ')}; delisted A-shares: ${delisted.length}; names matched in text: ${names.size} (former names: ${formerNames.size}).`,
  ...(formerText && delistedText
    ? []
    : [` * Not in the reference folder, so not included: ${FORMER_NAMES_FILE}, ${DELISTED_NAMES_FILE}.`]),
  ' * Sources (input file: published list and date: what was taken):',
  ...SOURCES.map(([file, source, what]) => ` * - ${file}: ${source}: ${what}`),
  ` * Names that are also English words: ${WORD_LIST_SOURCE}.`,
  ` * Chinese names that are also words, places or people's names: ${CHINESE_WORD_LIST_SOURCE}.`,
  ` * Traditional → Simplified fold: ${fold.length / 2} character pairs from ${OPENCC_SOURCE}.`,
  ' */',
].join('\n');
const body = [
  header,
  '',
  '/** `id|type|exchange|zh|en` a line, then `|D<date>` for a delisted A-share (the date where known); type s(tock) e(tf) i(ndex) f(und) c(rypto). */',
  `export const SECURITY_ROWS = ${JSON.stringify(securityLines.join('\n'))};`,
  '',
  '/** `name|flags|id,id…` a line; flag a: matched with finance words beside it or in a text about finance, c: only with finance words beside it, w: only with a company word or code beside it, f: a former name of its listing; ids in order of preference. */',
  `export const NAME_ROWS = ${JSON.stringify(nameLines.join('\n'))};`,
  '',
  '/** Traditional → Simplified, one to one: `TSTS…`, sorted by the Traditional character (scripts/securities/traditional.ts). */',
  `export const TRADITIONAL_FOLD = ${JSON.stringify(fold)};`,
  '',
  '/** Cashtag symbols that mean the cryptocurrency first. */',
  `export const CRYPTO_FIRST = ${JSON.stringify(CRYPTO_FIRST)};`,
  '',
].join('\n');

if (args.includes('--check')) {
  const committed = readFileSync(OUT, 'utf8');
  if (committed !== body) {
    console.error(`${OUT} is not what the inputs in ${from} give: rerun without --check.`);
    process.exit(1);
  }
  console.log(`securities: ${OUT} is up to date with ${from}`);
} else {
  writeFileSync(OUT, body);
  console.log(
    `securities: wrote ${rows.size} listings and ${names.size} names (${(body.length / 1024).toFixed(0)} KiB) to ${OUT}`,
  );
}
