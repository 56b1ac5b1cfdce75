import type { Market, SecurityType } from '../types.ts';
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
}

/** A name the text may use, with the listings it can mean (preferred first). */
export interface NameEntry {
  name: string;
  ids: string[];
  /** An ordinary word too: linked only with finance context nearby. */
  needsContext: boolean;
}

const TYPES: Record<string, SecurityType> = { s: 'stock', e: 'etf', i: 'index', f: 'fund', c: 'crypto' };

/** The bundled securities data, indexed. Build it once with `catalog()`. */
export class Catalog {
  /** id → the rest of its row, parsed on demand (most rows are never asked for). */
  private readonly rows = new Map<string, string>();
  /** 6-digit code → ids in SH/SZ/BJ that carry it (000001 is both 平安银行 and 上证指数). */
  private readonly sixDigit = new Map<string, string[]>();
  private readonly parsed = new Map<string, Listing>();
  private namesById: Map<string, string[]> | undefined;
  readonly names: NameEntry[] = [];
  readonly nameTrie: NameTrie;
  readonly cryptoFirst = new Set(CRYPTO_FIRST);

  constructor() {
    let at = 0;
    while (at < SECURITY_ROWS.length) {
      let end = SECURITY_ROWS.indexOf('\n', at);
      if (end < 0) end = SECURITY_ROWS.length;
      const bar = SECURITY_ROWS.indexOf('|', at);
      const id = SECURITY_ROWS.slice(at, bar);
      this.rows.set(id, SECURITY_ROWS.slice(bar + 1, end));
      const colon = id.indexOf(':');
      if (id.length === colon + 7 && id.charCodeAt(0) !== 85 /* U */) {
        const code = id.slice(colon + 1);
        const list = this.sixDigit.get(code);
        if (list) list.push(id);
        else this.sixDigit.set(code, [id]);
      }
      at = end + 1;
    }
    for (const line of NAME_ROWS.split('\n')) {
      const [name, flags, ids] = line.split('|');
      this.names.push({ name, ids: ids.split(','), needsContext: flags.includes('c') });
    }
    this.nameTrie = new NameTrie(this.names.map((n) => n.name));
  }

  /** Whether the data has this listing. */
  has(id: string): boolean {
    return this.rows.has(id);
  }

  /** The listing for a canonical id, if the data has it. */
  listing(id: string): Listing | undefined {
    const cached = this.parsed.get(id);
    if (cached) return cached;
    const rest = this.rows.get(id);
    if (rest === undefined) return undefined;
    const [type, exchange, zh, en] = rest.split('|');
    const colon = id.indexOf(':');
    const listing: Listing = {
      id,
      market: id.slice(0, colon) as Market,
      symbol: id.slice(colon + 1),
      type: TYPES[type] ?? 'unknown',
      exchange: exchange || undefined,
      name: { zh: zh || undefined, en: en || undefined },
    };
    this.parsed.set(id, listing);
    return listing;
  }

  /** The SH/SZ/BJ listings with this 6-digit code. */
  bySixDigitCode(code: string): readonly string[] {
    return this.sixDigit.get(code) ?? [];
  }

  /** Every name the text may use for a listing (built on first use). */
  namesOf(id: string): readonly string[] {
    if (!this.namesById) {
      this.namesById = new Map();
      for (const entry of this.names) {
        for (const i of entry.ids) {
          const list = this.namesById.get(i);
          if (list) list.push(entry.name);
          else this.namesById.set(i, [entry.name]);
        }
      }
    }
    const listed = this.listing(id)?.name.zh;
    const names = this.namesById.get(id) ?? [];
    return listed && !names.includes(listed) ? [...names, listed] : names;
  }
}

let shared: Catalog | undefined;

/** The one catalog, built on first use. */
export function catalog(): Catalog {
  shared ??= new Catalog();
  return shared;
}
