/**
 * The search page: Pagefind in the browser, with the query normalised the way
 * the index was (NFKC, Traditional→Simplified) and the state kept in the URL.
 * Results start on the query call after a short pause in typing (120 ms).
 *
 * A big site's index is in shards by year (`/pagefind/shards.json`). A query is
 * answered first from the newest shards, shown at once, then from every shard
 * merged by Pagefind's score, which replaces the first answer. One Pagefind
 * module, one worker and one WebAssembly download serve both.
 */
import { cleanExcerpt, FILTER_NAMES, hasHan, normalizeQuery, pagefindOptions, readSearchState, writeSearchState, type SearchState } from '../lib/search/query.ts';
import { FIRST_ANSWER_DOCS, firstAnswerShards, SINGLE_SHARD, type ShardManifest } from '../lib/search/shards.ts';
import { joinHanWords } from '../lib/search/text.ts';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  init: () => Promise<void>;
  mergeIndex: (path: string) => Promise<void>;
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

interface PagefindModule {
  createInstance: (options: { basePath: string }) => Pagefind;
}
/**
 * `recent` answers first (the newest shards); `all` holds every shard and may
 * still be loading while `recent` answers. The same instance for a small site.
 */
interface Indexes {
  /** Whether the first answer leaves shards out (a sharded, big index). */
  stepwise: Promise<boolean>;
  recent: Promise<Pagefind>;
  all: Promise<Pagefind>;
}

let pagefind: Indexes | undefined;
let toSimplified: Promise<(s: string) => string> | undefined;
let generation = 0;
let pending: PagefindResult[] = [];

const shardPath = (id: string): string => `/pagefind/${id}/`;

async function openIndex(mod: PagefindModule, ids: readonly string[]): Promise<Pagefind> {
  const [first = SINGLE_SHARD, ...rest] = ids;
  const pf = mod.createInstance({ basePath: shardPath(first) });
  await pf.options({ excerptLength: 40 });
  await pf.init();
  await Promise.all(rest.map((id) => pf.mergeIndex(shardPath(id))));
  return pf;
}

function loadPagefind(): Indexes {
  if (pagefind) return pagefind;
  // Served from the site root, written by the build's search stage: not part of the bundle.
  const setup = fetch('/pagefind/shards.json')
    .then((r) => r.json() as Promise<ShardManifest>)
    .then(async (manifest) => {
      const ids = manifest.shards.map((s) => s.id);
      const mod = (await import(/* @vite-ignore */ `${shardPath(ids[0] ?? SINGLE_SHARD)}pagefind.js`)) as PagefindModule;
      return { ids, recentIds: firstAnswerShards(manifest, FIRST_ANSWER_DOCS), mod };
    });
  const recent = setup.then(({ mod, recentIds }) => openIndex(mod, recentIds));
  const all = setup.then(({ mod, ids, recentIds }) => (recentIds.length === ids.length ? recent : openIndex(mod, ids)));
  pagefind = { stepwise: setup.then(({ ids, recentIds }) => recentIds.length < ids.length), recent, all };
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

type ResultData = Awaited<ReturnType<PagefindResult['data']>>;

async function render(results: PagefindResult[], run: number): Promise<void> {
  const data = await Promise.all(results.map((r) => r.data()));
  if (run !== generation) return;
  renderItems(data);
}

function renderItems(data: ResultData[]): void {
  if (!list) return;
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
  const indexes = loadPagefind();
  const query = state.q ? normalizeQuery(state.q, convert) : '';
  const options = pagefindOptions(state);
  // A year filter is answered by Pagefind's filter over every shard; so is a small site, in one step.
  if ((await indexes.stepwise) && !state.filters.year) {
    const first = await (await indexes.recent).search(query, options);
    if (mine !== generation) return;
    if (first && first.results.length > 0) await show(state, first.results, mine, false);
  }
  const response = await (await indexes.all).search(query, options);
  if (mine !== generation || !response) return;
  await show(state, response.results, mine, true);
}

/** Shows a page of results; `final` is false while older shards are still being searched. */
async function show(state: SearchState, results: PagefindResult[], run: number, final: boolean): Promise<void> {
  if (!status || !list || !more) return;
  const rendered = await Promise.all(results.slice(0, PAGE).map((r) => r.data()));
  if (run !== generation) return;
  // Status and list change together, so the count never describes the list it replaces.
  const count = (status.dataset['count'] ?? '').replace('{count}', String(results.length));
  status.textContent = results.length === 0 ? (status.dataset['none'] ?? '').replace('{query}', state.q) : final ? count : (status.dataset['partial'] ?? '');
  list.replaceChildren();
  renderItems(rendered);
  pending = final ? results.slice(PAGE) : [];
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
    .all.then(fillFilters)
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
