/** Serves e2e/fixtures over local HTTP (content scripts do not run on file://). */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { FIXTURES_DIR } from './paths.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A running fixture server on 127.0.0.1. */
export interface FixtureServer {
  origin: string;
  /** The URL of a fixture page, e.g. `url('xueqiu-post')`. */
  url(slug: string): string;
  close(): Promise<void>;
}

/**
 * A short market note naming one security as Xueqiu writes it (`$浦发银行(SH600000)$`): the quote
 * tests need a page per security, so each fault meets a code no earlier test had quoted.
 */
function cashtagPage(params: URLSearchParams): string | undefined {
  const code = params.get('code') ?? '';
  const name = params.get('name') ?? '';
  if (!/^[A-Z0-9.]{1,12}$/.test(code) || !/^[\p{Script=Han}A-Za-z]{1,12}$/u.test(name)) return undefined;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name} 盘中</title></head><body><article><h1>${name}盘中走强</h1><p>$${name}(${code})$ 今日盘中成交活跃，股价上涨，市场关注其三季度业绩。</p></article></body></html>`;
}

/**
 * Two cashtags a few lines apart, at the left edge: the card of the first opens over the second.
 * The page is taller than the view, so it can scroll, and has a button in view to move focus to.
 */
const STACKED_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Stacked</title>
<style>body{margin:8px;font:16px/20px sans-serif}p{margin:0}#second{margin-top:40px}#rest{height:2000px}</style></head>
<body><p id="first">$BIDU traded higher in New York.</p><p id="second">$BABA traded lower in New York.</p>
<button id="after">Done</button><div id="rest"></div></body></html>`;

/** Starts the server on a free port (or `port`). */
export async function startFixtureServer(port = 0, root = FIXTURES_DIR): Promise<FixtureServer> {
  const server: Server = createServer(async (req, res) => {
    const requested = new URL(req.url ?? '/', 'http://localhost');
    if (requested.pathname === '/_cashtag/') {
      const page = cashtagPage(requested.searchParams);
      res.writeHead(page ? 200 : 400, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(page ?? 'bad request');
      return;
    }
    if (requested.pathname === '/_stacked/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(STACKED_PAGE);
      return;
    }
    const path = decodeURIComponent(requested.pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (slug) => `${origin}/${slug}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
