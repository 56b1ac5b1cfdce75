/**
 * `finlens read` and `--check-prices`, run as a real process against a local server that speaks
 * the history providers' formats (reached through the CLI's `FINLENS_PROVIDER_ORIGINS` test hook).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type SampleSeries, sampleSeries } from '../../e2e/harness/history-samples.ts';
import { type HistoryServer, startHistoryServer } from './history-server.test-helpers.ts';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/finlens.mjs');
const PAGE = 'src/cli/testdata/price-post.html';

/** The CLI as a child process (asynchronous: the server answering it runs in this process). */
function run(args: string[], origins: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, FINLENS_PROVIDER_ORIGINS: origins };
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, env, timeout: 60_000 }, (error, out, err) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, out, err });
    });
  });
}

/** A sample series with the closes of some sessions set (raw and forward-adjusted alike: no split in it). */
function withCloses(series: SampleSeries, closes: Record<string, number>): SampleSeries {
  const set = (b: SampleSeries['raw'][number]) => {
    const close = closes[b.date];
    return close === undefined ? b : { ...b, open: close, close, high: close, low: close };
  };
  return { market: series.market, raw: series.raw.map(set), qfq: series.qfq.map(set) };
}

// The article was published on Saturday 4 Feb 2023, 13:21 in Shanghai: its 昨夜 is Friday 3 Feb in
// New York, its 周五 Friday 3 Feb in Shanghai. The closes of 2 and 3 Feb are set here, so the
// record's move is known by hand: BIDU 140 → 147 is +5% (the article: 收涨5%), BABA 120 → 118.8
// is −1% (the article: 收跌3%), Moutai 1800 → 1821.6 is +1.2% (the article: 收涨1.2%).
const RANGE = { from: '2023-01-03', to: '2023-02-10' };
const BARS = new Map<string, SampleSeries>([
  ['US:BIDU', withCloses(sampleSeries('US', 130, RANGE), { '2023-02-02': 140, '2023-02-03': 147 })],
  ['US:BABA', withCloses(sampleSeries('US', 110, RANGE), { '2023-02-02': 120, '2023-02-03': 118.8 })],
  ['SH:600519', withCloses(sampleSeries('SH', 1700, RANGE), { '2023-02-02': 1800, '2023-02-03': 1821.6 })],
]);
const pct = (close: number, previous: number) => (close / previous - 1) * 100;

type Line = { claim: number; text: string; id?: string; verdict: string; record?: { pct: number }; reason?: string };
const lineOf = (lines: Line[], word: string) => lines.find((l) => l.text.includes(word));

