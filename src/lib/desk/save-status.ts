/** The line the desk keeps on screen after a save: how far the save got and when the site shows it. */
import { t } from '../../i18n/zh-CN.ts';
import { formatChinaDateTime } from '../china-time.ts';
import type { GoesLive } from './goes-live.ts';

export interface SaveOutcome {
  /** The server's save state (scripts/lib/desk/persist.ts). */
  state: 'published' | 'pending' | 'unchanged';
  /** Absent on answers that carry none (a take-down): those go live with the next build. */
  goesLive?: GoesLive | undefined;
}

/** The status line's text; `everyMinutes` is the deployment's build interval (SITE.publishEveryMinutes). */
export function saveStatusText({ state, goesLive }: SaveOutcome, everyMinutes: number): string {
  if (goesLive?.kind === 'withdrawn')
    return state === 'pending'
      ? `${t('desk.status.pending')}；${t('desk.status.withdrawn', { minutes: everyMinutes })}`
      : t('desk.status.withdrawn', { minutes: everyMinutes });
  const when =
    goesLive?.kind === 'draft'
      ? t('desk.status.draft')
      : goesLive?.kind === 'scheduled'
        ? t('desk.status.scheduled', { at: formatChinaDateTime(new Date(goesLive.at)) })
        : undefined;
  // Pending: the server holds it and retries the push; the site cannot have it yet, whatever its date.
  if (state === 'pending') return when === undefined ? t('desk.status.pending') : `${t('desk.status.pending')}；${when}`;
  if (when !== undefined) return when;
  return state === 'unchanged' ? t('desk.status.unchanged') : t('desk.status.nextBuild', { minutes: everyMinutes });
}

/** The status line once the publisher has published the save (`at`: when, ISO). */
export function liveStatusText(at: string | undefined): string {
  const when = at === undefined ? undefined : new Date(at);
  return t('desk.status.live', { time: when && !Number.isNaN(when.getTime()) ? formatChinaDateTime(when) : '' });
}
