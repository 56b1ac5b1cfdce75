/**
 * A local HTTP server speaking the history providers' formats (Tencent's fqkline, Eastmoney's kline,
 * Yahoo's daily chart; the e2e harness's answer writers), for the CLI's `--check-prices` tests.
 * The CLI reaches it through its `FINLENS_PROVIDER_ORIGINS` test hook: each provider host is sent
 * to `http://127.0.0.1:PORT/<host>`, so the first path segment says which provider was asked.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { historyAnswer } from '../../e2e/harness/history-answers.ts';
import type { SampleSeries } from '../../e2e/harness/history-samples.ts';

/** The daily-bar hosts of the providers the CLI asks. */
export const HISTORY_HOSTS = ['web.ifzq.gtimg.cn', 'push2his.eastmoney.com', 'query1.finance.yahoo.com'];

export interface HistoryServer {
  /** Every request, in order: the provider host, its path and query, and the cookie header if one came. */
  readonly log: { host: string; path: string; cookie?: string }[];
  /** Hosts answering 500. */
  readonly failing: Set<string>;
  /** The `FINLENS_PROVIDER_ORIGINS` value pointing every provider host here. */
  readonly origins: string;
  close(): Promise<void>;
}

/** Starts the server on a free port, serving `table` (canonical id → bars). */
export async function startHistoryServer(table: Map<string, SampleSeries>): Promise<HistoryServer> {
  const log: HistoryServer['log'] = [];
  const failing = new Set<string>();
  const server = createServer((request, response) => {
    const [, host = '', ...rest] = (request.url ?? '/').split('/');
    const url = new URL(`/${rest.join('/')}`, `https://${host}`);
    log.push({ host, path: url.pathname + url.search, cookie: request.headers.cookie });
    if (failing.has(host)) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end('server error');
      return;
    }
    const answer = historyAnswer(host, url, table);
    if (!answer) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not a provider endpoint');
      return;
    }
    response.writeHead(answer.status ?? 200, { 'content-type': answer.type }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    log,
    failing,
    origins: HISTORY_HOSTS.map((h) => `${h}=http://127.0.0.1:${port}/${h}`).join(','),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