// Each test starts a Node process (the CLI loads TypeScript through tsx): seconds each on a busy machine.
describe('finlens read --check-prices', { timeout: 60_000 }, () => {
  let server: HistoryServer;
  beforeAll(async () => {
    server = await startHistoryServer(BARS);
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.log.length = 0;
    server.failing.clear();
  });

  it('checks each price move against the bars served: matches and differs, with the record in its claim', async () => {
    const r = await run(['read', PAGE, '--check-prices'], server.origins);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.page.published.instant).toBe('2023-02-04T05:21:28.000Z');
    const bidu = lineOf(out.priceChecks, '百度');
    const baba = lineOf(out.priceChecks, '阿里巴巴');
    const moutai = lineOf(out.priceChecks, '贵州茅台');
    expect(bidu).toMatchObject({ id: 'US:BIDU', verdict: 'matches', session: '2023-02-03' });
    expect(bidu?.record?.pct).toBeCloseTo(pct(147, 140), 9);
    expect(baba).toMatchObject({ id: 'US:BABA', verdict: 'differs', session: '2023-02-03' });
    expect(baba?.record?.pct).toBeCloseTo(pct(118.8, 120), 9);
    expect(moutai).toMatchObject({ id: 'SH:600519', verdict: 'matches', session: '2023-02-03' });
    expect(moutai?.record?.pct).toBeCloseTo(pct(1821.6, 1800), 9);
    // Each line's claim carries the same check.
    for (const line of out.priceChecks as Line[]) {
      expect(out.claims[line.claim].text).toBe(line.text);
      expect(out.claims[line.claim].priceCheck.verdict).toBe(line.verdict);
    }
    expect(lineOf(out.priceChecks, '百度')).toHaveProperty('describe.zh', '记录：2月3日 收涨5.00%');
    // 本月以来 names no session the checker resolves: unverifiable, and no bars are asked for 00700.
    expect(lineOf(out.priceChecks, '腾讯')).toMatchObject({ verdict: 'unverifiable' });
    // Tencent, first in the order, answers for every market. No cookie went.
    expect(new Set(server.log.map((l) => l.host))).toEqual(new Set(['web.ifzq.gtimg.cn']));
    expect(server.log.every((l) => l.cookie === undefined)).toBe(true);
    expect(server.log.every((l) => /BIDU|BABA|sh600519/.test(l.path))).toBe(true);
  });

  it('asks no provider without --check-prices', async () => {
    const r = await run(['read', PAGE], server.origins);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.page.published.date).toBe('2023-02-04');
    expect(out.priceChecks).toBeUndefined();
    expect(out.claims.some((c: { priceCheck?: unknown }) => c.priceCheck)).toBe(false);
    expect(server.log).toEqual([]);
  });

  it('falls through a failing provider to the next, and says which failed', async () => {
    server.failing.add('web.ifzq.gtimg.cn');
    server.failing.add('push2his.eastmoney.com');
    const r = await run(['read', PAGE, '--check-prices'], server.origins);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    // Tencent and Eastmoney failed: Yahoo answered for the US stocks.
    expect(lineOf(out.priceChecks, '百度')).toMatchObject({ verdict: 'matches' });
    expect(lineOf(out.priceChecks, '阿里巴巴')).toMatchObject({ verdict: 'differs' });
    expect(server.log.some((l) => l.host === 'query1.finance.yahoo.com')).toBe(true);
    expect(r.err).toMatch(/tencent \(web\.ifzq\.gtimg\.cn\) failed for US:BIDU: HTTP 500/);
    expect(r.err).toMatch(/eastmoney \(push2his\.eastmoney\.com\) failed for US:BIDU: HTTP 500/);
  });

  it('calls a claim unverifiable, exits 0 and says so on stderr when every provider fails', async () => {
    for (const host of ['web.ifzq.gtimg.cn', 'push2his.eastmoney.com', 'query1.finance.yahoo.com'])
      server.failing.add(host);
    const r = await run(['read', PAGE, '--check-prices'], server.origins);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(lineOf(out.priceChecks, '百度')).toMatchObject({ verdict: 'unverifiable', reason: 'no-bars' });
    expect(lineOf(out.priceChecks, '百度')).not.toHaveProperty('record');
    expect(lineOf(out.priceChecks, '贵州茅台')).toMatchObject({ verdict: 'unverifiable', reason: 'no-bars' });
    expect(r.err).toMatch(/yahoo \(query1\.finance\.yahoo\.com\) failed for US:BIDU: HTTP 500/);
    expect(r.err).toMatch(/no daily bars for US:BIDU from any provider/);
  });

  it('prints one line a checked claim with --format text', async () => {
    const r = await run(['read', PAGE, '--check-prices', '--format', 'text'], server.origins);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    const checkLine = (word: string) =>
      lines.find((l) => /^ {2}(matches|differs|unverifiable) /.test(l) && l.includes(word));
    expect(lines).toContain('Published: 2023-02-04T05:21:28.000Z (Etc/GMT-8), from meta');
    expect(checkLine('$百度(BIDU)$')).toMatch(/^ {2}matches +".*昨夜收涨5%.*" +记录：2月3日 收涨5\.00%$/);
    expect(checkLine('$阿里巴巴(BABA)$')).toMatch(/^ {2}differs +".*收跌3%.*" +记录：2月3日 收跌1\.00%$/);
  });

  it('rejects a malformed test hook before asking anything', async () => {
    const r = await run(['read', PAGE, '--check-prices'], 'web.ifzq.gtimg.cn=ftp://x');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/FINLENS_PROVIDER_ORIGINS/);
  });
});
