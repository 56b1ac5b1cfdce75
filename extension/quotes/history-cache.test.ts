import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleSeries } from '../../e2e/harness/history-samples.ts';
import type { Market } from '../../src/types.ts';
import { type CachedSeries, DEFAULT_HISTORY_LIMITS, HistoryCache } from './history-cache.ts';

const NOW = Date.UTC(2026, 11, 2, 3);

/** A series of every session from January 2023 to November 2026 (about a thousand bars). */
function fourYears(id: string): CachedSeries {
  const market = id.split(':')[0] as Market;
  const { qfq } = sampleSeries(market, 100, { from: '2023-01-02', to: '2026-11-30' });
  return { id, adjust: 'qfq', from: '2023-01-02', checked: NOW, provider: 'tencent', bars: qfq };
}

function memoryStore() {
  const kept = new Map<string, unknown>();
  return {
    kept,
    get: async (key: string) => kept.get(key),
    set: async (key: string, value: unknown) => void kept.set(key, structuredClone(value)),
  };
}

describe('HistoryCache: size', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('counts a series as stored: the same whether just fetched or read back from storage', async () => {
    const store = memoryStore();
    const fresh = new HistoryCache(() => NOW, store);
    await fresh.ready();
    fresh.put(fourYears('US:BIDU'));
    vi.advanceTimersByTime(1000);
    const stored = store.kept.get('historyCache') as Record<string, unknown>;
    expect(Object.keys(stored)).toEqual(['US:BIDU|qfq']);
    const again = new HistoryCache(() => NOW, store);
    await again.ready();
    expect(again.size).toBe(1);
    expect(fresh.bytes).toBe(again.bytes);
    // And that is the stored value's own JSON.
    expect(fresh.bytes).toBe(JSON.stringify(stored['US:BIDU|qfq']).length);
  });

  it('the default cap holds an article of ten securities and four benchmarks, four years each', async () => {
    const ids = [
      'US:BIDU',
      'US:AAPL',
      'US:BABA',
      'US:BAC',
      'SH:600519',
      'SH:601318',
      'SZ:000858',
      'SZ:300750',
      'HK:00700',
      'HK:09988',
      'US:.IXIC',
      'US:.INX',
      'SH:000300',
      'HK:HSI',
    ];
    const store = memoryStore();
    const cache = new HistoryCache(() => NOW, store, DEFAULT_HISTORY_LIMITS);
    await cache.ready();
    for (const id of ids) cache.put(fourYears(id));
    vi.advanceTimersByTime(1000);
    // What is written is well under the cap (so nothing may be evicted) ...
    expect(JSON.stringify(store.kept.get('historyCache')).length).toBeLessThan(DEFAULT_HISTORY_LIMITS.maxBytes / 2);
    // ... and every series is kept, in memory and in storage.
    expect(cache.size).toBe(ids.length);
    expect(Object.keys(store.kept.get('historyCache') as object)).toHaveLength(ids.length);
    for (const id of ids) expect(cache.get(id, 'qfq')?.bars.length).toBeGreaterThan(950);
  });
});
