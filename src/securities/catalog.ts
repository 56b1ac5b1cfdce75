import type { Market, SecurityType } from '../types.ts';
import { aShareStems } from './a-share-stems.ts';
import { CRYPTO_FIRST, NAME_ROWS, SECURITY_ROWS } from './data/securities.generated.ts';
import { NameTrie } from './name-trie.ts';

/** One listing as the reference data knows it. */
export interface Listing {
  id: string;
  market: Market;
  symbol: string;
  type: SecurityType;
  exchange?: string;
  name: { zh?: string; en?: string };
  /** A company since delisted (an A-share), with the date where the data has it: no quote is asked for it. */
  delisted?: { date?: string };
}

/** A name the text may use, with the listings it can mean (preferred first). */
export interface NameEntry {
  name: string;
  ids: string[];
  /** An ordinary word too: linked only with finance context nearby. */
  needsContext: boolean;
  /** One of the commonest words (News, Target): linked only with a company word (Inc, Corp) or its code beside it. */
  needsCompanyWord: boolean;
  /** Also a place or a person's name (白云山, 张家界): a text about finance is context enough. */
  financeTextSuffices: boolean;
  /** A name its listing had before (小康股份, today 赛力斯). */
  former: boolean;
}

/** The longest name looked for before a parenthesised code. */
const MAX_NAME = 24;

/** How many lookups the catalog remembers (hostile text can name endless made-up tickers). */
const MEMO_LIMIT = 50_000;

const TYPES: Record<string, SecurityType> = { s: 'stock', e: 'etf', i: 'index', f: 'fund', c: 'crypto' };

/**
 * The bundled securities data, indexed. Loading does the least it can: the name trie (every page
 * is scanned for names) is built in one pass; everything else is read on first use.
 */
export class Catalog {
  readonly nameTrie = new NameTrie(NAME_ROWS);
  readonly cryptoFirst = new Set(CRYPTO_FIRST);
  /** Where each line of SECURITY_ROWS starts (sorted by id: lookups are binary searches). */
  private rowStarts: Int32Array | undefined;
  /** Where each line of NAME_ROWS starts; name `i` is line `i`. */
  private nameStarts: Int32Array | undefined;
  /** Listings parsed so far, and ids looked up and not found (null): an article repeats its tickers. */
  private readonly parsed = new Map<string, Listing | null>();
  private readonly entries: NameEntry[] = [];
  /** A-shares by the stems their display forms keep (`井松` of `C井松`), built when first asked. */
  private stems: Map<string, string> | undefined;

  /** The name on line `index` of the name table, with its listings. */
  nameEntry(index: number): NameEntry {
    let entry = this.entries[index];
    if (!entry) {
      this.nameStarts ??= lineStarts(NAME_ROWS);
      const [name, flags, ids] = line(NAME_ROWS, this.nameStarts[index]).split('|');
      entry = {
        name,
        ids: ids.split(','),
        needsContext: flags.includes('c') || flags.includes('a'),
        needsCompanyWord: flags.includes('w'),
        financeTextSuffices: flags.includes('a'),
        former: flags.includes('f'),
      };
      this.entries[index] = entry;
    }
    return entry;
  }

  /** The one current A-share whose name starts (or, four characters or more, ends) with `stem`, if one alone does. */
  aShareByStem(stem: string): string | undefined {
    this.stems ??= aShareStems(SECURITY_ROWS);
    return this.stems.get(stem);
  }

  /** Whether the data has this listing. */
  has(id: string): boolean {
    return this.listing(id) !== undefined;
  }

  /** The listing for a canonical id, if the data has it. */
  listing(id: string): Listing | undefined {
    const cached = this.parsed.get(id);
    if (cached !== undefined) return cached ?? undefined;
    const rest = this.row(id);
    let listing: Listing | null = null;
    if (rest !== undefined) {
      const [type, exchange, zh, en, status] = rest.split('|');
      const colon = id.indexOf(':');
      listing = {
        id,
        market: id.slice(0, colon) as Market,
        symbol: id.slice(colon + 1),
        type: TYPES[type] ?? 'unknown',
        exchange: exchange || undefined,
        name: { zh: zh || undefined, en: en || undefined },
      };
      // `D2009-12-29`, or `D` when the date is not known.
      if (status?.startsWith('D')) listing.delisted = status.length > 1 ? { date: status.slice(1) } : {};
    }
    if (this.parsed.size < MEMO_LIMIT) this.parsed.set(id, listing);
    return listing ?? undefined;
  }

  /** The SH/SZ/BJ listings with this 6-digit code (000001 is both 平安银行 and 上证指数). */
  bySixDigitCode(code: string): readonly string[] {
    return ['SH', 'SZ', 'BJ'].map((m) => `${m}:${code}`).filter((id) => this.has(id));
  }

  /**
   * The length of the longest name of listing `id` that ends exactly at `end` in `text` (its listed
   * name, or a name from the name table that means it), or 0. Walks the trie from the few
   * positions a name could start at, rather than indexing every listing's names.
   */
  longestNameOf(id: string, text: string, end: number): number {
    const listed = this.listing(id)?.name.zh;
    for (let start = Math.max(0, end - MAX_NAME); start < end; start++) {
      if (listed && end - start === listed.length && text.startsWith(listed, start)) return listed.length;
      if (!this.nameTrie.startsName(text.charCodeAt(start))) continue;
      const index = this.nameTrie.exact(text, start, end);
      if (index >= 0 && this.nameEntry(index).ids.includes(id)) return end - start;
    }
    return 0;
  }

  /** The row of an id (the text after the id), or undefined; binary search over the sorted rows. */
  private row(id: string): string | undefined {
    this.rowStarts ??= lineStarts(SECURITY_ROWS);
    const starts = this.rowStarts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const cmp = compareId(id, starts[mid]);
      if (cmp === 0) return line(SECURITY_ROWS, starts[mid]).slice(id.length + 1);
      if (cmp < 0) hi = mid;
      else lo = mid + 1;
    }
    return undefined;
  }
}

/** The offset where each line of `rows` starts. */
function lineStarts(rows: string): Int32Array {
  const starts: number[] = [0];
  for (let at = rows.indexOf('\n'); at >= 0; at = rows.indexOf('\n', at + 1)) starts.push(at + 1);
  return Int32Array.from(starts);
}

/** The line of `rows` that starts at `start`. */
function line(rows: string, start: number): string {
  const end = rows.indexOf('\n', start);
  return rows.slice(start, end < 0 ? undefined : end);
}

/**
 * Compares `id` with the id of the row that starts at `start` (the text up to its first `|`), in
 * the generator's sort order (UTF-16 code units).
 */
function compareId(id: string, start: number): number {
  for (let i = 0; ; i++) {
    const a = i < id.length ? id.charCodeAt(i) : 124; /* | */
    const b = SECURITY_ROWS.charCodeAt(start + i);
    if (a !== b) return a === 124 ? -1 : b === 124 ? 1 : a - b;
    if (a === 124) return 0;
  }
}

let shared: Catalog | undefined;

/** The one catalog, built on first use. */
export function catalog(): Catalog {
  shared ??= new Catalog();
  return shared;
}
