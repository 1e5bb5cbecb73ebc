/** Whether a listed article is on the site, scheduled or a draft: the tag the desk's list shows first. */
import { t } from '../../i18n/zh-CN.ts';
import { formatChinaDateTime } from '../china-time.ts';
import { goesLive } from './goes-live.ts';

/** The entry-data key the desk's file format fills when it reads a file (and drops when it writes). */
export const LIVE_LABEL_KEY = 'deskLiveText';

/** 已发布 (on the site after the next build: the status line says when) / 定时 2026年12月14日 09:00 / 草稿，网站不显示, as of `now` (the desk's clock). */
export function liveLabel(data: Record<string, unknown>, now: Date): string {
  const state = goesLive(data, now);
  if (state.kind === 'draft' || state.kind === 'withdrawn') return t('desk.live.draft');
  if (state.kind === 'scheduled') return t('desk.live.scheduled', { at: formatChinaDateTime(new Date(state.at)) });
  return t('desk.live.online');
}
