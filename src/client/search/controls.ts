/** The search form's state (query, filters, sort) read from and written to its fields, and the filter lists filled. */
import { FILTER_NAMES, readSearchState, type SearchState } from '../../lib/search/query.ts';
import type { ShardGroup } from './shards.ts';

/** The query box and the block holding the filter and sort selects. */
export interface SearchFields {
  input: HTMLInputElement;
  controls: HTMLElement;
}

const filterSelect = (fields: SearchFields, name: string) => fields.controls.querySelector<HTMLSelectElement>(`[data-filter="${name}"]`);
const sortSelect = (fields: SearchFields) => fields.controls.querySelector<HTMLSelectElement>('[data-sort]');

/** The state the fields show now. */
export function currentState(fields: SearchFields): SearchState {
  const params = new URLSearchParams();
  params.set('q', fields.input.value);
  for (const name of FILTER_NAMES) params.set(name, filterSelect(fields, name)?.value ?? '');
  params.set('sort', sortSelect(fields)?.value ?? 'relevance');
  return readSearchState(params);
}

/** Sets the fields to `state`. */
export function showState(fields: SearchFields, state: SearchState): void {
  fields.input.value = state.q;
  for (const name of FILTER_NAMES) {
    const select = filterSelect(fields, name);
    if (select) select.value = state.filters[name] ?? '';
  }
  const sort = sortSelect(fields);
  if (sort) sort.value = state.sort;
}

/**
 * Fills the filter lists with the values of every shard: read from each group's index, except the
 * earliest years of a big site, which are not opened for this and add only their years.
 */
export async function fillFilters(fields: SearchFields, groups: readonly ShardGroup[]): Promise<void> {
  const available: Record<string, Set<string>> = {};
  for (const group of groups) {
    if (group.onRequest) {
      for (const year of group.years) (available['year'] ??= new Set()).add(String(year));
      continue;
    }
    for (const [name, counts] of Object.entries(await (await group.index()).filters()))
      for (const value of Object.keys(counts)) (available[name] ??= new Set()).add(value);
  }
  for (const name of FILTER_NAMES) {
    const select = filterSelect(fields, name);
    if (!select) continue;
    const values = [...(available[name] ?? [])].sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN')));
    for (const value of values) select.add(new Option(value, value));
    // A filter no page has (站点 on a site of its own) is not offered.
    const label = select.closest('label');
    if (label) label.hidden = values.length === 0;
  }
}
