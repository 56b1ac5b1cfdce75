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

describe('HistoryCache: what storage holds', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads back what it wrote, and what an earlier version wrote (rows as arrays)', async () => {
    const series = fourYears('HK:00700');
    const store = memoryStore();
    const writer = new HistoryCache(() => NOW, store);
    await writer.ready();
    writer.put(series);
    vi.advanceTimersByTime(1000);
    const reader = new HistoryCache(() => NOW, store);
    await reader.ready();
    expect(reader.get('HK:00700', 'qfq')?.bars).toEqual(series.bars);
    const rows = series.bars.map((b) => [b.date, b.open, b.close, b.high, b.low, b.volume]);
    const earlier = memoryStore();
    earlier.kept.set('historyCache', {
      'HK:00700|qfq': {
        id: 'HK:00700',
        adjust: 'qfq',
        from: series.from,
        checked: NOW,
        provider: 'tencent',
        used: NOW,
        rows,
      },
    });
    const upgraded = new HistoryCache(() => NOW, earlier);
    await upgraded.ready();
    expect(upgraded.get('HK:00700', 'qfq')?.bars).toEqual(series.bars);
  });

  it('drops a stored series whose rows are not JSON, or not rows', async () => {
    const base = { adjust: 'qfq', from: '2023-01-02', checked: NOW, provider: 'tencent', used: NOW };
    const store = memoryStore();
    store.kept.set('historyCache', {
      'US:BIDU|qfq': { ...base, id: 'US:BIDU', rows: '[["2023-01-03",1,2,3' },
      'US:BABA|qfq': { ...base, id: 'US:BABA', rows: '[{"date":"2023-01-03"}]' },
      'US:AAPL|qfq': { ...base, id: 'US:AAPL', rows: '[["2023-01-03",1,2,3,0.5]]' },
    });
    const cache = new HistoryCache(() => NOW, store);
    await cache.ready();
    expect(cache.size).toBe(1);
    expect(cache.get('US:AAPL', 'qfq')?.bars).toEqual([{ date: '2023-01-03', open: 1, close: 2, high: 3, low: 0.5 }]);
  });
});
