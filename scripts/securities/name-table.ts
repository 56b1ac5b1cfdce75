/**
 * The names matched in text, derived from the listings: which names count at all, how each may be
 * matched (flags), former and delisted A-share names, and the order of each name's listings. Part
 * of build-securities.ts, after `readListings` (listings.ts).
 */
import { chineseWordClass } from './ambiguous-names.ts';
import { withoutStatus } from './chinese-names.ts';
import { CURATED, NEVER_NAMES, ORDINARY_WORD_NAMES, PRIMARY } from './curated.ts';
import { CURATED_CHINESE } from './curated-chinese.ts';
import { CURATED_ENGLISH, ENGLISH_PRIMARY } from './curated-english.ts';
import { englishNames, listedWordClass, wordClass } from './english-names.ts';
import {
  baseName,
  DELISTED_NAMES_FILE,
  FORMER_NAMES_FILE,
  matchedOldNames,
  type OldName,
  readDelisted,
  readFormerNames,
} from './former-names.ts';
import type { Listings } from './listings.ts';
import { foldWith } from './taiwan.ts';
import { traditionalFold } from './traditional.ts';

/**
 * '' matched as written; 'a' with finance words beside it or in a text about finance (a place or a
 * person's name too); 'c' only with finance words beside it; 'w' only with a company word or code beside it.
 */
export type Flag = '' | 'a' | 'c' | 'w';

/** A Hong Kong short name's share-structure mark (`小米集团-W`, `京东集团-SW`): not part of the name in print. */
const HK_MARK = /-(W|SW|S|B|R|SWR|WR)$/;

/** The names and what the header says of them. */
export interface NameTable {
  names: Map<string, { ids: string[]; flag: Flag }>;
  /** Names that are a listing's former name (flag f): the analysis says so. */
  formerNames: Set<string>;
  /** How many delisted A-shares the optional list gave (each now a row of the listings). */
  delistedCount: number;
  /** Whether the optional lists of former and delisted names were there. */
  oldNameLists: boolean;
}

/**
 * Derives the names from `listings`; the optional lists of former and delisted names are read with
 * `readOptional`, and a delisted company is added to the listings as a row of its own.
 */
export function nameTable(listings: Listings, readOptional: (file: string) => string | undefined): NameTable {
  const { rows, put, usListedNames, sseNames, hkAliases, earlierCnNames, usCnNames, taiwan } = listings;
  const ordinary = new Set(ORDINARY_WORD_NAMES);
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
      const bare = row.zh.replace(HK_MARK, '');
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
      const stem = row.zh.replace(HK_MARK, '').replace(/集团$/, '');
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
  return { names, formerNames, delistedCount: delisted.length, oldNameLists: Boolean(formerText && delistedText) };
}
