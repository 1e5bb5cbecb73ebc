/**
 * The published site the 公众号 copy is made from: the live release folder on this
 * machine (`OUT_DIR`, what the web server serves) or the site itself over HTTP (the
 * desk, on an office computer). Either way only what readers can already see is used.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../../src/i18n/zh-CN.ts';
import { WechatExportError } from './wechat-error.ts';

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
  // A site that does not answer is said as such, with its address, not as a server error.
  const request = async (path: string, method: 'GET' | 'HEAD') => {
    try {
      return await fetch(url(path), { method, signal: AbortSignal.timeout(15_000) });
    } catch (error) {
      throw new WechatExportError(t('wechat.error.liveUnreachable', { where: base, detail: error instanceof Error ? error.message : String(error) }));
    }
  };
  return {
    where: base,
    page: async (path) => {
      const response = await request(path, 'GET');
      return response.ok ? response.text() : undefined;
    },
    has: async (path) => (await request(path, 'HEAD')).ok,
  };
}

/** A folder is a release on this machine; anything with a scheme is the site over HTTP. */
export function liveSite(where: string): LiveSite {
  return /^https?:\/\//.test(where) ? httpSite(where.endsWith('/') ? where : `${where}/`) : releaseSite(where);
}
