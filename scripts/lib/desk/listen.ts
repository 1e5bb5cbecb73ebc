/**
 * Listening on loopback, IPv4 and IPv6 on the same port. Browsers try
 * `localhost` as [::1] as well as 127.0.0.1: if the desk held only one, a
 * program on the other with the same port would receive the clerk's browser.
 * So the desk takes both, or refuses to start naming the taken address;
 * only a computer without IPv6 loopback gets IPv4 alone (and the URL says 127.0.0.1).
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { t } from '../../../src/i18n/zh-CN.ts';

export interface Listening {
  port: number;
  /** The URL to print: `http://localhost:PORT/` when both are held, else `http://127.0.0.1:PORT/`. */
  url: string;
  /** The exact URL of each address held. */
  urls: string[];
  close(): Promise<void>;
}

/** Port 0 picks one on IPv4; if IPv6 has it taken, another is picked, this many times. */
const PICK_ATTEMPTS = 5;

type Outcome = { server: Server } | { error: NodeJS.ErrnoException };

function listenOn(handler: RequestListener, port: number, host: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const server = createServer(handler);
    server.once('error', (error: NodeJS.ErrnoException) => resolve({ error }));
    server.listen({ port, host, ipv6Only: host === '::1' }, () => resolve({ server }));
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

const refusal = (address: string) => new Error(t('desk.listen.taken', { address }));

/** Starts `handler` on 127.0.0.1 and [::1]; throws the Chinese refusal when the port is taken. */
export async function listenLoopback(handler: RequestListener, port: number): Promise<Listening> {
  for (let attempt = 0; attempt < PICK_ATTEMPTS; attempt++) {
    const v4 = await listenOn(handler, port, '127.0.0.1');
    if ('error' in v4) throw v4.error.code === 'EADDRINUSE' ? refusal(`127.0.0.1:${port}`) : v4.error;
    const chosen = (v4.server.address() as AddressInfo).port;
    const v6 = await listenOn(handler, chosen, '::1');
    if ('server' in v6) return listening(chosen, [v4.server, v6.server]);
    if (v6.error.code === 'EADDRNOTAVAIL' || v6.error.code === 'EAFNOSUPPORT') return listening(chosen, [v4.server]);
    await closeServer(v4.server);
    if (v6.error.code !== 'EADDRINUSE') throw v6.error;
    if (port !== 0) throw refusal(`[::1]:${port}`);
  }
  throw refusal('[::1]');
}

function listening(port: number, servers: Server[]): Listening {
  const urls = [`http://127.0.0.1:${port}/`, ...(servers.length > 1 ? [`http://[::1]:${port}/`] : [])];
  return {
    port,
    url: servers.length > 1 ? `http://localhost:${port}/` : `http://127.0.0.1:${port}/`,
    urls,
    close: async () => void (await Promise.all(servers.map(closeServer))),
  };
}
