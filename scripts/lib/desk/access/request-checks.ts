/**
 * Whether a request comes from the desk's own page. These hold behind a
 * reverse proxy as well as on loopback, because they compare against the
 * desk's own addresses: its loopback ones and its `--public-url`.
 *
 * - Host names one of them: another name is DNS rebinding.
 * - Origin, when sent, is one of them: another is some other site's page.
 * - Sec-Fetch-Site, when sent, is same-origin or none (typed in the address bar).
 * A sign-in must also carry an Origin (a forged sign-in would save work
 * under the forger's account); every other change carries the session's
 * `x-desk-csrf` token, checked with the session.
 */
import { t } from '../../../../src/i18n/zh-CN.ts';

/** The origins (`http://127.0.0.1:4330`) and Host values the desk answers to. */
export interface DeskAddresses {
  origins: ReadonlySet<string>;
  hosts: ReadonlySet<string>;
}

export function deskAddresses(port: number, publicUrl?: URL): DeskAddresses {
  const loopback = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  const origins = new Set(loopback.map((h) => `http://${h}`));
  const hosts = new Set(loopback);
  if (publicUrl !== undefined) {
    origins.add(publicUrl.origin);
    hosts.add(publicUrl.host);
    // nginx's `proxy_set_header Host $host` drops the port: the name is what rebinding would change.
    hosts.add(publicUrl.hostname);
  }
  return { origins, hosts };
}

/** `--public-url`: an http(s) origin, nothing after it; throws the Chinese message otherwise. */
export function parsePublicUrl(value: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  const bare = url !== undefined && url.pathname === '/' && url.search === '' && url.hash === '' && url.username === '' && url.password === '';
  if (url === undefined || !['http:', 'https:'].includes(url.protocol) || !bare) throw new Error(t('desk.publicUrl.bad', { value }));
  return url;
}

export interface RequestFacts {
  host: string | undefined;
  origin: string | undefined;
  fetchSite: string | undefined;
}

/** Whether the request may come from the desk's page; `needOrigin` for a sign-in. */
export function fromDeskPage(request: RequestFacts, addresses: DeskAddresses, needOrigin = false): boolean {
  if (!addresses.hosts.has((request.host ?? '').toLowerCase())) return false;
  if (request.origin === undefined ? needOrigin : !addresses.origins.has(request.origin)) return false;
  return request.fetchSite === undefined || request.fetchSite === 'same-origin' || request.fetchSite === 'none';
}
