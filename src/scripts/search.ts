/**
 * The search page: Pagefind in the browser, with the query normalised the way
 * the index was (NFKC; Traditional→Simplified, the converter loaded only for a
 * query that needs it) and the state kept in the URL. While the reader types,
 * the index chunks for the words so far are fetched (`preload`); the search runs
 * after a short pause (60 ms), never on an unfinished IME composition.
 *
 * A big site's index is in shards (`/pagefind/shards.json`): a small shard of
 * the newest months answers first and is shown at once, then every shard merged
 * replaces it. The best results are read and re-ranked by what they contain
 * (`rank.ts`), their excerpts made from the article's own text (`excerpt.ts`),
 * and a query no page contains in full says so above the partial matches.
 */
import { FILTER_NAMES, hasTraditional, normalizeQuery, pagefindOptions, partialQueries, queryVariants, readSearchState, writeSearchState, type SearchState } from '../lib/search/query.ts';
import { excerptHtml } from '../lib/search/excerpt.ts';
import { byAdjacency, matchOf, queryWords, rankCandidates, type Candidate } from '../lib/search/rank.ts';
import { SINGLE_SHARD, type ShardManifest } from '../lib/search/shards.ts';
import { readIndexedPage } from '../lib/search/text.ts';

interface ResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the page. */
  words: number[];
  data: () => Promise<ResultData>;
}
interface Pagefind {
  init: () => Promise<void>;
  mergeIndex: (path: string) => Promise<void>;
  options: (o: Record<string, unknown>) => Promise<void>;
  preload: (q: string, o?: Record<string, unknown>) => Promise<void>;
  search: (q: string, o: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE = 10;
/** Results read and re-ranked by their text, for the first answer and the final one; Pagefind's order stands after them. */
const CANDIDATES = { first: 12, final: 30 };
const DEBOUNCE_MS = 60;
const form = document.querySelector<HTMLFormElement>('main form[role="search"]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const controls = document.querySelector<HTMLElement>('[data-search-controls]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');

interface PagefindModule {
  createInstance: (options: { basePath: string }) => Pagefind;
}
/** One Pagefind index: a shard, or several merged into one. */
type ShardIndex = Pick<Pagefind, 'search' | 'preload' | 'filters'>;
/**
 * Shards searched together: the newest shard alone (the first answer), then
 * every older shard merged into one Pagefind instance.
 */
interface ShardGroup {
  years: number[];
  /** Opened on first use. */
  index: () => Promise<ShardIndex>;
}

let groups: Promise<ShardGroup[]> | undefined;
let toSimplified: Promise<(s: string) => string> | undefined;
let generation = 0;

const shardPath = (id: string): string => `/pagefind/${id}/`;

/**
 * Opens shards as one Pagefind instance (`mergeIndex` for the rest). Each group
 * loads its own copy of `pagefind.js` (each shard folder has one): Pagefind
 * keeps its WebAssembly in one global per module and worker, and a second
 * `createInstance` from the same module re-initialises it under the first
 * (searches then fail with "memory access out of bounds" or "unreachable").
 */
async function openGroup(ids: readonly string[]): Promise<ShardIndex> {
  const [first = SINGLE_SHARD, ...rest] = ids;
  const mod = (await import(/* @vite-ignore */ `${shardPath(first)}pagefind.js`)) as PagefindModule;
  const pf = mod.createInstance({ basePath: shardPath(first) });
  await pf.options({ excerptLength: 0 });
  await pf.init();
  for (const id of rest) await pf.mergeIndex(shardPath(id));
  return pf;
}

function loadGroups(): Promise<ShardGroup[]> {
  // Served from the site root, written by the build's search stage: not part of the bundle.
  groups ??= fetch('/pagefind/shards.json')
    .then((r) => r.json() as Promise<ShardManifest>)
    .then(({ shards }) =>
      [shards.slice(0, 1), shards.slice(1)]
        .filter((part) => part.length > 0)
        .map((part): ShardGroup => {
          let opened: Promise<ShardIndex> | undefined;
          const index = () => {
            opened ??= openGroup(part.map((s) => s.id));
            // A group that failed to open (a deploy replaced its shards) is tried again by the next query.
            opened.catch(() => (opened = undefined));
            return opened;
          };
          return { years: [...new Set(part.flatMap((s) => s.years))], index };
        }),
    );
  return groups;
}

function loadConverter(): Promise<(s: string) => string> {
  toSimplified ??= import('opencc-js/t2cn').then((OpenCC) => OpenCC.Converter({ from: 't', to: 'cn' }));
  return toSimplified;
}

/** The query as the index understands it (waits for the converter only when the query has a Traditional character). */
async function indexQuery(q: string): Promise<string> {
  return q ? normalizeQuery(q, hasTraditional(q) ? await loadConverter() : (s) => s) : '';
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

/** Fills the filter lists with the values of every shard. */
async function fillFilters(all: readonly ShardGroup[]): Promise<void> {
  const available: Record<string, Set<string>> = {};
  for (const group of all) {
    for (const [name, counts] of Object.entries(await (await group.index()).filters())) for (const value of Object.keys(counts)) (available[name] ??= new Set()).add(value);
  }
  for (const name of FILTER_NAMES) {
    const select = document.querySelector<HTMLSelectElement>(`[data-filter="${name}"]`);
    if (!select) continue;
    const values = [...(available[name] ?? [])].sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN')));
    for (const value of values) select.add(new Option(value, value));
  }
}

/** A result read for ranking and display; `full` once ranked (false: it holds only some of the query's words). */
interface Loaded extends Candidate {
  data: ResultData;
  body: string[];
  full?: boolean;
}

async function load(result: PagefindResult): Promise<Loaded> {
  const data = await result.data();
  const page = readIndexedPage(data.content);
  const title = data.meta['title'] ?? page.title;
  return { url: data.url, title, text: [...page.body, page.fields].join('\n'), score: result.score, date: Number(data.meta['ts']) || 0, data, body: page.body };
}

/** Whether the list shows a page with every word, so the first without them gets a note above it. */
let fullShown = false;

function renderItems(items: readonly Loaded[], words: readonly string[]): void {
  if (!list) return;
  for (const item of items) {
    if (item.full === false && fullShown) {
      fullShown = false;
      const note = document.createElement('li');
      note.className = 'partial-note';
      note.textContent = status?.dataset['partialNote'] ?? '';
      list.append(note);
    }
    if (item.full) fullShown = true;
    const li = document.createElement('li');
    const h2 = document.createElement('h2');
    const a = document.createElement('a');
    a.href = item.url;
    a.textContent = item.title;
    h2.append(a);
    const meta = document.createElement('p');
    meta.className = 'meta';
    // Each part on one line: a community's name never breaks in the middle at large text sizes.
    const parts = [item.data.meta['type'], item.data.meta['date'], item.data.meta['community']].filter((p): p is string => Boolean(p));
    parts.forEach((part, i) => {
      const span = document.createElement('span');
      span.textContent = part;
      meta.append(...(i > 0 ? [' · ', span] : [span]));
    });
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    excerpt.innerHTML = excerptHtml(item.body, item.title, words);
    li.append(h2, meta, excerpt);
    list.append(li);
  }
}

/** Results still to show, in order, and the words they are shown for. */
let pending: { next: (Loaded | PagefindResult)[]; words: string[] } = { next: [], words: [] };

let adding: Promise<void> = Promise.resolve();

/** Adds the next page of results; clicks in quick succession add pages in order. */
function showMore(run: number): Promise<void> {
  adding = adding.then(() => addPage(run));
  return adding;
}

async function addPage(run: number): Promise<void> {
  if (!more || run !== generation) return;
  const next = pending.next.slice(0, PAGE);
  pending.next = pending.next.slice(PAGE);
  more.hidden = pending.next.length === 0;
  const items = await Promise.all(next.map((r) => ('body' in r ? r : load(r))));
  if (run !== generation || !list) return;
  const before = list.children.length;
  renderItems(items, pending.words);
  // Keep the reader's place: focus moves to the first result just added.
  list.children[before]?.querySelector('a')?.focus();
}

/** After the first answer, how long typing must pause before the older shards are searched (a stale search cannot be stopped once it runs). */
const MERGE_PAUSE_MS = 250;

async function run(state: SearchState): Promise<void> {
  const mine = ++generation;
  if (!status || !list || !more) return;
  if (!state.q && Object.keys(state.filters).length === 0) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = '';
    return;
  }
  // "Searching…" only before the first results: later queries keep the list and its status until the new ones come.
  if (list.children.length === 0) status.textContent = status.dataset['loading'] ?? '';
  delete status.dataset['final'];
  // The list still shown belongs to the last query: its next page must not be added under this one's.
  pending = { next: [], words: [] };
  more.hidden = true;
  try {
    await answer(state, mine);
  } catch (error) {
    if (mine !== generation) return;
    console.warn('search failed', error);
    status.textContent = status.dataset['error'] ?? '';
    status.dataset['final'] = 'true';
  }
}

/** Searches the shard groups in turn and shows the first answer, then the final one. */
async function answer(state: SearchState, mine: number): Promise<void> {
  const loaded = loadGroups();
  // Marks for the bench's profile of a query (`performance.getEntriesByType('mark')`).
  performance.mark('search:start');
  const query = await indexQuery(state.q);
  const stale = () => mine !== generation;
  // A year filter needs only the shards holding that year.
  const year = Number(state.filters.year);
  const searched = (await loaded).filter((g) => !year || g.years.length === 0 || g.years.includes(year));
  const [first, ...rest] = searched;
  if (first === undefined) return show(state, query, [], mine, true);
  const answers: PagefindResult[][] = [await search(await first.index(), state, [query])];
  performance.mark('search:recent-searched');
  if (stale()) return;
  if (rest.length > 0) {
    if (answers[0]?.length) await show(state, query, ordered(state, answers), mine, false);
    await new Promise((resolve) => setTimeout(resolve, MERGE_PAUSE_MS));
  }
  for (const group of rest) {
    if (stale()) return;
    answers.push(await search(await group.index(), state, [query]));
  }
  // No page has every word: list the pages that have some (the status line says so).
  const partial = partialQueries(query);
  if (answers.every((a) => a.length === 0) && partial.length > 0) {
    answers.length = 0;
    for (const group of searched) {
      if (stale()) return;
      answers.push(await search(await group.index(), state, partial));
    }
  }
  performance.mark('search:all-searched');
  if (stale()) return;
  await show(state, query, ordered(state, answers), mine, true);
}

/**
 * One shard's results for a query (and its variants, `queryVariants`), or, given
 * several queries, for any of them: each page once, with its best score.
 */
async function search(pf: ShardIndex, state: SearchState, queries: readonly string[]): Promise<PagefindResult[]> {
  const options = pagefindOptions(state);
  const responses = await Promise.all(queries.flatMap(queryVariants).map((q) => pf.search(q, options)));
  if (responses.length === 1) return responses[0]?.results ?? [];
  const best = new Map<string, PagefindResult>();
  for (const r of responses.flatMap((x) => x?.results ?? [])) if ((best.get(r.id)?.score ?? -1) < r.score) best.set(r.id, r);
  return [...best.values()];
}

/**
 * Every shard's results as one list. By date: shard by shard (shards are in
 * time order, newest first), each already newest first. Otherwise by Pagefind's
 * score, as one index would merge them, then pages where matched words stand
 * side by side first (`byAdjacency`): Pagefind matches words by prefix and
 * scores them apart, so a page with `防` and `诈骗` far apart may outscore the
 * one about 防诈骗, and only the best are read and re-ranked.
 */
function ordered(state: SearchState, answers: readonly PagefindResult[][]): PagefindResult[] {
  if (state.sort === 'date') return answers.flat();
  return byAdjacency(answers.flat().sort((a, b) => b.score - a.score));
}

/** The status line above the results. */
function statusText(state: SearchState, words: readonly string[], total: number, fullMatches: number, final: boolean): string {
  const data = status?.dataset ?? {};
  if (!final) return data['partial'] ?? '';
  if (total === 0) return (data['none'] ?? '').replace('{query}', state.q);
  if (words.length > 0 && fullMatches === 0) return ((words.length > 1 ? data['noFull'] : data['noFullOne']) ?? '').replace('{words}', words.map((w) => `“${w}”`).join(''));
  return (data['count'] ?? '').replace('{count}', String(total));
}

/** Shows the first page of results; `final` is false while older shards are still being searched. */
async function show(state: SearchState, query: string, results: PagefindResult[], run: number, final: boolean): Promise<void> {
  if (!status || !list || !more) return;
  const words = queryWords(query);
  // Sorted by date, Pagefind's order is the reader's; otherwise the best are re-ranked by what they contain.
  const top = results.slice(0, state.sort === 'date' ? PAGE : CANDIDATES[final ? 'final' : 'first']);
  const loaded = await Promise.all(top.map(load));
  performance.mark(final ? 'search:all-loaded' : 'search:recent-loaded');
  if (run !== generation) return;
  // By date the order stays Pagefind's; whether each page holds every word is still told.
  const ranked = state.sort === 'date' || !words.length ? loaded.map((candidate) => ({ candidate, match: words.length ? matchOf(words, candidate.title, candidate.text) : { full: true } })) : rankCandidates(words, loaded);
  const inOrder = ranked.map((r) => Object.assign(r.candidate, { full: r.match.full }));
  // Status and list change together, so the count never describes the list it replaces.
  status.textContent = statusText(state, words, results.length, ranked.filter((r) => r.match.full).length, final);
  if (final) status.dataset['final'] = 'true';
  // Which query the list answers: results of an earlier query never pass for this one's (the bench times by it).
  list.dataset['query'] = state.q;
  list.replaceChildren();
  fullShown = false;
  renderItems(inOrder.slice(0, PAGE), words);
  pending = { next: final ? [...inOrder.slice(PAGE), ...results.slice(top.length)] : [], words };
  more.hidden = pending.next.length === 0;
}

/** Runs `task` when the page is idle (so it never delays a reader's query). */
function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 3000 });
  else setTimeout(task, 1000);
}

