/**
 * Signed-in clerks, in the server's memory only: a restart signs everyone out.
 * A session is a random 32-byte id (the `desk_session` cookie) and a second
 * random token the page sends back in `x-desk-csrf` with every change.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'desk_session';

/** A session unused this long is gone: a clerk who went home signs in again next morning. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;

export interface Session {
  name: string;
  csrf: string;
}

export interface SessionStore {
  /** A new session for `name`; returns its id (the cookie's value) and the session. */
  create(name: string): { id: string; session: Session };
  /** The live session with this id, its idle clock restarted; undefined when unknown or expired. */
  touch(id: string | undefined): Session | undefined;
  delete(id: string | undefined): void;
}

const token = () => randomBytes(32).toString('base64url');

export function createSessionStore(now: () => number, idleMs = SESSION_IDLE_MS): SessionStore {
  const sessions = new Map<string, Session & { lastSeen: number }>();
  const sweep = () => {
    for (const [id, s] of sessions) if (now() - s.lastSeen >= idleMs) sessions.delete(id);
  };
  return {
    create(name) {
      sweep();
      const id = token();
      const session = { name, csrf: token() };
      sessions.set(id, { ...session, lastSeen: now() });
      return { id, session };
    },
    touch(id) {
      const s = id === undefined ? undefined : sessions.get(id);
      if (id === undefined || s === undefined) return undefined;
      if (now() - s.lastSeen >= idleMs) {
        sessions.delete(id);
        return undefined;
      }
      s.lastSeen = now();
      return { name: s.name, csrf: s.csrf };
    },
    delete(id) {
      if (id !== undefined) sessions.delete(id);
    },
  };
}

/** Whether the `x-desk-csrf` header carries the session's token (constant time). */
export function csrfMatches(header: string | string[] | undefined, session: Session): boolean {
  if (typeof header !== 'string') return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(session.csrf);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A cookie's value from a `Cookie` header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The `Set-Cookie` value that stores the session id (or, with '', clears it). */
export function sessionCookie(id: string, secure: boolean): string {
  const attributes = ['HttpOnly', 'SameSite=Strict', 'Path=/', ...(secure ? ['Secure'] : []), ...(id === '' ? ['Max-Age=0'] : [])];
  return [`${SESSION_COOKIE}=${id}`, ...attributes].join('; ');
}
