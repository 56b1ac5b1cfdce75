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
import { CHINESE_WORD_LIST_SOURCE } from './ambiguous-names.ts';
import { CRYPTO_FIRST } from './curated.ts';
import { WORD_LIST_SOURCE } from './english-names.ts';
import { DELISTED_NAMES_FILE, FORMER_NAMES_FILE } from './former-names.ts';
import { readListings, type Type } from './listings.ts';
import { nameTable } from './name-table.ts';
import { OPENCC_SOURCE, traditionalFold } from './traditional.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'src/securities/data/securities.generated.ts');

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

const listings = readListings(read);
const { rows } = listings;
const { names, formerNames, delistedCount, oldNameLists } = nameTable(listings, readOptional);

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
  ` * Listings: ${[...counts.entries()].map(([m, n]) => `${m} ${n}`).join(', ')}; delisted A-shares: ${delistedCount}; names matched in text: ${names.size} (former names: ${formerNames.size}).`,
  ...(oldNameLists
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