if (form && input && controls) {
  document.querySelector<HTMLElement>('[data-needs-js]')?.setAttribute('hidden', '');
  controls.hidden = false;
  if (typeof Intl.Segmenter === 'undefined') document.querySelector<HTMLElement>('[data-old-browser]')?.removeAttribute('hidden');
  const initial = readSearchState(new URLSearchParams(location.search));
  showState(initial);
  // The filters fold away so results come first on a phone; open when the URL already chose some.
  if (Object.keys(initial.filters).length > 0 || initial.sort === 'date') document.querySelector<HTMLDetailsElement>('[data-search-filters]')?.setAttribute('open', '');
  // The newest shard opens at once, the older ones when the page is idle; then the filter lists
  // (every shard's filter chunks) fill and select what the URL asks for, keeping whatever the reader has typed meanwhile.
  const loaded = loadGroups();
  void loaded.then((all) => all[0]?.index());
  whenIdle(() => {
    void loaded
      .then(async (all) => {
        for (const group of all) await group.index();
        await fillFilters(all);
      })
      .then(() => showState({ ...readSearchState(new URLSearchParams(location.search)), q: input.value }));
  });
  void run(initial);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = (push: boolean) => {
    const state = currentState();
    const url = `${location.pathname}${writeSearchState(state)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void run(state);
  };
  const typed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => update(false), DEBOUNCE_MS);
    // Fetch the index chunks for what is typed so far while the pause runs.
    const q = input.value.trim();
    if (q && !hasTraditional(q)) {
      void loaded.then((all) => all[0]?.index()).then((pf) => pf?.preload(normalizeQuery(q, (x) => x), pagefindOptions(currentState())));
    }
  };
  // Pinyin being composed in an IME is not the query yet: search when the characters are chosen.
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) typed();
  });
  input.addEventListener('compositionend', typed);
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
  more?.addEventListener('click', () => void showMore(generation));
}
