/**
 * A local HTTPS proxy for Firefox's test profile (`network.proxy.ssl`): a tunnel asked for a quote
 * provider's host on 443 is joined to the local quote stand-in, wherever it listens; any other
 * tunnel (Firefox's own services) is refused. So Firefox reaches the stand-in under the providers'
 * own names with no resolver override and no privileged port, and nothing of it is in the build.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';

export interface ProviderProxy {
  port: number;
  close(): Promise<void>;
}

/** Starts the proxy on a free port of 127.0.0.1, tunnelling `hosts` to 127.0.0.1:`standIn`. */
export async function startProviderProxy(hosts: readonly string[], standIn: number): Promise<ProviderProxy> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((_req, res) => {
    // Plain-http requests are never sent here (only https is proxied): refuse any that are.
    res.writeHead(405).end();
  });
  server.on('connect', (req, client: Socket) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const [host, port] = (req.url ?? '').split(':');
    if (!hosts.includes(host) || port !== '443') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(standIn, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
