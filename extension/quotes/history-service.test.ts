import { describe, expect, it } from 'vitest';
import { historyAnswer } from '../../e2e/harness/history-answers.ts';
import { defaultHistory, type SampleSeries, sampleSeries } from '../../e2e/harness/history-samples.ts';
import { BENCHMARKS, benchmarkFor } from '../../src/quotes/benchmarks.ts';
import type { ProviderName, QuoteTarget } from '../../src/quotes/types.ts';
import { type HistoryDeps, HistoryService } from './history-service.ts';

const T = (id: string, type: QuoteTarget['type'] = 'stock', exchange?: string): QuoteTarget => {
  const [market, symbol] = id.split(':') as [QuoteTarget['market'], string];
  return { id, market, symbol, type, exchange };
};
const BIDU = T('US:BIDU', 'stock', 'NASDAQ');
const MOUTAI = T('SH:600519');
const TENCENT = T('HK:00700');
/** Saturday 1 April 2023, noon UTC: every market's March is closed. */
const NOW = Date.UTC(2023, 3, 1, 12);

type Fault = { status?: number; fail?: boolean };

/** A fake network answering as the e2e stand-in does, from a table of series; faults by URL prefix (each used once, the last repeats). */
function harness(
  options: Partial<Omit<HistoryDeps, 'order'>> & { order?: ProviderName[]; faults?: Record<string, Fault[]> } = {},
) {
  const { order, faults = {}, ...rest } = options;
  let clock = NOW;
  const table = defaultHistory();
  const calls: string[] = [];
  const stored = new Map<string, unknown>();
  const deps: HistoryDeps = {
    async fetch(url, init) {
      calls.push(url);
      expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
      const prefix = Object.keys(faults).find((p) => url.startsWith(p));
      const queue = prefix ? faults[prefix] : [];
      const fault = queue.length > 1 ? queue.shift() : queue[0];
      if (fault?.fail) throw new TypeError('Failed to fetch');
      if (fault?.status) return new Response('error', { status: fault.status });
      const parsed = new URL(url);
      const answer = historyAnswer(parsed.host, parsed, table);
      return new Response(answer?.body ?? 'not found', { status: answer ? (answer.status ?? 200) : 404 });
    },
    now: () => clock,
    random: () => 0.5,
    sleep: async (ms) => {
      clock += ms;
    },
    order: async () => order ?? ['tencent', 'eastmoney', 'yahoo'],
    permitted: async () => true,
    offline: () => false,
    enabled: async () => true,
    timeoutMs: 30,
    store: { get: async (k) => stored.get(k), set: async (k, v) => void stored.set(k, structuredClone(v)) },
    ...rest,
  };
  const service = new HistoryService(deps);
  return {
    service,
    calls,
    table,
    stored,
    deps,
    tick: (ms: number) => (clock += ms),
    setClock: (t: number) => (clock = t),
  };
}

const hostOf = (url: string) => new URL(url).host;
const closes = (answer: Awaited<ReturnType<HistoryService['history']>>) =>
  answer.kind === 'bars' ? answer.bars.bars.map((b) => b.close) : [];

describe('HistoryService: requests per article', () => {
  // An article about ten securities on four markets, and their five benchmarks.
  const ARTICLE = [
    BIDU,
    T('US:AAPL', 'stock', 'NASDAQ'),
    T('US:BABA', 'stock', 'NYSE'),
    T('US:JPM', 'stock', 'NYSE'),
    MOUTAI,
    T('SH:601318'),
    T('SZ:000001'),
    TENCENT,
    T('HK:09988'),
    T('TW:2330'),
  ];
  const seed = (table: Map<string, SampleSeries>) => {
    for (const t of ARTICLE) if (!table.has(t.id)) table.set(t.id, sampleSeries(t.market, 100));
    table.set('INTL:TWII', sampleSeries('TW', 15_000));
  };
  const read = (service: HistoryService, from: string) =>
    Promise.all(
      ARTICLE.flatMap((t) => {
        const benchmark = benchmarkFor(t);
        return benchmark ? [service.history(t, from), service.history(benchmark, from)] : [service.history(t, from)];
      }),
    );

  it('asks at most once per security and benchmark, and nothing for a second article about the same ones', async () => {
    const { service, calls, table, tick } = harness();
    seed(table);
    const first = await read(service, '2023-01-20');
    expect(first.every((a) => a.kind === 'bars' && a.bars.bars.length > 40)).toBe(true);
    const benchmarks = new Set(ARTICLE.map((t) => benchmarkFor(t)?.id));
    expect(benchmarks.size).toBe(5);
    expect(calls.length).toBeLessThanOrEqual(ARTICLE.length + benchmarks.size);
    expect(calls).toHaveLength(15);
    expect(new Set(calls).size).toBe(calls.length);
    expect(Object.fromEntries(service.sent)).toEqual({ tencent: 13, yahoo: 2 });
    // A second article, a minute later and three hours later (a Saturday: no session closes).
    tick(60_000);
    await read(service, '2023-02-01');
    tick(3 * 3_600_000);
    await read(service, '2023-01-25');
    expect(calls).toHaveLength(15);
  });
});

