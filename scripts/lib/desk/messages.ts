/**
 * The desk's commit messages, as the site's history shows them (words in src/i18n/zh-CN.ts
 * under `desk.commit*`). Errors the clerk sees are plain `t('desk.error.…')` calls where thrown.
 */
import { t } from '../../../src/i18n/zh-CN.ts';

const VERBS = {
  create: t('desk.commitVerb.create'),
  update: t('desk.commitVerb.update'),
  draft: t('desk.commitVerb.draft'),
  delete: t('desk.commitVerb.delete'),
  media: t('desk.commitVerb.media'),
  withdraw: t('desk.commitVerb.withdraw'),
} as const;

/** How collections are named in commit messages. */
const LABELS: Readonly<Record<string, string>> = { news: t('nav.news'), communities: t('nav.communities'), honors: t('nav.honors') };

/** `编辑台：发布 新闻 2024/slug` */
export function commitMessage(verb: keyof typeof VERBS, collection: string, name: string): string {
  return t('desk.commitMessage', { verb: VERBS[verb], collection: LABELS[collection] ?? collection, name })
    .replace(/\s+/g, ' ')
    .trim();
}

/** `content/news/2024/a.md` → `2024/a`, as Decap names entries. */
export function entryName(entryPath: string): string {
  return entryPath
    .split('/')
    .slice(2)
    .join('/')
    .replace(/\.[^./]+$/, '');
}
