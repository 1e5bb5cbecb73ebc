/** When a saved entry shows on the site, as the desk's save answer tells the browser. */
import { parseChinaTime } from '../china-time.ts';
import { publishState } from '../site/publish.ts';

export type GoesLive =
  /** On the site after the next build (the deployment's schedule). */
  | { kind: 'next-build' }
  /** Publish time in the future: on the site from `at` (ISO), at the first build after it. */
  | { kind: 'scheduled'; at: string }
  /** A draft: never on the site until 草稿标记 is unticked. */
  | { kind: 'draft' }
  /** Taken down (撤下): off the site from the next build, kept as a draft. */
  | { kind: 'withdrawn' };

/** From an entry's front matter (or YAML data) at `now`. Entries without a publish time (红榜, communities) go live with the next build unless drafts. */
export function goesLive(data: Record<string, unknown>, now: Date): GoesLive {
  const draft = data['draft'] === true;
  const raw = data['publishedAt'];
  const publishedAt = raw instanceof Date ? raw : typeof raw === 'string' ? parseChinaTime(raw) : null;
  if (publishedAt === null) return draft ? { kind: 'draft' } : { kind: 'next-build' };
  const state = publishState({ draft, publishedAt }, now);
  if (state === 'draft') return { kind: 'draft' };
  return state === 'scheduled' ? { kind: 'scheduled', at: publishedAt.toISOString() } : { kind: 'next-build' };
}
