/**
 * The search run loop: one query at a time, its answer shown in two steps (the newest
 * shard, then every shard), and "more" pages added in order. All the page's search state
 * lives here, in one closure per page; a newer query makes every older one stale.
 */
import { hasTraditional, normalizeQuery, partialQueries, type SearchState } from '../../lib/search/query.ts';
import { matchOf, queryWords, rankCandidates } from '../../lib/search/rank.ts';
import { renderItems, setOlderLabel, showKeeping, statusText, type ResultsView } from './render.ts';
import { tiersForYear, waitsForReader, yearRange } from '../../lib/search/shards.ts';
import { loadResult, loadShardGroups, ordered, pageSources, searchShard, type LoadedResult, type PagefindResult, type ShardGroup } from './shards.ts';

const PAGE = 10;
/** Results read and re-ranked by their text, for the first answer and the final one; Pagefind's order stands after them. */
const CANDIDATES = { first: 12, final: 30 };
/** After the first answer, how long typing must pause before the older shards are searched (a stale search cannot be stopped once it runs). */
const MERGE_PAUSE_MS = 250;

export interface SearchRun {
  /** Searches for `state` and shows the answer, unless a newer run starts first; `older`: the earliest years of a big site too. */
  run: (state: SearchState, older?: boolean) => Promise<void>;
  /** Searches the last query again, the earliest years included (the reader asked for them). */
  searchOlder: () => Promise<void>;
  /** Adds the next page of results; clicks in quick succession add pages in order. */
  showMore: () => Promise<void>;
  /** The index's shard groups, fetched once. */
  groups: () => Promise<ShardGroup[]>;
}

