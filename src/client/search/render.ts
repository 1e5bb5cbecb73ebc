/**
 * The search page's results list and status line. Their words come from the page
 * (`data-*` on the status line, filled from zh-CN.ts by the page), never from here.
 */
import { excerptHtml } from '../../lib/search/excerpt.ts';
import type { SearchState } from '../../lib/search/query.ts';
import { pageSources, type LoadedResult } from './shards.ts';

/** The elements the results are shown in. */
export interface ResultsView {
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  /** Searches the earliest years of a big site, when the reader asks. */
  older: HTMLButtonElement;
}

/**
 * Appends `items` to the list. `fullShown` says whether the list already shows a page with every
 * word, so the first page without them gets a note above it; returns the same for the list after.
 */
export function renderItems(view: ResultsView, items: readonly LoadedResult[], words: readonly string[], fullShown: boolean): boolean {
  let full = fullShown;
  for (const item of items) {
    if (item.full === false && full) {
      full = false;
      const note = document.createElement('li');
      note.className = 'partial-note';
      note.textContent = view.status.dataset['partialNote'] ?? '';
      view.list.append(note);
    }
    if (item.full) full = true;
    view.list.append(resultItem(item, words, memberOf(view.list, item.url)));
  }
  return full;
}

/** On a portal, the member site a result belongs to, as the list names it (`来自明湖街道`); nothing on a site of its own. */
function memberOf(list: HTMLElement, url: string): string | undefined {
  const source = pageSources(list.dataset['searchSources']).find((s) => s.member && url.startsWith(s.index.replace(/pagefind\/$/, '')));
  return source?.member && (list.dataset['from'] ?? '').replace('{name}', source.member);
}

function resultItem(item: LoadedResult, words: readonly string[], member: string | undefined): HTMLLIElement {
  const li = document.createElement('li');
  const h2 = document.createElement('h2');
  const a = document.createElement('a');
  a.href = item.url;
  a.textContent = item.title;
  h2.append(a);
  const meta = document.createElement('p');
  meta.className = 'meta';
  // Each part on one line: a community's name never breaks in the middle at large text sizes.
  const parts = [member, item.data.meta['type'], item.data.meta['date'], item.data.meta['community']].filter((p): p is string => Boolean(p));
  parts.forEach((part, i) => {
    const span = document.createElement('span');
    span.textContent = part;
    meta.append(...(i > 0 ? [' · ', span] : [span]));
  });
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.innerHTML = excerptHtml(item.body, item.title, words);
  li.append(h2, meta, excerpt);
  return li;
}

/** The status line above the results, from the page's wording (`status.dataset`); `unsearched`: the years not searched yet. */
export function statusText(
  status: HTMLElement,
  state: SearchState,
  words: readonly string[],
  total: number,
  fullMatches: number,
  final: boolean,
  unsearched?: string,
): string {
  const data = status.dataset;
  if (!final) return data['partial'] ?? '';
  if (total === 0) return (data['none'] ?? '').replace('{query}', state.q);
  if (words.length > 0 && fullMatches === 0)
    return ((words.length > 1 ? data['noFull'] : data['noFullOne']) ?? '').replace('{words}', words.map((w) => `“${w}”`).join(''));
  if (unsearched) return (data['countRecent'] ?? '').replace('{count}', String(total)).replace('{years}', unsearched);
  return (data['count'] ?? '').replace('{count}', String(total));
}

/** Shows `text` in `el`, the part `kept` (its first occurrence) on one line: a span styled `.years` (no wrapping). */
export function showKeeping(el: HTMLElement, text: string, kept: string): void {
  const at = kept ? text.indexOf(kept) : -1;
  if (at < 0) return void (el.textContent = text);
  const span = document.createElement('span');
  span.className = 'years';
  span.textContent = kept;
  el.replaceChildren(text.slice(0, at), span, text.slice(at + kept.length));
}

/** The button's label (`data-label`) with the years in, the years and what follows kept on one line. */
export function setOlderLabel(button: HTMLButtonElement, years: string): void {
  const [before = '', after = ''] = (button.dataset['label'] ?? '').split('{years}');
  showKeeping(button, `${before}${years}${after}`, `${years}${after}`);
}
