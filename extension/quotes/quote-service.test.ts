import { describe, expect, it } from 'vitest';
import { gbk } from '../../e2e/harness/gbk.ts';
import {
  eastmoneyList,
  eastmoneyRow,
  MOUTAI,
  TENCENT_HK,
  TENCENT_NONE,
  tencentLine,
} from '../../e2e/harness/provider-samples.ts';
import type { ProviderName, QuoteTarget } from '../../src/quotes/types.ts';
import { type QuoteDeps, QuoteService, retryAfter } from './quote-service.ts';

const MOUTAI_T: QuoteTarget = { id: 'SH:600519', market: 'SH', symbol: '600519', type: 'stock' };
const TENCENT_T: QuoteTarget = { id: 'HK:00700', market: 'HK', symbol: '00700', type: 'stock' };
const UNKNOWN_T: QuoteTarget = { id: 'SZ:000998', market: 'SZ', symbol: '000998', type: 'stock' };
const BTC_T: QuoteTarget = { id: 'CRYPTO:BTC', market: 'CRYPTO', symbol: 'BTC', type: 'crypto' };
const NOW = Date.UTC(2026, 10, 30, 6, 15, 30);

type Reply = {
  status?: number;
  body?: Uint8Array | string;
  headers?: Record<string, string>;
  hang?: boolean;
  fail?: boolean;
};

/** A fake network: each URL prefix answers from a queue (the last reply repeats); every call is logged. */
function harness(
  routes: Record<string, Reply[]>,
  { order, ...options }: Partial<Omit<QuoteDeps, 'order'>> & { order?: ProviderName[] } = {},
) {
  let clock = NOW;
  const calls: { url: string; init: RequestInit }[] = [];
  const slept: number[] = [];
  const stored = new Map<string, unknown>();
  const deps: QuoteDeps = {
    async fetch(url, init) {
      calls.push({ url, init });
      const key = Object.keys(routes).find((prefix) => url.startsWith(prefix));
      const queue = key ? routes[key] : [{ status: 404 }];
      const reply = queue.length > 1 ? (queue.shift() as Reply) : queue[0];
      if (reply.fail) throw new TypeError('Failed to fetch');
      if (reply.hang)
        return new Promise((_, reject) =>
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        );
      const body =
        typeof reply.body === 'string' ? new TextEncoder().encode(reply.body) : (reply.body ?? new Uint8Array());
      return new Response(body as BodyInit, { status: reply.status ?? 200, headers: reply.headers });
    },
    now: () => clock,
    random: () => 0.5,
    sleep: async (ms) => {
      slept.push(ms);
      clock += ms;
    },
    order: async () => order ?? ['tencent', 'eastmoney', 'yahoo'],
    permitted: async () => true,
    offline: () => false,
    timeoutMs: 30,
    store: { get: async (k) => stored.get(k), set: async (k, v) => void stored.set(k, structuredClone(v)) },
    ...options,
  };
  return { service: new QuoteService(deps), calls, slept, stored, deps, tick: (ms: number) => (clock += ms) };
}

const TENCENT = 'https://qt.gtimg.cn/';
const EASTMONEY = 'https://push2.eastmoney.com/';
const both = gbk(tencentLine('sh600519', MOUTAI) + tencentLine('hk00700', TENCENT_HK));

