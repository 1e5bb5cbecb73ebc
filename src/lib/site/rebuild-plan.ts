/**
 * Which pages a rebuild must render. Every page of the site model has a digest
 * of what it shows (its content entries' digests, and the shape of its other
 * props); a page whose digest is the one the live release was built with is
 * taken from that release instead of rendered again. A change to the code,
 * templates, styles or config (the `code` digest) renders everything.
 */
import { createHash } from 'node:crypto';
import type { PageRoute } from './page-routes.ts';
import { routeContent } from './route-content.ts';

/** One page of a release: its digest and the `_astro/` files it references (image variants). */
export interface RouteRecord {
  digest: string;
  assets: string[];
}

/** What a release was built from, kept beside the releases for the next build. */
export interface BuildManifest {
  version: 1;
  /** The release folder these records describe. */
  release: string;
  /** Digest of the code, config and settings the release was built with. */
  code: string;
  routes: Record<string, RouteRecord>;
}

export interface RebuildPlan {
  /** Everything is rendered (no usable previous release, or the code changed). */
  full: boolean;
  /** URLs to render. */
  render: string[];
  /** URLs whose page is taken from the previous release. */
  reuse: string[];
  /** URLs the previous release had and this one drops. */
  removed: string[];
}

const sha1 = (text: string): string => createHash('sha1').update(text).digest('base64url');

/**
 * Each route's digest: its URL, the shape of its props and the digest of every
 * content entry it shows (`entryDigest` gives one for a key such as `news:<id>`).
 */
export function routeDigests(routes: readonly PageRoute<unknown>[], entryDigest: (key: string) => string): Map<string, string> {
  const digests = new Map<string, string>();
  for (const route of routes) {
    const { keys, shape } = routeContent(route);
    digests.set(route.url, sha1(`${shape}\n${keys.map((k) => `${k}=${entryDigest(k)}`).join('\n')}`));
  }
  return digests;
}

/** Compares this build's route digests with the live release's manifest. */
export function planRebuild(previous: BuildManifest | undefined, code: string, next: ReadonlyMap<string, string>): RebuildPlan {
  const urls = [...next.keys()];
  if (!previous || previous.code !== code)
    return { full: true, render: urls, reuse: [], removed: previous ? Object.keys(previous.routes).filter((u) => !next.has(u)) : [] };
  const render: string[] = [];
  const reuse: string[] = [];
  for (const [url, digest] of next) (previous.routes[url]?.digest === digest ? reuse : render).push(url);
  return { full: false, render, reuse, removed: Object.keys(previous.routes).filter((u) => !next.has(u)) };
}

/** The `_astro/` files a built page or feed references (image variants, scripts, styles), as paths in the site folder. */
export function assetRefs(text: string): string[] {
  return [...new Set([...text.matchAll(/\/_astro\/([\w.-]+)/g)].map((m) => `_astro/${m[1]}`))].sort();
}
