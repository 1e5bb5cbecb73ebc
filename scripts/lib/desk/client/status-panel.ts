/**
 * The desk's corner panel: the last save's outcome (which stays, unlike
 * Decap's toast: when the site shows it), saves waiting to be pushed (the server retries
 * them), offline edits set aside because they clashed with a newer version
 * (each can be opened to copy from, then marked as dealt with), and saves a
 * restart found interrupted. Hidden when there is nothing to say.
 */
import { t } from '../../../../src/i18n/zh-CN.ts';
import { formatChinaDateTime } from '../../../../src/lib/china-time.ts';
import type { DeskStatus } from '../status.ts';
import { deskNow } from './clock.ts';
import { corner, element, ensureStyle, showDialog } from './dom.ts';
import type { SaveLine } from './save-tracking.ts';

const api = async (action: string, params: Record<string, unknown> = {}): Promise<unknown> => {
  const response = await fetch('/api/v1', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action, params }) });
  if (!response.ok) throw new Error(String(response.status));
  return response.json();
};

const when = (iso: string) => (iso === '' ? '' : formatChinaDateTime(new Date(iso)));

/**
 * Starts the panel; returns where a save's line goes. The line belongs to the
 * article it was saved for: opening another article or a new form clears it
 * (the list keeps it), so a failed save is never read as the earlier one's 已提交.
 */
export function statusPanel(everyMs = 20_000): SaveLine {
  ensureStyle();
  const panel = element('section', { className: 'desk-status', hidden: true });
  panel.setAttribute('aria-label', t('desk.client.statusLabel'));
  // A polite live region of its own, so the line is read out once when it changes.
  const saved = element('p', { id: 'desk-save-status', className: 'desk-save-status', hidden: true });
  saved.setAttribute('role', 'status');
  saved.setAttribute('aria-label', t('desk.status.label'));
  const rest = element('div');
  panel.append(saved, rest);
  corner().prepend(panel);
  const show = () => (panel.hidden = saved.hidden && rest.childElementCount === 0);
  const refresh = () => {
    api('deskStatus')
      .then((status) => {
        render(rest, status as DeskStatus, refresh);
        show();
      })
      .catch(() => undefined);
  };
  refresh();
  setInterval(refresh, everyMs);
  let savedFor: readonly string[] = [];
  const clear = () => {
    saved.hidden = true;
    saved.replaceChildren();
    savedFor = [];
    sessionStorage.removeItem(LINE_KEY);
    show();
  };
  const put = (line: string, entries: readonly string[], at: string) => {
    saved.replaceChildren(element('strong', {}, line), element('small', {}, t('desk.status.savedAt', { time: formatChinaDateTime(new Date(at)) })));
    saved.hidden = false;
    savedFor = entries;
    show();
  };
  // A reload (the list after 撤下 is reloaded to show the article again) keeps the line, in this tab only.
  const kept = readKept();
  if (kept !== undefined && belongsHere(location.hash, kept.entries)) put(kept.line, kept.entries, kept.at);
  else sessionStorage.removeItem(LINE_KEY);
  window.addEventListener('hashchange', () => {
    if (!belongsHere(location.hash, savedFor)) clear();
  });
  return {
    saved(line, entries) {
      const at = deskNow().toISOString();
      put(line, entries, at);
      sessionStorage.setItem(LINE_KEY, JSON.stringify({ line, entries, at }));
      refresh();
    },
    clear,
  };
}

const LINE_KEY = 'desk-save-line';

/** Whether a save's line still fits the page at `hash`: a list, or the article it was saved for (not another, not a new form). */
function belongsHere(hash: string, entries: readonly string[]): boolean {
  const entry = /#\/collections\/([^/]+)\/(?:entries\/(.+)|new)/.exec(hash);
  return entry === null || (entry[2] !== undefined && entries.includes(`${entry[1]}/${entry[2]}`));
}

function readKept(): { line: string; entries: string[]; at: string } | undefined {
  try {
    const value = JSON.parse(sessionStorage.getItem(LINE_KEY) ?? 'null') as { line?: unknown; entries?: unknown; at?: unknown } | null;
    if (typeof value?.line !== 'string' || !Array.isArray(value.entries) || typeof value.at !== 'string') return undefined;
    return { line: value.line, entries: value.entries.filter((e): e is string => typeof e === 'string'), at: value.at };
  } catch {
    return undefined;
  }
}

function render(panel: HTMLElement, status: DeskStatus, refresh: () => void): void {
  const parts: Node[] = [];
  if (status.waiting.length > 0) {
    parts.push(element('p', {}, t('desk.client.waiting', { count: status.waiting.length })));
    parts.push(element('ul', {}, ...status.waiting.map((w) => element('li', {}, `${w.subject}（${w.clerk}，${when(w.at)}）`))));
  }
  for (const p of status.parked) {
    const open = element('button', { type: 'button' }, t('desk.client.openParked'));
    open.addEventListener('click', () => void showParked(p.commit, p.paths[0] ?? '', refresh));
    parts.push(element('p', {}, t('desk.client.parked', { paths: p.paths.join('、'), clerk: p.clerk, by: p.changedBy, when: when(p.changedAt) }), ' ', open));
  }
  for (const r of status.recovered.filter((x) => x.outcome === 'rolledBack'))
    parts.push(element('p', {}, t('desk.client.rolledBack', { paths: r.paths.join('、'), clerk: r.clerk })));
  panel.replaceChildren(...parts);
}

async function showParked(commit: string, path: string, refresh: () => void): Promise<void> {
  const { text } = (await api('parkedText', { commit, path })) as { text: string };
  const area = element('textarea', { readOnly: true, value: text });
  area.setAttribute('aria-label', t('desk.client.parkedText'));
  showDialog({
    title: t('desk.client.parkedTitle', { path }),
    body: [element('p', {}, t('desk.client.parkedHelp')), area],
    actions: [
      { label: t('desk.client.close'), run: () => undefined },
      { label: t('desk.client.dismissParked'), run: () => void api('dismissParked', { commit }).then(refresh) },
    ],
  });
}
