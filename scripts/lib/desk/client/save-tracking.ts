/**
 * What the desk's page adds to Decap's API calls, by wrapping `fetch`:
 * - each save carries the id of the version its form was opened on, so the
 *   server refuses a save that would undo someone else's (a 409 opens a dialog
 *   offering to reload);
 * - after a save a line that stays says how far it got and when the site
 *   shows it (the next build, a scheduled time, never for a draft), then
 *   已上线 once the resident publisher has published it (live-watch.ts);
 * - a new article the server filed under its publish year is reopened there.
 */
import { t } from '../../../../src/i18n/zh-CN.ts';
import type { GoesLive } from '../../../../src/lib/desk/goes-live.ts';
import { liveStatusText, saveStatusText } from '../../../../src/lib/desk/save-status.ts';
import { watchLive } from './live-watch.ts';
import { element, showDialog } from './dom.ts';

type Json = Record<string, unknown>;

const READS = new Set(['getEntry', 'entriesByFolder', 'entriesByFiles']);
const WRITES = new Set(['persistEntry', 'deleteFile', 'deleteFiles']);

/** Where a save's outcome is kept on screen (status-panel.ts): for the article it concerns. */
export interface SaveLine {
  /** `entries`: the article as Decap's address names it — where Decap put a new one, and where the desk filed it. */
  saved(line: string, entries: readonly string[]): void;
  clear(): void;
}

/**
 * Installs the wrapper; `announce` shows a short message to the clerk, `status`
 * keeps the save's outcome on screen; `everyMinutes` is the site's build interval.
 */
export function trackSaves(announce: (text: string) => void, status: SaveLine, everyMinutes: number): void {
  // Per tab: the version each open form started from.
  const ids = new Map<string, string>();
  const original = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = readRequest(input, init);
    if (request === undefined) return original(input, init);
    const { action, body } = request;
    let sent = init;
    const params = (body['params'] ?? {}) as Json;
    const paths = Array.isArray(params['dataFiles']) ? (params['dataFiles'] as { path?: string }[]).map((f) => f.path ?? '') : [];
    if (action === 'persistEntry') {
      params['baseIds'] = Object.fromEntries(paths.flatMap((p) => (ids.has(p) ? [[p, ids.get(p)]] : [])));
      sent = { ...init, body: JSON.stringify({ ...body, params }) };
    }
    const response = await original(input, sent);
    const data = (await response
      .clone()
      .json()
      .catch(() => undefined)) as unknown;
    if (response.ok && READS.has(action)) for (const entry of Array.isArray(data) ? data : [data]) remember(ids, entry);
    if (response.ok && WRITES.has(action) && data !== null && typeof data === 'object') afterSave(ids, data as Json, paths, announce, status, everyMinutes);
    // A refused save must not leave the line of an earlier one saying 已提交.
    if (!response.ok && WRITES.has(action)) status.clear();
    if (response.status === 409) showConflict((data as { error?: string } | undefined)?.error ?? '');
    return response;
  };
}

function readRequest(input: RequestInfo | URL, init: RequestInit | undefined): { action: string; body: Json } | undefined {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (new URL(url, location.href).pathname !== '/api/v1' || typeof init?.body !== 'string') return undefined;
  try {
    const body = JSON.parse(init.body) as Json;
    return typeof body['action'] === 'string' ? { action: body['action'], body } : undefined;
  } catch {
    return undefined;
  }
}

function remember(ids: Map<string, string>, entry: unknown): void {
  const file = (entry as { file?: { path?: unknown; id?: unknown } } | null)?.file;
  if (typeof file?.path === 'string' && typeof file.id === 'string') ids.set(file.path, file.id);
}

function afterSave(
  ids: Map<string, string>,
  data: Json,
  paths: readonly string[],
  announce: (text: string) => void,
  status: SaveLine,
  everyMinutes: number,
): void {
  const saved = (data['ids'] ?? {}) as Record<string, string>;
  for (const [path, id] of Object.entries(saved)) ids.set(path, id);
  const movedTo = typeof data['movedTo'] === 'string' ? data['movedTo'] : undefined;
  if (movedTo !== undefined) {
    for (const p of paths) if (saved[movedTo] !== undefined) ids.set(p, saved[movedTo]);
    // The year, not the path: content/news/… means nothing to a clerk.
    announce(t('desk.client.movedTo', { year: /\/(\d{4})\//.exec(movedTo)?.[1] ?? '' }));
    // After Decap's own navigation to the path it chose: reopen the article where it now lives.
    const entry = /^content\/news\/(.+)\.md$/.exec(movedTo)?.[1];
    if (entry !== undefined) setTimeout(() => (location.hash = `#/collections/news/entries/${entry}`), 1500);
  }
  const unused = Array.isArray(data['unusedPhotos']) ? (data['unusedPhotos'] as string[]) : [];
  if (unused.length > 0) announce(t('desk.client.unusedPhotos', { names: unused.join('、') }));
  const state = data['state'];
  const entries = [paths[0], movedTo].flatMap((p) => entryOf(p) ?? []);
  // Decap drops a deleted entry from its list; the article is kept as a draft, so the list is read again.
  if ((data['goesLive'] as GoesLive | undefined)?.kind === 'withdrawn') setTimeout(() => location.reload(), 1500);
  const goes = data['goesLive'] as GoesLive | undefined;
  if (state === 'published' || state === 'pending' || state === 'unchanged') status.saved(saveStatusText({ state, goesLive: goes }, everyMinutes), entries);
  // Pushed, and shown with the next publish: say 已上线 once the publisher has published it.
  const live = movedTo ?? paths[0];
  const id = live === undefined ? undefined : saved[live];
  if (state === 'published' && goes?.kind === 'next-build' && live !== undefined && id !== undefined)
    watchLive(live, id, (at) => status.saved(liveStatusText(at), entries));
}

/** `content/news/2026/a.md` → `news/2026/a`: how Decap's address names the entry (`#/collections/news/entries/2026/a`). */
export function entryOf(path: string | undefined): string | undefined {
  const m = /^content\/([^/]+)\/(.+)\.[^./]+$/.exec(path ?? '');
  return m === null ? undefined : `${m[1]}/${m[2]}`;
}

function showConflict(message: string): void {
  showDialog({
    title: t('desk.client.conflictTitle'),
    body: [element('p', {}, message)],
    actions: [
      { label: t('desk.client.reload'), run: () => location.reload() },
      { label: t('desk.client.stay'), run: () => undefined },
    ],
  });
}
