/** Which entries are public: not a draft, and (for news) published at or before now. */

export type PublishState = 'published' | 'draft' | 'scheduled';

export interface Publishable {
  draft: boolean;
  publishedAt?: Date | undefined;
}

/** The state of an entry at `now`. An article with no publish time is treated as a draft. */
export function publishState(entry: Publishable, now: Date): PublishState {
  if (entry.draft || entry.publishedAt === undefined) return 'draft';
  return entry.publishedAt.getTime() > now.getTime() ? 'scheduled' : 'published';
}

/** News newest first; ties broken by slug so the order never depends on file-system order. */
export function compareNewestFirst(a: { id: string; publishedAt: Date }, b: { id: string; publishedAt: Date }): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime() || a.id.localeCompare(b.id);
}

/** The scheduled entry that publishes next, if any: the site must be rebuilt at its time. */
export function nextScheduled<T extends { id: string; state: PublishState; data: { publishedAt?: Date | undefined } }>(entries: readonly T[]): T | undefined {
  let next: T | undefined;
  for (const e of entries) {
    if (e.state !== 'scheduled' || !e.data.publishedAt) continue;
    if (!next || e.data.publishedAt.getTime() < (next.data.publishedAt?.getTime() ?? Infinity)) next = e;
  }
  return next;
}
