/**
 * Daily bars already fetched, by security and adjustment. A closed session's bar never changes
 * (but for a qfq series rescaled by a later split or dividend, which the service detects), so they
 * are kept in `storage.local` across browser restarts, within a size cap: the least recently used
 * series go first. Only codes and bars are kept, nothing of the pages that asked.
 */
import type { Adjust, DailyBar } from '../../src/quotes/history-types.ts';
import type { ProviderName } from '../../src/quotes/types.ts';

const STORE_KEY = 'historyCache';
/** Writes to storage are gathered for this long (ms). */
const WRITE_DELAY_MS = 250;

/** How much the cache keeps: bytes of its stored form, and series. */
export interface HistoryCacheLimits {
  maxBytes: number;
  maxSeries: number;
}

/** 2 MB (a tenth of what `storage.local` allows without `unlimitedStorage`), 400 series. */
export const DEFAULT_HISTORY_LIMITS: HistoryCacheLimits = { maxBytes: 2_000_000, maxSeries: 400 };

/** One security's closed bars in one adjustment. */
export interface CachedSeries {
  id: string;
  adjust: Adjust;
  /** The first date asked: every session from it to `checked` is in `bars` (the series may begin later: a listing). */
  from: string;
  /** When the provider was last asked (epoch ms): every session that closed by then is in `bars`. */
  checked: number;
  /** Who answered. */
  provider: ProviderName;
  bars: DailyBar[];
}

type Row = [date: string, open: number, close: number, high: number, low: number, volume?: number];
/** A series as held: bars as rows, which is about half the JSON of objects. */
interface Stored {
  id: string;
  adjust: Adjust;
  from: string;
  checked: number;
  provider: ProviderName;
  used: number;
  rows: Row[];
}
/**
 * A series as written to storage: its rows as one JSON string. The browser converts a stored value
 * element by element, in the worker's thread, on every write of the whole cache; a string is one
 * element (measured by `npm run bench`, hold-up: ~150 ms a write of an article's series as arrays).
 */
type Written = Omit<Stored, 'rows'> & { rows: string };
type Store = { get(key: string): Promise<unknown>; set(key: string, value: unknown): Promise<void> };

const toRow = (b: DailyBar): Row =>
  b.volume === undefined
    ? [b.date, b.open, b.close, b.high, b.low]
    : [b.date, b.open, b.close, b.high, b.low, b.volume];
const fromRow = ([date, open, close, high, low, volume]: Row): DailyBar =>
  volume === undefined ? { date, open, close, high, low } : { date, open, close, high, low, volume };

const isRows = (rows: unknown): rows is Row[] =>
  Array.isArray(rows) &&
  rows.every((r) => Array.isArray(r) && typeof r[0] === 'string' && r.slice(1, 5).every((n) => typeof n === 'number'));

/** A stored value read back (rows as a JSON string, or as arrays from an earlier version); undefined for a bad one, which is dropped, never trusted. */
function readStored(value: unknown): Stored | undefined {
  const s = value as Record<string, unknown>;
  if (
    typeof s !== 'object' ||
    s === null ||
    typeof s.id !== 'string' ||
    (s.adjust !== 'qfq' && s.adjust !== 'raw') ||
    typeof s.from !== 'string' ||
    typeof s.checked !== 'number' ||
    typeof s.provider !== 'string' ||
    typeof s.used !== 'number'
  )
    return undefined;
  let rows: unknown = s.rows;
  if (typeof rows === 'string') {
    try {
      rows = JSON.parse(rows);
    } catch {
      return undefined;
    }
  }
  if (!isRows(rows)) return undefined;
  return { ...(s as unknown as Omit<Stored, 'rows'>), rows };
}

export class HistoryCache {
  /** In least-recently-used order: the first is evicted first. */
  private readonly entries = new Map<string, Stored & { packed: string; bytes: number }>();
  private total = 0;
  private loaded: Promise<void> | undefined;
  private writeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly now: () => number,
    private readonly store?: Store,
    private readonly limits: HistoryCacheLimits = DEFAULT_HISTORY_LIMITS,
  ) {}

  static key(id: string, adjust: Adjust): string {
    return `${id}|${adjust}`;
  }

  /** Resolves once what was stored has been read back. */
  ready(): Promise<void> {
    this.loaded ??= (async () => {
      try {
        const kept = await this.store?.get(STORE_KEY);
        if (typeof kept !== 'object' || kept === null) return;
        const valid = Object.values(kept as Record<string, unknown>)
          .map(readStored)
          .filter((v): v is Stored => v !== undefined);
        for (const s of valid.sort((a, b) => a.used - b.used)) this.set(s);
        this.evict();
      } catch {
        // No storage, or a value this version cannot read: start empty.
      }
    })();
    return this.loaded;
  }

  /** Series held. */
  get size(): number {
    return this.entries.size;
  }

  /** Bytes of the stored form. */
  get bytes(): number {
    return this.total;
  }

  /** A series, marked as just used. */
  get(id: string, adjust: Adjust): CachedSeries | undefined {
    const key = HistoryCache.key(id, adjust);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    // Recency is kept in memory; it reaches storage with the next write (a hit alone writes nothing).
    this.entries.set(key, { ...entry, used: this.now() });
    return {
      id: entry.id,
      adjust,
      from: entry.from,
      checked: entry.checked,
      provider: entry.provider,
      bars: entry.rows.map(fromRow),
    };
  }

  /** Keeps a series (replacing what was held for it), then evicts the least recently used past the limits. */
  put(series: CachedSeries): void {
    const { bars, ...rest } = series;
    this.set({ ...rest, used: this.now(), rows: bars.map(toRow) });
    this.evict();
    this.scheduleWrite();
  }

  private set(stored: Stored): void {
    const key = HistoryCache.key(stored.id, stored.adjust);
    const old = this.entries.get(key);
    if (old) this.total -= old.bytes;
    this.entries.delete(key);
    const { id, adjust, from, checked, provider, used, rows } = stored;
    const packed = JSON.stringify(rows);
    // Counted as written (no bar objects, no stray fields): the cap is on the stored form.
    const written: Written = { id, adjust, from, checked, provider, used, rows: packed };
    const bytes = JSON.stringify(written).length;
    this.entries.set(key, { id, adjust, from, checked, provider, used, rows, packed, bytes });
    this.total += bytes;
  }

  private evict(): void {
    while (this.entries.size > 0 && (this.total > this.limits.maxBytes || this.entries.size > this.limits.maxSeries)) {
      const [key, oldest] = this.entries.entries().next().value as [string, { bytes: number }];
      this.entries.delete(key);
      this.total -= oldest.bytes;
    }
  }

  private scheduleWrite(): void {
    if (!this.store || this.writeTimer !== undefined) return;
    this.writeTimer = setTimeout(() => {
      this.writeTimer = undefined;
      const out: Record<string, Written> = {};
      for (const [key, { id, adjust, from, checked, provider, used, packed }] of this.entries)
        out[key] = { id, adjust, from, checked, provider, used, rows: packed };
      this.store?.set(STORE_KEY, out).catch(() => {});
    }, WRITE_DELAY_MS);
  }
}
