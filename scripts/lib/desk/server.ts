/**
 * The editing desk's web server: one page, one script, Decap's proxy backend
 * API over the desk's own clone of the site's repository, and the clerks'
 * sign-in (access/gate.ts). It listens on loopback only, IPv4 and IPv6
 * (listen.ts); nginx may stand in front of it (deploy/nginx/desk.conf), named
 * by `publicUrl`.
 *
 *   startDeskServer({ repoDir, branch, port, page, bundlePath, clerksFile, publicUrl })
 *     → Promise<{ url, urls, port, close }>
 *   repoDir     the desk's clone (its content/ folder is all the API touches)
 *   branch      the branch commits are pushed to (`git push origin HEAD:<branch>`)
 *   port        0 picks a free one
 *   page        the HTML served at `/`
 *   bundlePath  the built Decap bundle served at `/desk.js`
 *   clerksFile  the accounts (`--add-clerk`), outside the repository
 *   publicUrl   the address clerks open through a reverse proxy, e.g. `https://desk.example.cn`
 *
 * `GET /api/live?path=…&id=…` says whether a save is on the live site (the resident publisher's report).
 * `POST /api/wechat {slug}` gives a published article as the 公众号 takes it (or 422 and why not).
 * `POST /api/v1 {action, params}` answers as decap-server does, for a signed-in
 * clerk whose request carries the session's `x-desk-csrf` token; errors are
 * `{error}` with 401 (not signed in), 403 (foreign Host/Origin, no token),
 * 422 (refused path, content:check errors), 429 (too many wrong passwords)
 * or 500 (an unexpected failure); 409 (the file changed since the form was opened)
 * with `{error, conflict}`; content:check errors with `{error, problems}`.
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createDeskGate, header } from './access/gate.ts';
import { deskAddresses, fromDeskPage, parsePublicUrl, type DeskAddresses } from './access/request-checks.ts';
import { runAction } from './actions.ts';
import { CheckError } from './check-error.ts';
import { DeskError } from './desk-error.ts';
import { readJson, send, sendJson } from './http.ts';
import { listenLoopback } from './listen.ts';
import { t } from '../../../src/i18n/zh-CN.ts';
import { ConflictError } from './conflicts.ts';
import { openDeskRepo, type DeskRepo } from './repo.ts';
import { exportForWechat, WechatExportError } from '../wechat/export.ts';
import { liveSite } from '../wechat/live-site.ts';
import { savedIsLive } from './live-check.ts';
import { guardPath } from './paths.ts';
import { SITE } from '../../../src/site.config.ts';

export interface DeskServerOptions {
  repoDir: string;
  branch: string;
  port: number;
  page: string;
  bundlePath: string;
  /** The clerks file (`.desk/clerks.json`): who may sign in. */
  clerksFile: string;
  /** `--public-url`: the origin clerks use through a reverse proxy; its Host and Origin are accepted. */
  publicUrl?: string | undefined;
  /** "Now" for the checker's scheduling rules (tests pin it). */
  now?: () => Date;
  /** The repository state, when the caller opened it (to recover and sync before serving). */
  repo?: DeskRepo;
  /** Where 复制到公众号 reads the published site: a release folder or the site's address (default: the site's). */
  live?: string | undefined;
  /** The resident publisher's report (`.releases/publisher.json`, a path or an address), for 已上线 after a save. */
  publisher?: string | undefined;
}

export interface DeskServer {
  /** The URL to print: `http://localhost:<port>/`, or `http://127.0.0.1:<port>/` without IPv6. */
  url: string;
  /** The exact URL of each loopback address held (127.0.0.1, and [::1] when available). */
  urls: string[];
  port: number;
  close: () => Promise<void>;
}