describe('HistoryService: the cache', () => {
  it('hands over what it holds without asking anyone, and nothing it does not hold', async () => {
    const { service, calls } = harness();
    expect(await service.held(BIDU, '2023-02-01')).toBeUndefined();
    expect(calls).toEqual([]);
    const fetched = await service.history(BIDU, '2023-02-01');
    const asked = calls.length;
    expect(asked).toBeGreaterThan(0);
    const held = await service.held(BIDU, '2023-02-10');
    expect(held?.bars.map((b) => b.close)).toEqual(closes(fetched).slice(-held!.bars.length));
    expect((held?.bars[0]?.date ?? '') >= '2023-02-10').toBe(true);
    // From before what is held: not held.
    expect(await service.held(BIDU, '2023-01-01')).toBeUndefined();
    expect(calls.length).toBe(asked);
  });

  it('answers a range it holds from the cache, also in a new worker reading storage', async () => {
    const first = harness();
    const a = await first.service.history(BIDU, '2023-02-01');
    expect(a).toMatchObject({ kind: 'bars', provider: 'tencent', bars: { id: 'US:BIDU', adjust: 'qfq' } });
    expect(first.calls).toEqual([
      'https://web.ifzq.gtimg.cn/appstock/app/fqkline/get?param=usBIDU.OQ,day,2023-02-01,2023-04-01,640,qfq',
    ]);
    // Forward-adjusted: before the ex-date the sample's bars are halved.
    const expected = first.table.get('US:BIDU')?.qfq.filter((b) => b.date >= '2023-02-01');
    expect(a.kind === 'bars' && a.bars.bars).toEqual(expected);
    expect(closes(await first.service.history(BIDU, '2023-03-01'))).toEqual(
      expected?.filter((b) => b.date >= '2023-03-01').map((b) => b.close),
    );
    await new Promise((r) => setTimeout(r, 300));
    const second = new HistoryService({ ...first.deps });
    expect(closes(await second.history(BIDU, '2023-02-01'))).toEqual(expected?.map((b) => b.close));
    expect(first.calls).toHaveLength(1);
    // Raw bars are another series.
    await first.service.history(MOUTAI, '2023-02-01', 'raw');
    expect(first.calls[1]).toMatch(/param=sh600519,day,2023-02-01,2023-04-01,640,$/);
  });

  it('after a session closes asks only from the last cached bar; a rescaled qfq series is fetched whole', async () => {
    const { service, calls, table, setClock } = harness();
    await service.history(BIDU, '2023-02-01');
    table.set('US:BIDU', sampleSeries('US', 120, { to: '2023-04-03', exDate: '2023-02-15', factor: 0.5 }));
    setClock(Date.UTC(2023, 3, 3, 20, 45)); // Monday 16:45 in New York (EDT)
    const updated = await service.history(BIDU, '2023-02-01');
    expect(calls[1]).toBe(
      'https://web.ifzq.gtimg.cn/appstock/app/fqkline/get?param=usBIDU.OQ,day,2023-03-31,2023-04-03,640,qfq',
    );
    expect(updated.kind === 'bars' && updated.bars.bars.at(-1)?.date).toBe('2023-04-03');
    // A dividend on 4 April rescales every earlier qfq bar: the overlap shows it.
    table.set('US:BIDU', sampleSeries('US', 120, { to: '2023-04-04', exDate: '2023-04-04', factor: 0.9 }));
    setClock(Date.UTC(2023, 3, 4, 20, 45));
    const rescaled = await service.history(BIDU, '2023-02-01');
    expect(calls.slice(2).map((u) => /day,([\d-]+),([\d-]+)/.exec(u)?.slice(1).join('..'))).toEqual([
      '2023-04-03..2023-04-04',
      '2023-02-01..2023-04-04',
    ]);
    expect(rescaled.kind === 'bars' && rescaled.bars.bars).toEqual(
      table.get('US:BIDU')?.qfq.filter((b) => b.date >= '2023-02-01'),
    );
  });

  it('keeps no bar of a session still open, and asks no more than every 10 minutes while one may close', async () => {
    const { service, calls, table, setClock, tick } = harness();
    table.set('SH:600519', sampleSeries('SH', 1_800, { to: '2023-04-03' }));
    setClock(Date.UTC(2023, 3, 3, 3)); // Monday 11:00 in Shanghai: trading
    const open = await service.history(MOUTAI, '2023-03-01');
    expect(open.kind === 'bars' && open.bars.bars.at(-1)?.date).toBe('2023-03-31');
    tick(5 * 60_000);
    await service.history(MOUTAI, '2023-03-01');
    expect(calls).toHaveLength(1);
    setClock(Date.UTC(2023, 3, 3, 7, 5)); // 15:05, after the close
    const closed = await service.history(MOUTAI, '2023-03-01');
    expect(closed.kind === 'bars' && closed.bars.bars.at(-1)?.date).toBe('2023-04-03');
    expect(calls).toHaveLength(2);
  });

  it('evicts the least recently used series past the cap', async () => {
    const { service, calls } = harness({ limits: { maxBytes: 2_000_000, maxSeries: 2 } });
    await service.history(BIDU, '2023-02-01');
    await service.history(MOUTAI, '2023-02-01');
    await service.history(BIDU, '2023-02-01'); // BIDU used last: MOUTAI is the oldest
    await service.history(TENCENT, '2023-02-01');
    expect(service.cache.size).toBe(2);
    expect(calls).toHaveLength(3);
    await service.history(BIDU, '2023-02-01');
    expect(calls).toHaveLength(3);
    await service.history(MOUTAI, '2023-02-01');
    expect(calls).toHaveLength(4);
    // By size: room for the larger of two series and half the smaller, so only one stays.
    const measure = harness();
    await measure.service.history(BIDU, '2023-01-01');
    const one = measure.service.cache.bytes;
    await measure.service.history(MOUTAI, '2023-01-01');
    const two = measure.service.cache.bytes - one;
    const cap = Math.max(one, two) + Math.min(one, two) / 2;
    const small = harness({ limits: { maxBytes: cap, maxSeries: 100 } });
    await small.service.history(BIDU, '2023-01-01');
    await small.service.history(MOUTAI, '2023-01-01');
    expect(small.service.cache.size).toBe(1);
    expect(small.service.cache.bytes).toBe(two);
  });
});

