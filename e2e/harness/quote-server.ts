/**
 * A local HTTPS server that speaks each quote provider's format (Tencent's GBK lines and minute
 * JSON, Eastmoney's list and fund estimates, Yahoo's chart), with faults to inject per provider
 * host. The browsers reach it under the providers' own host names, on whatever port it listens:
 * Chromium through `--host-resolver-rules`, Firefox through a local proxy (`provider-proxy.ts`).
 * Quotes are made up for whatever code is asked, deterministically, and stamped with the current
 * time in the market's zone; codes in `unknown` are answered as the provider answers an unknown code.
 * Daily bars (Tencent's fqkline, Eastmoney's kline, Yahoo's daily chart) come from `history`, a
 * table of sample series by canonical id the test may change (`history-answers.ts`); an id not in
 * it is answered as each provider answers an unknown code. Faults are per host, as for quotes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROVIDER_HOSTS as PROVIDER_HOST_LISTS } from '../../src/quotes/provider-names.ts';
import { gbk } from './gbk.ts';
import { historyAnswer } from './history-answers.ts';
import { defaultHistory, type SampleSeries } from './history-samples.ts';
import {
  eastmoneyList,
  eastmoneyRow,
  fundEstimate,
  tencentFields,
  tencentLine,
  tencentMinutes,
  yahooChart,
} from './provider-samples.ts';

export type Fault = 'slow' | '500' | '429' | 'garbage' | 'truncated' | 'empty';

/** Every host the extension may ask for quotes (the manifest's `host_permissions`). */
export const PROVIDER_HOSTS = Object.values(PROVIDER_HOST_LISTS).flat();

export interface LoggedRequest {
  host: string;
  path: string;
  cookie?: string;
  referer?: string;
  origin?: string;
}

export interface QuoteServer {
  port: number;
  /** Every request a provider host received, in order. */
  readonly log: LoggedRequest[];
  /** Injects a fault on a host (null clears it). */
  fault(host: string, fault: Fault | null): void;
  /** Codes (Tencent's, e.g. `sz000998`) answered as unknown. */
  readonly unknown: Set<string>;
  /** The daily bars served, by canonical id (`US:BIDU`, `SH:000300`): set or delete entries to change them. */
  readonly history: Map<string, SampleSeries>;
  /** The price the server gives a Tencent code. */
  priceOf(code: string): number;
  /** Pins the price of a code (as the provider is asked: `usBIDU`, `1.600519`, `BTC-USD`), e.g. near its sample bars. */
  setPrice(code: string, price: number): void;
  /** Chromium's `--host-resolver-rules` value mapping the provider hosts here. */
  resolverRules(): string;
  close(): Promise<void>;
}

/** A self-signed certificate for the provider hosts (made with openssl, once per run). */
function certificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'finlens-quotes-'));
  const san = PROVIDER_HOSTS.map((h) => `DNS:${h}`).join(',');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=finlens-test-quotes',
      '-addext',
      `subjectAltName=${san}`,
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

/** Prices a test has set, by the code a provider is asked with (`usBIDU`, `1.600519`, `BTC-USD`). */
const pinned = new Map<string, number>();

/** A made-up but stable price for a code: 10–500; or the one a test pinned. */
function priceOf(code: string): number {
  const set = pinned.get(code);
  if (set !== undefined) return set;
  let h = 7;
  for (const c of code) h = (h * 31 + c.charCodeAt(0)) % 49_000;
  return 10 + h / 100;
}

const ZONES: Record<string, string> = {
  sh: 'Asia/Shanghai',
  sz: 'Asia/Shanghai',
  bj: 'Asia/Shanghai',
  hk: 'Asia/Hong_Kong',
  us: 'America/New_York',
};

/** Now, in a zone, as Tencent writes each market's time. */
function tencentTime(prefix: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: ZONES[prefix] ?? 'UTC',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(Date.now())
      .map((x) => [x.type, x.value]),
  );
  if (prefix === 'hk') return `${p.year}/${p.month}/${p.day} ${p.hour}:${p.minute}:${p.second}`;
  if (prefix === 'us') return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
  return `${p.year}${p.month}${p.day}${p.hour}${p.minute}${p.second}`;
}

function tencentQuote(code: string): string {
  const prefix = code.slice(0, 2).toLowerCase();
  const price = priceOf(code);
  const previous = Math.round(price * 0.98 * 100) / 100;
  return tencentFields({
    0: prefix === 'us' ? '200' : prefix === 'hk' ? '100' : prefix === 'sh' ? '1' : '51',
    1: `测试${code.slice(2)}`,
    2: code.slice(2),
    3: price.toFixed(2),
    4: previous.toFixed(2),
    5: previous.toFixed(2),
    6: '120000',
    30: tencentTime(prefix),
    31: (price - previous).toFixed(2),
    32: (((price - previous) / previous) * 100).toFixed(2),
    33: (price * 1.01).toFixed(2),
    34: (previous * 0.99).toFixed(2),
    35: prefix === 'us' ? 'USD' : '',
    36: '120000',
    37: '5600000',
    39: '18.40',
    45: '2345.6',
  });
}