export async function startDeskServer(options: DeskServerOptions): Promise<DeskServer> {
  const publicUrl = options.publicUrl === undefined ? undefined : parsePublicUrl(options.publicUrl);
  // One queue per clone (repo.ts): saves, uploads, deletions and background pushes take turns.
  const repo = options.repo ?? openDeskRepo({ repoDir: options.repoDir, branch: options.branch, ...(options.now ? { now: options.now } : {}) });
  const gate = createDeskGate({ clerksFile: options.clerksFile, secure: publicUrl?.protocol === 'https:', behindProxy: publicUrl !== undefined });
  // Known once the port is: until then every request is refused.
  let addresses: DeskAddresses = { origins: new Set(), hosts: new Set() };

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof DeskError ? error.status : 500;
      const message = error instanceof DeskError ? error.message : `${t('desk.error.internal')}${error instanceof Error ? error.message : String(error)}`;
      if (status === 500) console.error(error);
      // A refused check also says which field each problem is at (check-error.ts).
      const extra = error instanceof ConflictError ? { conflict: error.conflict } : error instanceof CheckError ? { problems: error.problems } : {};
      if (!res.headersSent) sendJson(res, status, { error: message, ...extra });
      else res.end();
    });
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const facts = { host: req.headers.host, origin: req.headers.origin, fetchSite: header(req, 'sec-fetch-site') };
    if (!fromDeskPage(facts, addresses)) throw new DeskError(403, t('desk.error.forbiddenHost'));
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === '/') return send(res, 200, 'text/html; charset=utf-8', options.page);
    if (req.method === 'GET' && url.pathname === '/desk.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
      createReadStream(options.bundlePath)
        .on('error', () => res.end())
        .pipe(res);
      return;
    }
    if (url.pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
    if (url.pathname === '/api/session') return gate.session(req, res, addresses);
    if (req.method === 'POST' && url.pathname === '/api/v1') {
      // Before the body: a request without a session is not worth reading 200 MB for.
      const clerk = gate.clerk(req);
      const body = await readJson(req);
      const action = typeof body['action'] === 'string' ? body['action'] : '';
      const params = (body['params'] ?? {}) as Record<string, unknown>;
      // A save the browser gave up on (closed, timed out) must not be committed later: runAction checks this signal.
      const gone = new AbortController();
      res.on('close', () => {
        if (!res.writableFinished) gone.abort();
      });
      const result = await runAction(repo, action, params, clerk, gone.signal);
      return sendJson(res, 200, result);
    }
    if (req.method === 'GET' && url.pathname === '/api/live') {
      gate.clerk(req);
      const path = guardPath(options.repoDir, url.searchParams.get('path'));
      const id = url.searchParams.get('id') ?? '';
      if (!/^[0-9a-f]{64}$/.test(id)) throw new DeskError(422, t('desk.live.badId'));
      return sendJson(res, 200, await savedIsLive(repo, options.publisher, path, id));
    }
    if (req.method === 'POST' && url.pathname === '/api/wechat') {
      gate.clerk(req);
      const slug = (await readJson(req))['slug'];
      if (typeof slug !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(slug)) throw new DeskError(422, t('desk.wechat.badSlug'));
      return sendJson(res, 200, await wechatAnswer(slug));
    }
    return send(res, 404, 'text/plain; charset=utf-8', t('desk.error.notFound'));
  }

  /** The article as the 公众号 takes it, from the live site; a refusal is a 422 with the reason. */
  async function wechatAnswer(slug: string) {
    try {
      const live = liveSite(options.live ?? SITE.url);
      const done = await exportForWechat(slug, {
        contentDir: join(options.repoDir, 'content'),
        cwd: options.repoDir,
        now: options.now?.() ?? new Date(),
        live,
      });
      const { copy, title, author, digest, url, covers, warnings } = done;
      return { html: copy.html, text: copy.text, title, author, digest, url, covers, warnings };
    } catch (error) {
      if (error instanceof WechatExportError) throw new DeskError(422, error.message);
      throw error;
    }
  }

  const listening = await listenLoopback(handler, options.port);
  addresses = deskAddresses(listening.port, publicUrl);
  return { url: listening.url, urls: listening.urls, port: listening.port, close: listening.close };
}