describe('HistoryService: providers and faults', () => {
  const TENCENT_HOST = 'https://web.ifzq.gtimg.cn/';

  it('falls back to Eastmoney when Tencent fails, after one retry', async () => {
    const { service, calls } = harness({ faults: { [TENCENT_HOST]: [{ status: 502 }] } });
    const answer = await service.history(MOUTAI, '2023-02-01');
    expect(answer).toMatchObject({ kind: 'bars', provider: 'eastmoney' });
    expect(calls.map(hostOf)).toEqual(['web.ifzq.gtimg.cn', 'web.ifzq.gtimg.cn', 'push2his.eastmoney.com']);
    expect(calls[2]).toBe(
      'https://push2his.eastmoney.com/api/qt/stock/kline/get?secid=1.600519&fields1=f1,f2,f3,f4,f5,f6&fields2=f51,f52,f53,f54,f55,f56,f57&klt=101&fqt=1&beg=20230201&end=20230401',
    );
  });

  it('the breaker skips Tencent after three failed requests', async () => {
    const { service, calls } = harness({ faults: { [TENCENT_HOST]: [{ status: 404 }] } });
    for (const t of [BIDU, MOUTAI, TENCENT]) expect((await service.history(t, '2023-02-01')).kind).toBe('bars');
    expect(calls.filter((u) => u.startsWith(TENCENT_HOST))).toHaveLength(3);
    const index = await service.history(BENCHMARKS.csi300, '2023-02-01');
    expect(index).toMatchObject({ kind: 'bars', provider: 'eastmoney' });
    expect(calls.filter((u) => u.startsWith(TENCENT_HOST))).toHaveLength(3);
  });

  it('unknown codes, markets no provider has, a withheld permission, history switched off', async () => {
    const { service } = harness();
    expect(await service.history(T('SZ:000998'), '2023-02-01')).toEqual({ kind: 'unknown' });
    expect(await service.history(T('CN:161725', 'fund'), '2023-02-01')).toEqual({ kind: 'unsupported' });
    const withheld = harness({ order: ['tencent'], permitted: async () => false });
    expect(await withheld.service.history(MOUTAI, '2023-02-01')).toEqual({
      kind: 'error',
      provider: 'tencent',
      fault: 'permission',
    });
    expect(withheld.calls).toHaveLength(0);
    const garbage = harness({ order: ['tencent'], fetch: async () => new Response('<html>busy</html>') });
    expect(await garbage.service.history(MOUTAI, '2023-02-01')).toEqual({
      kind: 'error',
      provider: 'tencent',
      fault: 'format',
    });
    const off = harness({ enabled: async () => false });
    expect(await off.service.history(MOUTAI, '2023-02-01')).toEqual({ kind: 'off' });
    expect(off.calls).toHaveLength(0);
    await expect(off.service.history(MOUTAI, 'last year')).rejects.toThrow(/YYYY-MM-DD/);
  });

  it('a failed refresh keeps answering with the closed bars it holds', async () => {
    const faults: Record<string, Fault[]> = {};
    const { service, calls, setClock } = harness({ order: ['tencent'], faults });
    const before = await service.history(BIDU, '2023-02-01');
    faults[TENCENT_HOST] = [{ fail: true }];
    setClock(Date.UTC(2023, 3, 3, 20, 45)); // Monday after the close: worth asking
    expect(await service.history(BIDU, '2023-02-01')).toEqual(before);
    expect(calls).toHaveLength(3);
  });
});