export function createSearchRun(view: ResultsView): SearchRun {
  const { status, list, more, older: olderButton } = view;
  let groups: Promise<ShardGroup[]> | undefined;
  let toSimplified: Promise<(s: string) => string> | undefined;
  let generation = 0;
  /** Whether the list shows a page with every word, so the first without them gets a note above it. */
  let fullShown = false;
  /** Results still to show, in order, and the words they are shown for. */
  let pending: { next: (LoadedResult | PagefindResult)[]; words: string[] } = { next: [], words: [] };
  let adding: Promise<void> = Promise.resolve();
  /** The query last searched, for `searchOlder`, and the query the reader asked the earliest years for. */
  let lastState: SearchState | undefined;
  let olderFor: string | undefined;

  const loadGroups = (): Promise<ShardGroup[]> =>
    (groups ??= loadShardGroups(pageSources(list.dataset['searchSources'])).then(({ groups: found, missing }) => {
      // A portal names the member sites whose index could not be read: the results come from the others.
      const note = document.querySelector<HTMLElement>('[data-search-missing]');
      if (note && missing.length > 0) {
        note.textContent = (note.dataset['template'] ?? '').replace('{names}', missing.join('、'));
        note.hidden = false;
      }
      return found;
    }));

  /** The query as the index understands it (waits for the converter only when the query has a Traditional character). */
  async function indexQuery(q: string): Promise<string> {
    if (!q) return '';
    if (!hasTraditional(q)) return normalizeQuery(q, (s) => s);
    toSimplified ??= import('opencc-js/t2cn').then((OpenCC) => OpenCC.Converter({ from: 't', to: 'cn' }));
    return normalizeQuery(q, await toSimplified);
  }

  function showMore(): Promise<void> {
    const mine = generation;
    adding = adding.then(() => addPage(mine));
    return adding;
  }

  async function addPage(mine: number): Promise<void> {
    if (mine !== generation) return;
    const next = pending.next.slice(0, PAGE);
    pending.next = pending.next.slice(PAGE);
    more.hidden = pending.next.length === 0;
    const items = await Promise.all(next.map((r) => ('body' in r ? r : loadResult(r))));
    if (mine !== generation) return;
    const before = list.children.length;
    fullShown = renderItems(view, items, pending.words, fullShown);
    // Keep the reader's place: focus moves to the first result just added (past a note above it).
    [...list.children]
      .slice(before)
      .map((li) => li.querySelector('a'))
      .find(Boolean)
      ?.focus();
  }

  async function run(state: SearchState, asked = false): Promise<void> {
    const mine = ++generation;
    lastState = state;
    // Once asked for, the earliest years stay searched for this query, whatever filter or order follows.
    if (asked) olderFor = state.q;
    const older = olderFor === state.q;
    // The button that asked keeps the reader's focus, unusable, until the longer list replaces it.
    if (asked) olderButton.setAttribute('aria-disabled', 'true');
    else olderButton.hidden = true;
    if (!state.q && Object.keys(state.filters).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    // "Searching…" only before the first results: later queries keep the list and its status until the new ones come.
    if (list.children.length === 0) status.textContent = status.dataset['loading'] ?? '';
    else if (asked) status.textContent = status.dataset['loadingOlder'] ?? '';
    delete status.dataset['final'];
    // The list still shown belongs to the last query: its next page must not be added under this one's.
    pending = { next: [], words: [] };
    more.hidden = true;
    try {
      await answer(state, mine, older, asked);
    } catch (error) {
      if (mine !== generation) return;
      console.warn('search failed', error);
      status.textContent = status.dataset['error'] ?? '';
      status.dataset['final'] = 'true';
      // The reader may ask again.
      olderButton.removeAttribute('aria-disabled');
    }
  }

  /** Searches the shard groups in turn and shows the first answer, then the final one. */
  async function answer(state: SearchState, mine: number, older: boolean, asked: boolean): Promise<void> {
    const loaded = loadGroups();
    // Marks for the bench's profile of a query (`performance.getEntriesByType('mark')`).
    performance.mark('search:start');
    const query = await indexQuery(state.q);
    const stale = () => mine !== generation;
    const searched = tiersForYear(await loaded, state.filters.year);
    const [first, ...rest] = searched;
    if (first === undefined) return void (await show(state, query, [], mine, 'final'));
    const answers: PagefindResult[][] = [await searchShard(await first.index(), state, [query])];
    performance.mark('search:recent-searched');
    if (stale()) return;
    // Asked for the earliest years, the reader already sees the recent ones: no first answer in between.
    let shown = asked;
    // With the newest shard's answer on screen, the older shards wait for a pause in typing; with nothing
    // to show (a rare word from an earlier year), the reader is waiting for them, so they are searched at once.
    // Asked for the earlier years, the reader keeps the list until the longer one replaces it.
    if (rest.length > 0 && answers[0]?.length && !older) {
      shown = (await show(state, query, ordered(state, answers), mine, 'first')) !== undefined;
      await new Promise((resolve) => setTimeout(resolve, MERGE_PAUSE_MS));
    }
    const found = () => answers.reduce((n, a) => n + a.length, 0);
    /** Searches `groups` for `queries`, leaving the earliest years to the reader once the answers fill a page. */
    const searchIn = async (groups: readonly ShardGroup[], queries: string[]): Promise<ShardGroup | undefined> => {
      for (const group of groups) {
        if (stale()) return undefined;
        if (waitsForReader(group, older, found(), PAGE)) return group;
        // The recent years' few results first, while the earliest years are searched for more.
        if (group.onRequest && !shown && found() > 0) shown = (await show(state, query, ordered(state, answers), mine, 'first')) !== undefined;
        answers.push(await searchShard(await group.index(), state, queries));
      }
      return undefined;
    };
    let queries = [query];
    let unsearched = await searchIn(rest, queries);
    // No page has every word: list the pages that have some (the status line says so).
    const partial = partialQueries(query);
    if (found() === 0 && partial.length > 0) {
      answers.length = 0;
      queries = partial;
      unsearched = await searchIn(searched, queries);
    }
    performance.mark('search:all-searched');
    if (stale()) return;
    const full = await show(state, query, ordered(state, answers), mine, unsearched ? 'recent' : 'final', unsearched);
    // The recent years hold results, but none with every word: the earliest years may, so they are searched too.
    if (unsearched && full === 0 && !stale()) {
      answers.push(await searchShard(await unsearched.index(), state, queries));
      if (!stale()) await show(state, query, ordered(state, answers), mine, 'final');
    }
  }

  /**
   * Shows the first page of results and returns how many of those read hold every word (undefined
   * when a newer query came first). `first`: the newest shard's answer, older shards still to come;
   * `recent`: the recent years' answer, the earliest years (`unsearched`) left for the reader to ask for,
   * unless no result holds every word (then it stands as a first answer and the caller searches on);
   * `final`: every shard searched.
   */
  async function show(
    state: SearchState,
    query: string,
    results: PagefindResult[],
    mine: number,
    step: 'first' | 'recent' | 'final',
    unsearched?: ShardGroup,
  ): Promise<number | undefined> {
    const words = queryWords(query);
    // Sorted by date, Pagefind's order is the reader's; otherwise the best are re-ranked by what they contain.
    const top = results.slice(0, state.sort === 'date' ? PAGE : CANDIDATES[step === 'first' ? 'first' : 'final']);
    const loaded = await Promise.all(top.map(loadResult));
    if (mine !== generation) return undefined;
    // By date the order stays Pagefind's; whether each page holds every word is still told.
    const ranked =
      state.sort === 'date' || !words.length
        ? loaded.map((candidate) => ({ candidate, match: words.length ? matchOf(words, candidate.title, candidate.text) : { full: true } }))
        : rankCandidates(words, loaded);
    const inOrder = ranked.map((r) => Object.assign(r.candidate, { full: r.match.full }));
    const full = ranked.filter((r) => r.match.full).length;
    const final = step === 'final' || (step === 'recent' && full > 0);
    performance.mark(final ? 'search:all-loaded' : 'search:recent-loaded');
    // Status and list change together, so the count never describes the list it replaces.
    const unsearchedYears = final && unsearched ? yearRange(unsearched.years) : undefined;
    // A year range never splits across lines at the largest text sizes.
    showKeeping(status, statusText(status, state, words, results.length, full, final, unsearchedYears), unsearchedYears ?? '');
    if (final) status.dataset['final'] = 'true';
    // Which query the list answers: results of an earlier query never pass for this one's (the bench times by it).
    list.dataset['query'] = state.q;
    list.replaceChildren();
    fullShown = renderItems(view, inOrder.slice(0, PAGE), words, false);
    pending = { next: final ? [...inOrder.slice(PAGE), ...results.slice(top.length)] : [], words };
    more.hidden = pending.next.length === 0;
    olderButton.hidden = unsearchedYears === undefined;
    olderButton.removeAttribute('aria-disabled');
    if (unsearchedYears !== undefined) setOlderLabel(olderButton, unsearchedYears);
    return full;
  }

  /** The button that asked hides itself: the reader's place moves to the first result of the longer list. */
  async function searchOlder(): Promise<void> {
    if (!lastState || olderButton.getAttribute('aria-disabled') === 'true') return;
    const mine = generation + 1;
    await run(lastState, true);
    // Not after an error: the button is back for another try, and keeps the focus.
    if (mine === generation && olderButton.hidden) list.querySelector('a')?.focus();
  }

  return { run, searchOlder, showMore, groups: loadGroups };
}
