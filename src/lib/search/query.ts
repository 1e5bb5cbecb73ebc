/** The search page's state, kept in the URL (`/search/?q=…&community=…`) so a search can be shared and Back works. */
import { charToken, foldWidth } from './text.ts';
import { TRADITIONAL_CHARS } from './traditional-chars.ts';

export const FILTER_NAMES = ['member', 'type', 'community', 'topic', 'year'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string>>;
  sort: 'relevance' | 'date';
}

export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { q: params.get('q')?.trim() ?? '', filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/** The query string for a state; empty fields are left out so URLs stay short. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.sort === 'date') params.set('sort', 'date');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The query as the index understands it: full-width letters and digits folded,
 * Traditional characters made Simplified (`toSimplified`, OpenCC in the browser),
 * spaces tidied.
 */
export function normalizeQuery(q: string, toSimplified: (text: string) => string): string {
  return toSimplified(foldWidth(q)).replace(/\s+/g, ' ').trim();
}

let traditional: Set<string> | undefined;

/** Whether a query needs the Traditional→Simplified converter: it has a character the conversion can change. */
export function hasTraditional(text: string): boolean {
  traditional ??= new Set(TRADITIONAL_CHARS);
  for (const ch of text) if (traditional.has(ch)) return true;
  return false;
}

/** Pagefind's search options for a state. */
export function pagefindOptions(state: SearchState): { filters: Record<string, string>; sort?: Record<string, 'desc'> } {
  const filters: Record<string, string> = {};
  for (const name of FILTER_NAMES) {
    const value = state.filters[name];
    if (value) filters[name] = value;
  }
  return state.sort === 'date' ? { filters, sort: { date: 'desc' } } : { filters };
}

/**
 * The queries that together answer `query`: itself, and when a word of it is
 * a single Chinese character, the same query asking for that character inside
 * a word as well (`梯` → `梯` and `qx68af`, see `charToken`). Pagefind finds
 * every word of a query; the page merges the answers.
 */
export function queryVariants(query: string): string[] {
  const words = query.split(' ').filter(Boolean);
  const single = words.findIndex((w) => [...w].length === 1 && /\p{Script=Han}/u.test(w));
  if (single === -1) return [query];
  return [query, words.map((w, i) => (i === single ? charToken(w) : w)).join(' ')];
}

/** Each word of a query alone: asked when no page has them all, to list the pages that have some. */
export function partialQueries(query: string): string[] {
  const words = query.split(' ').filter(Boolean);
  return words.length > 1 ? words : [];
}
