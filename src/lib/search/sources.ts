/**
 * The search indexes a search page reads (`data-search-sources`): the site's own, or on a district
 * portal every member's, each with the base its result paths resolve against and the member's
 * name, a filter every page of that index gets.
 */
import { searchIndexUrl } from '../site/urls.ts';

export interface IndexSource {
  /** The index's folder (`/pagefind/`, or a member's `https://…/pagefind/`), with a trailing slash. */
  index: string;
  /** Prepended to result paths, which carry the site's base path already: `/`, or a member's origin. */
  baseUrl: string;
  /** A portal's member: its name is the `member` filter of its pages. */
  member?: string;
}

/** This site's own index. */
export const ownIndex = (): IndexSource[] => [{ index: searchIndexUrl(), baseUrl: '/' }];

/** A member site's index as a portal reads it (`url`: the member's address, base path included). */
export const memberIndex = (url: string, member: string): IndexSource => ({ index: new URL('pagefind/', url).href, baseUrl: new URL(url).origin, member });

/** The script sources a search page adds to its CSP: Pagefind compiles WebAssembly, and a portal loads members' `pagefind.js`. */
export function searchScriptSources(sources: readonly IndexSource[], site: URL | undefined): string[] {
  const origins = new Set(sources.map((s) => new URL(s.index, site).origin));
  return ["'self'", "'wasm-unsafe-eval'", ...[...origins].filter((o) => o !== site?.origin)];
}