describe('QuoteService', () => {
  it('asks once for the whole page, without cookies or referrer, and answers later calls from the cache', async () => {
    const { service, calls, tick } = harness({ [TENCENT]: [{ body: both }] });
    const first = await service.quotes([MOUTAI_T, TENCENT_T, MOUTAI_T]);
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe('https://qt.gtimg.cn/q=sh600519,hk00700');
    expect(calls[0].init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(first['SH:600519'].answer).toMatchObject({ kind: 'quote', quote: { price: 1370.07 } });
    await service.quotes([TENCENT_T]);
    expect(calls).toHaveLength(1);
    tick(25_000); // past the open market's TTL
    await service.quotes([TENCENT_T]);
    expect(calls).toHaveLength(2);
  });

  it('two calls while a request is in flight share it', async () => {
    const { service, calls } = harness({ [TENCENT]: [{ body: both }] });
    const [a, b] = await Promise.all([service.quotes([MOUTAI_T, TENCENT_T]), service.quotes([TENCENT_T])]);
    expect(calls).toHaveLength(1);
    expect(b['HK:00700']).toBe(a['HK:00700']);
  });

  it('the cache outlives the worker: a new service reads what the last one stored', async () => {
    const first = harness({ [TENCENT]: [{ body: both }] });
    await first.service.quotes([MOUTAI_T]);
    await new Promise((r) => setTimeout(r, 300));
    const second = new QuoteService({ ...first.deps });
    const answer = await second.quotes([MOUTAI_T]);
    expect(answer['SH:600519'].answer.kind).toBe('quote');
    expect(first.calls).toHaveLength(1);
  });

  it('retries a 500 once with backoff and jitter, then answers', async () => {
    const { service, calls, slept } = harness({ [TENCENT]: [{ status: 500 }, { body: both }] });
    const answer = await service.quotes([MOUTAI_T]);
    expect(calls).toHaveLength(2);
    expect(slept).toEqual([450]); // 300 ms base + half of it in jitter
    expect(answer['SH:600519'].answer.kind).toBe('quote');
  });

  it('a timeout is retried, then reported with the provider; the next provider is asked meanwhile', async () => {
    const { service, calls } = harness({ [TENCENT]: [{ hang: true }], [EASTMONEY]: [{ body: eastmoneyList([]) }] });
    const answer = await service.quotes([MOUTAI_T]);
    expect(calls.filter((c) => c.url.startsWith(TENCENT))).toHaveLength(2);
    expect(calls.some((c) => c.url.startsWith(EASTMONEY))).toBe(true);
    expect(answer['SH:600519'].answer).toEqual({ kind: 'error', provider: 'tencent', fault: 'timeout' });
  });

  it('falls back to Eastmoney when Tencent fails, and shows which provider answered', async () => {
    const row = eastmoneyRow(1, '600519', { f2: 1371, f18: 1372.99 });
    const { service } = harness({ [TENCENT]: [{ status: 502 }], [EASTMONEY]: [{ body: eastmoneyList([row]) }] });
    const answer = await service.quotes([MOUTAI_T]);
    expect(answer['SH:600519'].answer).toMatchObject({ kind: 'quote', quote: { provider: 'eastmoney', price: 1371 } });
  });

  it('429 with a long Retry-After: rate-limited, and the provider is not asked again until then', async () => {
    const { service, calls, tick } = harness(
      { [TENCENT]: [{ status: 429, headers: { 'Retry-After': '20' } }, { body: both }] },
      { order: ['tencent'] },
    );
    const answer = await service.quotes([MOUTAI_T]);
    expect(answer['SH:600519'].answer).toMatchObject({ kind: 'error', fault: 'rate-limited', retryAt: NOW + 20_000 });
    await service.quotes([MOUTAI_T]);
    expect(calls).toHaveLength(1);
    tick(21_000);
    expect((await service.quotes([MOUTAI_T]))['SH:600519'].answer.kind).toBe('quote');
  });

  it('429 with a short Retry-After is waited for once', async () => {
    const { service, slept } = harness({
      [TENCENT]: [{ status: 429, headers: { 'Retry-After': '1' } }, { body: both }],
    });
    expect((await service.quotes([MOUTAI_T]))['SH:600519'].answer.kind).toBe('quote');
    expect(slept).toEqual([1000]);
  });

  it('the breaker opens after three failed requests and lets one through after 30 s', async () => {
    const { service, calls, tick } = harness(
      { [TENCENT]: [{ status: 404 }, { status: 404 }, { status: 404 }, { body: both }] },
      { order: ['tencent'] },
    );
    for (let i = 0; i < 3; i++) await service.quotes([MOUTAI_T]);
    expect(calls).toHaveLength(3);
    expect((await service.quotes([MOUTAI_T]))['SH:600519'].answer).toMatchObject({ fault: 'rate-limited' });
    expect(calls).toHaveLength(3);
    tick(31_000);
    expect((await service.quotes([MOUTAI_T]))['SH:600519'].answer.kind).toBe('quote');
  });

  it('garbage, an unknown code, a market no provider has, a withheld permission, offline', async () => {
    const garbage = harness({ [TENCENT]: [{ body: '<html>oops</html>' }] }, { order: ['tencent'] });
    expect((await garbage.service.quotes([MOUTAI_T]))['SH:600519'].answer).toEqual({
      kind: 'error',
      provider: 'tencent',
      fault: 'format',
    });

    const unknown = harness(
      { [TENCENT]: [{ body: gbk(tencentLine('sh600519', MOUTAI) + TENCENT_NONE) }] },
      { order: ['tencent'] },
    );
    const answers = await unknown.service.quotes([MOUTAI_T, UNKNOWN_T]);
    expect(answers['SZ:000998'].answer).toEqual({ kind: 'unknown' });
    expect(answers['SH:600519'].answer.kind).toBe('quote');

    const noCrypto = harness({}, { order: ['tencent', 'eastmoney'] });
    expect((await noCrypto.service.quotes([BTC_T]))['CRYPTO:BTC'].answer).toEqual({ kind: 'unsupported' });

    const withheld = harness({ [TENCENT]: [{ body: both }] }, { order: ['tencent'], permitted: async () => false });
    expect((await withheld.service.quotes([MOUTAI_T]))['SH:600519'].answer).toEqual({
      kind: 'error',
      provider: 'tencent',
      fault: 'permission',
    });
    expect(withheld.calls).toHaveLength(0);

    const offline = harness({ [TENCENT]: [{ fail: true }] }, { order: ['tencent'], offline: () => true });
    expect((await offline.service.quotes([MOUTAI_T]))['SH:600519'].answer).toMatchObject({ fault: 'offline' });
  });

  it('a failed connection is an http fault; errors are not cached, so the next call asks again', async () => {
    const { service, calls } = harness(
      { [TENCENT]: [{ fail: true }, { fail: true }, { body: both }] },
      { order: ['tencent'] },
    );
    expect((await service.quotes([MOUTAI_T]))['SH:600519'].answer).toMatchObject({ kind: 'error', fault: 'http' });
    expect((await service.quotes([MOUTAI_T]))['SH:600519'].answer.kind).toBe('quote');
    expect(calls).toHaveLength(3);
  });

  it('Retry-After in seconds or as a date', () => {
    expect(retryAfter('5', NOW)).toBe(5000);
    expect(retryAfter(new Date(NOW + 8000).toUTCString(), NOW)).toBe(8000);
    expect(retryAfter(null, NOW)).toBe(1000);
    expect(retryAfter('soon', NOW)).toBe(1000);
  });
});
