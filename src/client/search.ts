/**
 * The search page: Pagefind in the browser, with the query normalised the way
 * the index was (NFKC; Traditional→Simplified, the converter loaded only for a
 * query that needs it) and the state kept in the URL. While the reader types,
 * the index chunks for the words so far are fetched (`preload`); the search runs
 * after a short pause (60 ms), never on an unfinished IME composition.
 *
 * A big site's index is in shards (`/pagefind/shards.json`): a small shard of
 * the newest months answers first and is shown at once, then the older shards
 * merged replace it; on a city-size site the earliest years are searched when
 * the reader asks (查找更早的新闻), or at once when the recent years hold less
 * than a page of results (`shardTiers`). The best results are read and re-ranked by what they contain
 * (`rank.ts`), their excerpts made from the article's own text (`excerpt.ts`),
 * and a query no page contains in full says so above the partial matches.
 *
 * This entry wires the page's events; the shards (`search/shards.ts`), the
 * results (`search/render.ts`), the form (`search/controls.ts`) and the run
 * loop that holds the state (`search/run.ts`) are modules of their own.
 */
import { hasTraditional, normalizeQuery, pagefindOptions, readSearchState, writeSearchState } from '../lib/search/query.ts';
import { currentState, fillFilters, showState, type SearchFields } from './search/controls.ts';
import { createSearchRun, type SearchRun } from './search/run.ts';
import { tiersForYear } from '../lib/search/shards.ts';

const DEBOUNCE_MS = 60;

/** Runs `task` when the page is idle (so it never delays a reader's query). */
function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 3000 });
  else setTimeout(task, 1000);
}

function start(form: HTMLFormElement, fields: SearchFields, search: SearchRun, buttons: { more: HTMLButtonElement; older: HTMLButtonElement }): void {
  const { input, controls } = fields;
  document.querySelector<HTMLElement>('[data-needs-js]')?.setAttribute('hidden', '');
  controls.hidden = false;
  if (typeof Intl.Segmenter === 'undefined') document.querySelector<HTMLElement>('[data-old-browser]')?.removeAttribute('hidden');
  const initial = readSearchState(new URLSearchParams(location.search));
  showState(fields, initial);
  // The filters fold away so results come first on a phone; open when the URL already chose some.
  if (Object.keys(initial.filters).length > 0 || initial.sort === 'date')
    document.querySelector<HTMLDetailsElement>('[data-search-filters]')?.setAttribute('open', '');
  // The newest shard opens at once, the older ones when the page is idle (not the earliest years of a big
  // site: they open when searched); then the filter lists fill (the opened shards' filter chunks, the earliest
  // years from the manifest) and select what the URL asks for, keeping whatever the reader has typed meanwhile.
  const loaded = search.groups();
  void loaded.then((all) => all[0]?.index());
  whenIdle(() => {
    void loaded
      .then(async (all) => {
        for (const group of all) if (!group.onRequest) await group.index();
        await fillFilters(fields, all);
      })
      .then(() => showState(fields, { ...readSearchState(new URLSearchParams(location.search)), q: input.value }));
  });
  void search.run(initial);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = (push: boolean) => {
    const state = currentState(fields);
    const url = `${location.pathname}${writeSearchState(state)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void search.run(state);
  };
  const typed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => update(false), DEBOUNCE_MS);
    // Fetch the index chunks for what is typed so far while the pause runs, in the older shards too:
    // a word found only in earlier years is answered by them, and the reader is waiting.
    const q = input.value.trim();
    if (q && !hasTraditional(q)) {
      const words = normalizeQuery(q, (x) => x);
      // A chunk that fails to load here is fetched again by the search itself.
      const state = currentState(fields);
      // The tiers this search will open: not the earliest years of a big site, unless a year filter needs them.
      void loaded
        .then((all) => {
          const needed = tiersForYear(all, state.filters.year);
          return Promise.all(needed.filter((g, i) => i === 0 || !g.onRequest).map((g) => g.index().then((pf) => pf.preload(words, pagefindOptions(state)))));
        })
        .catch(() => undefined);
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
    showState(fields, state);
    void search.run(state);
  });
  buttons.more.addEventListener('click', () => void search.showMore());
  buttons.older.addEventListener('click', () => void search.searchOlder());
}

const form = document.querySelector<HTMLFormElement>('main form[role="search"]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const controls = document.querySelector<HTMLElement>('[data-search-controls]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
const older = document.querySelector<HTMLButtonElement>('[data-search-older]');
if (form && input && controls && status && list && more && older)
  start(form, { input, controls }, createSearchRun({ status, list, more, older }), { more, older });
