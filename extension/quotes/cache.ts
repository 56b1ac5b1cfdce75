/**
 * Quote answers and until when they hold. Kept in memory and written through to `storage.session`
 * (where the browser has it), so a service worker Chrome stopped and started again answers a hover
 * from the cache instead of the network.
 */
import type { Minutes, Quote } from '../../src/quotes/types.ts';
import type { QuoteAnswer, TimedAnswer } from './answers.ts';

const STORE_KEY = 'quoteCache';
/** Entries kept; the oldest go first. */
const MAX_ENTRIES = 2000;
/** Writes to storage are gathered for this long (ms). */
const WRITE_DELAY_MS = 250;

/** How long a quote holds: short while its market trades, longer when it is closed (ms). */
export function ttlOf(answer: QuoteAnswer): number {
  if (answer.kind === 'error') return 0;
  if (answer.kind !== 'quote') return 60 * 60_000;
  const ttl: Record<Quote['state'], number> = {
    open: 20_000,
    pre: 30_000,
    after: 30_000,
    lunch: 60_000,
    closed: 10 * 60_000,
  };
  return ttl[answer.quote.state] ?? 20_000;
}

type Store = { get(key: string): Promise<unknown>; set(key: string, value: unknown): Promise<void> };

export class QuoteCache {
  private readonly entries = new Map<string, TimedAnswer>();
  private readonly minuteEntries = new Map<string, { minutes: Minutes; expires: number }>();
  private loaded: Promise<void> | undefined;
  private writeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly now: () => number,
    private readonly store?: Store,
  ) {}

  /** Resolves once what an earlier worker kept has been read back (a bad stored value is dropped). */
  ready(): Promise<void> {
    this.loaded ??= (async () => {
      try {
        const kept = await this.store?.get(STORE_KEY);
        if (typeof kept !== 'object' || kept === null) return;
        for (const [id, entry] of Object.entries(kept as Record<string, TimedAnswer>)) {
          if (
            typeof entry?.expires === 'number' &&
            entry.expires > this.now() &&
            typeof entry.answer?.kind === 'string'
          )
            this.entries.set(id, entry);
        }
      } catch {
        // No storage, or a value this version cannot read: start empty.
      }
    })();
    return this.loaded;
  }

  get size(): number {
    return this.entries.size;
  }

  get(id: string): TimedAnswer | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (entry.expires > this.now()) return entry;
    this.entries.delete(id);
    return undefined;
  }

  put(id: string, answer: QuoteAnswer): TimedAnswer {
    const timed = { answer, expires: this.now() + ttlOf(answer) };
    this.entries.delete(id);
    if (timed.expires > this.now()) {
      this.entries.set(id, timed);
      while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
      this.scheduleWrite();
    }
    return timed;
  }

  minutes(id: string): Minutes | undefined {
    const entry = this.minuteEntries.get(id);
    return entry && entry.expires > this.now() ? entry.minutes : undefined;
  }

  putMinutes(id: string, minutes: Minutes): Minutes {
    this.minuteEntries.set(id, { minutes, expires: this.now() + 60_000 });
    if (this.minuteEntries.size > 200) this.minuteEntries.delete(this.minuteEntries.keys().next().value as string);
    return minutes;
  }

  private scheduleWrite(): void {
    if (!this.store || this.writeTimer !== undefined) return;
    this.writeTimer = setTimeout(() => {
      this.writeTimer = undefined;
      this.store?.set(STORE_KEY, Object.fromEntries(this.entries)).catch(() => {});
    }, WRITE_DELAY_MS);
  }
}
