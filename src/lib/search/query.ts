/** The search page's state, kept in the URL (`/search/?q=…&community=…`) so a search can be shared and Back works. */
import { foldWidth } from './text.ts';

export const FILTER_NAMES = ['type', 'community', 'topic', 'year'] as const;
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

/** Whether a query needs the Traditional→Simplified converter (it has Han characters). */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
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

/** Keeps only <mark> from an excerpt and rejoins Chinese words the index split. */
export function cleanExcerpt(html: string, joinWords: (s: string) => string): string {
  return joinWords(html.replace(/<(?!\/?mark>)[^>]*>/g, ''));
}
