/**
 * /topics/ as an inspector reads it: 专题 still in use first, and those with nothing
 * new for a year on a shelf of their own (往期专题), each with its last update, so
 * a 2021 campaign never passes for a live one. Topics that are the site's own columns
 * (通知公告, 政策文件) are in the nav, not here.
 */
import { chinaDaysBetween } from '../china-time.ts';
import type { Column } from './columns.ts';

/** A 专题 with nothing new for this many days is shown as 往期. */
export const PAST_TOPIC_DAYS = 365;

export interface TopicShelves {
  current: Column[];
  past: Column[];
}

export function topicShelves(columns: readonly Column[], now: Date, isNavColumn: (slug: string) => boolean): TopicShelves {
  const topics = columns.filter((c) => c.group === 'topic' && !isNavColumn(c.key.slice('topic:'.length)));
  const isPast = (c: Column) => !c.lastUpdated || chinaDaysBetween(c.lastUpdated, now) > PAST_TOPIC_DAYS;
  const newestFirst = (a: Column, b: Column) => (b.lastUpdated?.getTime() ?? 0) - (a.lastUpdated?.getTime() ?? 0);
  return { current: topics.filter((c) => !isPast(c)).sort(newestFirst), past: topics.filter(isPast).sort(newestFirst) };
}
