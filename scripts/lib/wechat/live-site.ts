/**
 * The published site the 公众号 copy is made from: the live release folder on this
 * machine (`OUT_DIR`, what the web server serves) or the site itself over HTTP (the
 * desk, on an office computer). Either way only what readers can already see is used.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LiveSite {
  /** Where it is, for messages. */
  where: string;
  /** A page's HTML by its site path (`/news/slug/`), undefined when the site has none. */
  page: (path: string) => Promise<string | undefined>;
  /** Whether the site serves a file (`wechat/….jpg`). */
  has: (path: string) => Promise<boolean>;
}

export function releaseSite(dir: string): LiveSite {
  const file = (path: string) => join(dir, decodeURI(path).replace(/^\/+/, ''));
  return {
    where: dir,
    page: async (path) => {
      const index = join(file(path), 'index.html');
      return existsSync(index) ? readFileSync(index, 'utf8') : undefined;
    },
    has: async (path) => existsSync(file(path)),
  };
}

export function httpSite(base: string): LiveSite {
  const url = (path: string) => new URL(path.replace(/^\/+/, ''), base).href;
  return {
    where: base,
    page: async (path) => {
      const response = await fetch(url(path), { signal: AbortSignal.timeout(15_000) });
      return response.ok ? response.text() : undefined;
    },
    has: async (path) => (await fetch(url(path), { method: 'HEAD', signal: AbortSignal.timeout(15_000) })).ok,
  };
}

/** A folder is a release on this machine; anything with a scheme is the site over HTTP. */
export function liveSite(where: string): LiveSite {
  return /^https?:\/\//.test(where) ? httpSite(where.endsWith('/') ? where : `${where}/`) : releaseSite(where);
}