export async function startQuoteServer(port = 0): Promise<QuoteServer> {
  const log: LoggedRequest[] = [];
  const faults = new Map<string, Fault>();
  const unknown = new Set<string>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const history = defaultHistory();

  const answer = (host: string, url: URL): { type: string; body: Uint8Array | string; status?: number } => {
    const daily = historyAnswer(host, url, history);
    if (daily) return daily;
    if (host === 'qt.gtimg.cn') {
      const codes = decodeURIComponent(url.pathname + url.search)
        .replace(/^\/(\?)?q=/, '')
        .split(',')
        .filter(Boolean);
      let text = '';
      for (const code of codes)
        text += unknown.has(code) ? 'v_pv_none_match="1";\n' : tencentLine(code, tencentQuote(code));
      return { type: 'text/html; charset=GBK', body: gbk(text) };
    }
    if (host === 'web.ifzq.gtimg.cn') {
      const code = url.searchParams.get('code') ?? '';
      const price = priceOf(code);
      const prices = Array.from({ length: 60 }, (_, i) => price * (0.985 + 0.015 * Math.sin(i / 6) + i * 0.0003));
      return { type: 'application/json', body: tencentMinutes(code, prices, Math.round(price * 0.98 * 100) / 100) };
    }
    if (host === 'push2.eastmoney.com') {
      const rows = (url.searchParams.get('secids') ?? '')
        .split(',')
        .filter(Boolean)
        .map((secid) => {
          const [market, code] = secid.split('.');
          const price = priceOf(secid);
          return eastmoneyRow(Number(market), code, {
            f2: Number(price.toFixed(2)),
            f3: 1.2,
            f4: 0.5,
            f18: Number((price - 0.5).toFixed(2)),
            f124: Math.floor(Date.now() / 1000),
          });
        });
      return { type: 'application/json', body: eastmoneyList(rows) };
    }
    if (host === 'fundgz.1234567.com.cn') {
      const code = /\/js\/(\d{6})\.js/.exec(url.pathname)?.[1] ?? '';
      return {
        type: 'application/javascript',
        body: fundEstimate(code, '1.0234', '1.0301', '0.65', '2026-11-30 14:15'),
      };
    }
    if (host === 'query1.finance.yahoo.com') {
      const symbol = decodeURIComponent(url.pathname.split('/').pop() ?? '');
      const price = priceOf(symbol);
      return {
        type: 'application/json',
        body: yahooChart(symbol, price, price * 0.98, Date.now(), [price * 0.97, price * 0.99, price]),
      };
    }
    return { type: 'text/plain', body: 'not found', status: 404 };
  };

  const server: Server = createServer(certificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    if (!PROVIDER_HOSTS.includes(host)) {
      // Only the providers' hosts are mapped or tunnelled here; anything else is not ours to answer.
      res.writeHead(404).end();
      return;
    }
    log.push({
      host,
      path: url.pathname + url.search,
      cookie: req.headers.cookie,
      referer: req.headers.referer,
      origin: req.headers.origin,
    });
    const fault = faults.get(host);
    const { type, body, status } = answer(host, url);
    const headers = { 'content-type': type, 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    switch (fault) {
      case 'slow': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) res.writeHead(200, headers).end(body);
        }, 6000);
        timers.add(timer);
        return;
      }
      case '500':
        res.writeHead(500, headers).end('internal error');
        return;
      case '429':
        res.writeHead(429, { ...headers, 'retry-after': '2' }).end('slow down');
        return;
      case 'garbage':
        res.writeHead(200, headers).end('<html><body>Service temporarily unavailable \u00ff\u00fe</body></html>');
        return;
      case 'truncated': {
        const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body);
        res.writeHead(200, headers).end(bytes.subarray(0, Math.floor(bytes.length / 3)));
        return;
      }
      case 'empty':
        res.writeHead(200, headers).end();
        return;
      default:
        res.writeHead(status ?? 200, headers).end(body);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    port: bound,
    log,
    unknown,
    history,
    priceOf,
    setPrice: (code, price) => pinned.set(code, price),
    fault: (host, fault) => (fault ? faults.set(host, fault) : faults.delete(host)),
    resolverRules: () => PROVIDER_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${bound}`).join(', '),
    close: () =>
      new Promise((resolve) => {
        for (const t of timers) clearTimeout(t);
        pinned.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The server for the browsers, on a free port: Chromium's resolver rules and Firefox's proxy point
 * the providers' hosts at it, so no privileged port is needed and runs side by side do not collide.
 */
export function startQuoteServerForBrowsers(): Promise<QuoteServer> {
  return startQuoteServer(0);
}
