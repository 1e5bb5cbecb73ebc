/**
 * The search page: Pagefind in the browser, with the query normalised the way
 * the index was (NFKC, Traditional→Simplified) and the state kept in the URL.
 * Results start on the query call after a short pause in typing (120 ms).
 */
import { cleanExcerpt, FILTER_NAMES, hasHan, normalizeQuery, pagefindOptions, readSearchState, writeSearchState, type SearchState } from '../lib/search/query.ts';
import { joinHanWords } from '../lib/search/text.ts';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  init: () => Promise<void>;
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE = 10;
const DEBOUNCE_MS = 120;
const form = document.querySelector<HTMLFormElement>('main form[role="search"]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const controls = document.querySelector<HTMLElement>('[data-search-controls]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');

let pagefind: Promise<Pagefind> | undefined;
let toSimplified: Promise<(s: string) => string> | undefined;
let generation = 0;
let pending: PagefindResult[] = [];

function loadPagefind(): Promise<Pagefind> {
  // Served from the site root, written by the build's search stage: not part of the bundle.
  pagefind ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 40 });
    await pf.init();
    return pf;
  });
  return pagefind;
}

function loadConverter(): Promise<(s: string) => string> {
  toSimplified ??= import('opencc-js/t2cn').then((OpenCC) => OpenCC.Converter({ from: 't', to: 'cn' }));
  return toSimplified;
}

function currentState(): SearchState {
  const params = new URLSearchParams();
  params.set('q', input?.value ?? '');
  for (const name of FILTER_NAMES) params.set(name, document.querySelector<HTMLSelectElement>(`[data-filter="${name}"]`)?.value ?? '');
  params.set('sort', document.querySelector<HTMLSelectElement>('[data-sort]')?.value ?? 'relevance');
  return readSearchState(params);
}

function showState(state: SearchState): void {
  if (input) input.value = state.q;
  for (const name of FILTER_NAMES) {
    const select = document.querySelector<HTMLSelectElement>(`[data-filter="${name}"]`);
    if (select) select.value = state.filters[name] ?? '';
  }
  const sort = document.querySelector<HTMLSelectElement>('[data-sort]');
  if (sort) sort.value = state.sort;
}

async function fillFilters(pf: Pagefind): Promise<void> {
  const available = await pf.filters();
  for (const name of FILTER_NAMES) {
    const select = document.querySelector<HTMLSelectElement>(`[data-filter="${name}"]`);
    if (!select) continue;
    const values = Object.keys(available[name] ?? {}).sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN')));
    for (const value of values) select.add(new Option(value, value));
  }
}

async function render(results: PagefindResult[], run: number): Promise<void> {
  const data = await Promise.all(results.map((r) => r.data()));
  if (run !== generation || !list) return;
  for (const item of data) {
    const li = document.createElement('li');
    const h2 = document.createElement('h2');
    const a = document.createElement('a');
    a.href = item.url;
    a.textContent = item.meta['title'] ?? item.url;
    h2.append(a);
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = [item.meta['type'], item.meta['date'], item.meta['community']].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    excerpt.innerHTML = cleanExcerpt(item.excerpt, joinHanWords);
    li.append(h2, meta, excerpt);
    list.append(li);
  }
}

async function run(state: SearchState): Promise<void> {
  const mine = ++generation;
  if (!status || !list || !more) return;
  list.replaceChildren();
  more.hidden = true;
  if (!state.q && Object.keys(state.filters).length === 0) {
    status.textContent = '';
    return;
  }
  status.textContent = status.dataset['loading'] ?? '';
  const convert = hasHan(state.q) ? await loadConverter() : (s: string) => s;
  const pf = await loadPagefind();
  const response = await pf.search(state.q ? normalizeQuery(state.q, convert) : '', pagefindOptions(state));
  if (mine !== generation || !response) return;
  const results = response.results;
  status.textContent = results.length === 0 ? (status.dataset['none'] ?? '').replace('{query}', state.q) : (status.dataset['count'] ?? '').replace('{count}', String(results.length));
  pending = results.slice(PAGE);
  await render(results.slice(0, PAGE), mine);
  more.hidden = pending.length === 0;
}

if (form && input && controls) {
  document.querySelector<HTMLElement>('[data-needs-js]')?.setAttribute('hidden', '');
  controls.hidden = false;
  if (typeof Intl.Segmenter === 'undefined') document.querySelector<HTMLElement>('[data-old-browser]')?.removeAttribute('hidden');
  const initial = readSearchState(new URLSearchParams(location.search));
  showState(initial);
  // Once the filter lists exist, select what the URL asks for, keeping whatever the reader has typed meanwhile.
  void loadPagefind()
    .then(fillFilters)
    .then(() => showState({ ...readSearchState(new URLSearchParams(location.search)), q: input.value }));
  void run(initial);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = (push: boolean) => {
    const state = currentState();
    const url = `${location.pathname}${writeSearchState(state)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void run(state);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => update(false), DEBOUNCE_MS);
  });
  controls.addEventListener('change', () => update(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    update(true);
  });
  window.addEventListener('popstate', () => {
    const state = readSearchState(new URLSearchParams(location.search));
    showState(state);
    void run(state);
  });
  more?.addEventListener('click', () => {
    const next = pending.slice(0, PAGE);
    pending = pending.slice(PAGE);
    more.hidden = pending.length === 0;
    void render(next, generation);
  });
}
