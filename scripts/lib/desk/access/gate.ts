/**
 * The desk's door: `/api/session` (sign in, who am I, sign out) and the check
 * every `/api/v1` request passes before it may read or write, answering with
 * the signed-in account's name, which becomes the commit author.
 *
 *   POST   /api/session {name, password} → {name, csrf} + Set-Cookie desk_session
 *   GET    /api/session                  → {name, csrf} or 401
 *   DELETE /api/session (x-desk-csrf)    → {} and the cookie cleared
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { t } from '../../../../src/i18n/zh-CN.ts';
import { cleanClerkName } from '../../../../src/lib/desk/clerk-name.ts';
import { DeskError } from '../desk-error.ts';
import { readJson, sendJson } from '../http.ts';
import { readClerks } from './clerks-file.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { fromDeskPage, type DeskAddresses } from './request-checks.ts';
import { createSessionStore, csrfMatches, readCookie, SESSION_COOKIE, sessionCookie, type Session } from './sessions.ts';
import { createThrottle, type ThrottleKey } from './throttle.ts';

export interface DeskGateOptions {
  /** The clerks file, read at each sign-in and check, so accounts added or removed count at once. */
  clerksFile: string;
  /** Sessions get the cookie's `Secure` flag when the public address is https. */
  secure: boolean;
  /** Behind the configured reverse proxy (`--public-url`): its X-Forwarded-For names the clerk's computer. */
  behindProxy?: boolean;
  now?: () => number;
}

export interface DeskGate {
  /** Answers a request to `/api/session`. */
  session(req: IncomingMessage, res: ServerResponse, addresses: DeskAddresses): Promise<void>;
  /** The account name behind an `/api/v1` request; throws 401 (no session) or 403 (no or wrong token). */
  clerk(req: IncomingMessage): string;
}

/** A sign-in body is a name and a password, never a photo. */
const MAX_SIGN_IN_BODY = 16 * 1024;

export function createDeskGate(options: DeskGateOptions): DeskGate {
  const now = options.now ?? Date.now;
  const sessions = createSessionStore(now);
  const throttle = createThrottle(now);
  // An unknown name costs one hash too, so the answer's timing does not tell which names exist.
  const decoy = hashPassword(`decoy-${now()}`);
  let signIns: Promise<void> = Promise.resolve();

  /** The live session of this request whose account still exists. */
  function current(req: IncomingMessage): { id: string; session: Session } | undefined {
    const id = readCookie(req.headers.cookie, SESSION_COOKIE);
    const session = sessions.touch(id);
    if (id === undefined || session === undefined) return undefined;
    if (readClerks(options.clerksFile).has(session.name)) return { id, session };
    sessions.delete(id);
    return undefined;
  }

  function signedIn(req: IncomingMessage): { id: string; session: Session } {
    const found = current(req);
    if (found === undefined) throw new DeskError(401, t('desk.error.signIn'));
    return found;
  }

  /** The same session, and its token in `x-desk-csrf`: only the desk's page can read the token. */
  function withToken(req: IncomingMessage): { id: string; session: Session } {
    const found = signedIn(req);
    if (!csrfMatches(req.headers['x-desk-csrf'], found.session)) throw new DeskError(403, t('desk.error.csrf'));
    return found;
  }

  async function signIn(req: IncomingMessage, res: ServerResponse, addresses: DeskAddresses): Promise<void> {
    const facts = { host: req.headers.host, origin: req.headers.origin, fetchSite: header(req, 'sec-fetch-site') };
    if (!fromDeskPage(facts, addresses, true)) throw new DeskError(403, t('desk.error.forbiddenHost'));
    const body = await readJson(req, MAX_SIGN_IN_BODY);
    const typed = typeof body['name'] === 'string' ? body['name'] : '';
    const password = typeof body['password'] === 'string' ? body['password'] : '';
    const name = cleanClerkName(typed) ?? typed;
    // Behind nginx every request comes from 127.0.0.1: the forwarded address tells clerks apart.
    const keys: ThrottleKey[] = [
      { kind: 'name', value: name },
      { kind: 'address', value: clientAddress(req, options.behindProxy === true) },
    ];
    // One guess at a time, in turn, so parallel guesses cannot all pass before the count;
    // clerks of one office signing in at the same moment wait ~50 ms each, none is refused.
    const guess = signIns.then(async () => {
      const wait = throttle.waitMs(keys);
      if (wait > 0) throw new DeskError(429, t('desk.error.locked', { seconds: Math.max(1, Math.ceil(wait / 1000)) }));
      const stored = readClerks(options.clerksFile).get(name);
      const ok = await verifyPassword(password, stored ?? (await decoy));
      if (!ok || stored === undefined) {
        throttle.failed(keys);
        throw new DeskError(401, t('desk.error.badLogin'));
      }
      // A clerk who gets in clears her name's and her computer's count: typos add up over a morning.
      throttle.succeeded(keys);
    });
    signIns = guess.catch(() => undefined);
    await guess;
    sessions.delete(readCookie(req.headers.cookie, SESSION_COOKIE));
    const { id, session } = sessions.create(name);
    sendJson(res, 200, session, { 'set-cookie': sessionCookie(id, options.secure) });
  }

  return {
    async session(req, res, addresses) {
      if (req.method === 'POST') return signIn(req, res, addresses);
      if (req.method === 'GET') return sendJson(res, 200, signedIn(req).session);
      if (req.method === 'DELETE') {
        sessions.delete(withToken(req).id);
        return sendJson(res, 200, {}, { 'set-cookie': sessionCookie('', options.secure) });
      }
      throw new DeskError(405, t('desk.error.badRequest'));
    },
    clerk(req) {
      return withToken(req).session.name;
    },
  };
}

/** A header sent once, as a string. */
export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Who is trying to sign in, for counting failures: the connection's address
 * (127.0.0.1 and ::1 are one computer), or — only behind the configured proxy,
 * where every connection comes from loopback — the last address nginx added to
 * X-Forwarded-For. Without a proxy the header is anyone's to write.
 */
export function clientAddress(req: IncomingMessage, behindProxy: boolean): string {
  const socket = req.socket.remoteAddress ?? '';
  const loopback = socket === '127.0.0.1' || socket === '::1' || socket === '::ffff:127.0.0.1';
  if (behindProxy && loopback) {
    const forwarded = (header(req, 'x-forwarded-for') ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean)
      .at(-1);
    if (forwarded !== undefined) return forwarded;
  }
  return loopback ? 'loopback' : socket;
}
