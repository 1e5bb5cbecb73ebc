/**
 * The search query set (`tests/search-queries.json`): queries residents type,
 * each with the one page that holds every word of it as typed. "Holds" is
 * judged on plain text, the way a reader would check it: the query normalised
 * as the search page does (full-width folded, Traditional made Simplified),
 * each space-separated word found whole in the page's text.
 */
import { readFileSync } from 'node:fs';
import { normalizeQuery } from '../../../src/lib/search/query.ts';
import { foldWidth } from '../../../src/lib/search/text.ts';

export interface QueryCase {
  query: string;
  kind: string;
  /** The page that must rank first. */
  first: string;
}

export interface QuerySet {
  queries: QueryCase[];
  /** Marker words that only unpublished sample articles hold. */
  unpublished: string[];
}

export function readQuerySet(file: string): QuerySet {
  return JSON.parse(readFileSync(file, 'utf8')) as QuerySet;
}

/** A query's words as the search page reads them, lower-cased. */
export function typedWords(query: string, toSimplified: (s: string) => string): string[] {
  return normalizeQuery(query, toSimplified).toLowerCase().split(' ').filter(Boolean);
}

/** Text as the check compares it: full-width folded, lower-cased. */
export const comparable = (text: string): string => foldWidth(text).toLowerCase();

/** Whether a page's (comparable) text holds every word. */
export function holds(text: string, words: readonly string[]): boolean {
  return words.length > 0 && words.every((w) => text.includes(w));
}

/** The pages whose text holds every word of `query`. */
export function pagesHolding(query: string, pages: readonly { url: string; text: string }[], toSimplified: (s: string) => string): string[] {
  const words = typedWords(query, toSimplified);
  return pages.filter((p) => holds(comparable(p.text), words)).map((p) => p.url);
}
