/**
 * The editing desk's web server: one page, one script, and Decap's proxy
 * backend API over the desk's own clone of the site's repository. It listens
 * on 127.0.0.1 only and answers only requests addressed to itself (no other
 * page may drive it: there is no password, only the clerk's name).
 *
 *   startDeskServer({ repoDir, branch, port, page, bundlePath })
 *     → Promise<{ url, port, close }>
 *   repoDir     the desk's clone (its content/ folder is all the API touches)
 *   branch      the branch commits are pushed to (`git push origin HEAD:<branch>`)
 *   port        0 picks a free one
 *   page        the HTML served at `/`
 *   bundlePath  the built Decap bundle served at `/desk.js`
 *
 * `POST /api/v1 {action, params}` answers as decap-server does; errors are
 * `{error}` with 401 (no clerk name: cookie `desk_clerk`), 403 (foreign
 * Host/Origin), 422 (refused path, content:check errors) or 500 (push failed).
 */
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readClerk } from '../../../src/lib/desk/clerk-cookie.ts';
import { runAction, WRITE_ACTIONS } from './actions.ts';
import { DeskError } from './desk-error.ts';
import { DESK_TEXT } from './messages.ts';
import { ConflictError } from './conflicts.ts';
import { openDeskRepo, type DeskRepo } from './repo.ts';

export interface DeskServerOptions {
  repoDir: string;
  branch: string;
  port: number;
  page: string;
  bundlePath: string;
  /** "Now" for the checker's scheduling rules (tests pin it). */
  now?: () => Date;
  /** The repository state, when the caller opened it (to recover and sync before serving). */
  repo?: DeskRepo;
}

export interface DeskServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  port: number;
  close: () => Promise<void>;
}

/** Decap sends photos inside the JSON as base64: room for a few phone photos per save. */
const MAX_BODY = 200 * 1024 * 1024;

export async function startDeskServer(options: DeskServerOptions): Promise<DeskServer> {
  const repo = options.repo ?? openDeskRepo({ repoDir: options.repoDir, branch: options.branch, ...(options.now ? { now: options.now } : {}) });
  let port = options.port;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof DeskError ? error.status : 500;
      const message = error instanceof DeskError ? error.message : `${DESK_TEXT.internal}${error instanceof Error ? error.message : String(error)}`;
      if (status === 500) console.error(error);
      if (!res.headersSent) sendJson(res, status, error instanceof ConflictError ? { error: message, conflict: error.conflict } : { error: message });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!addressedToUs(req, port)) throw new DeskError(403, DESK_TEXT.forbiddenHost);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === '/') return send(res, 200, 'text/html; charset=utf-8', options.page);
    if (req.method === 'GET' && url.pathname === '/desk.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
      createReadStream(options.bundlePath).on('error', () => res.end()).pipe(res);
      return;
    }
    if (url.pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
    if (req.method === 'POST' && url.pathname === '/api/v1') {
      const body = await readJson(req);
      const action = typeof body['action'] === 'string' ? body['action'] : '';
      const params = (body['params'] ?? {}) as Record<string, unknown>;
      const clerk = readClerk(req.headers.cookie);
      if (WRITE_ACTIONS.has(action) && clerk === undefined) throw new DeskError(401, DESK_TEXT.signIn);
      // A save the browser gave up on (closed, timed out) must not be committed later: runAction checks this signal.
      const gone = new AbortController();
      res.on('close', () => {
        if (!res.writableFinished) gone.abort();
      });
      const result = await runAction(repo, action, params, clerk, gone.signal);
      return sendJson(res, 200, result);
    }
    return send(res, 404, 'text/plain; charset=utf-8', DESK_TEXT.notFound);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Only this computer's browser, on this port: a Host other than ours is DNS
 * rebinding, an Origin other than ours is another site's page posting here.
 */
function addressedToUs(req: IncomingMessage, port: number): boolean {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!hosts.includes(req.headers.host ?? '')) return false;
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`)) return false;
  return req.headers['sec-fetch-site'] === undefined || ['same-origin', 'none'].includes(String(req.headers['sec-fetch-site']));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new DeskError(413, `${DESK_TEXT.badRequest}超过 200 MB`);
    chunks.push(chunk as Buffer);
  }
  try {
    const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (body !== null && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new DeskError(400, `${DESK_TEXT.badRequest}JSON`);
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
