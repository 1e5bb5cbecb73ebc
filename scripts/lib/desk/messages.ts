/**
 * The desk server's Chinese words (in src/i18n/zh-CN.ts under `desk.error.*`):
 * errors the clerk sees in Decap's toast, and commit messages the site's history shows.
 */
import { t } from '../../../src/i18n/zh-CN.ts';

export const DESK_TEXT = {
  signIn: t('desk.error.signIn'),
  checkFailed: t('desk.error.checkFailed'),
  pushFailed: t('desk.error.pushFailed'),
  forbiddenHost: t('desk.error.forbiddenHost'),
  outside: t('desk.error.outside'),
  notEntry: t('desk.error.notEntry'),
  moved: t('desk.error.moved'),
  badRequest: t('desk.error.badRequest'),
  unknownAction: t('desk.error.unknownAction'),
  internal: t('desk.error.internal'),
  notFound: t('desk.error.notFound'),
  exists: t('desk.error.exists'),
  notPhoto: t('desk.error.notPhoto'),
  photoExists: t('desk.error.photoExists'),
  abandoned: t('desk.error.abandoned'),
  offline: t('desk.error.offline'),
  unsafePath: t('desk.error.unsafePath'),
  diskFull: t('desk.error.diskFull'),
  notOwnImages: t('desk.error.notOwnImages'),
  badSlug: t('desk.error.badSlug'),
  mediaNeedsEntry: t('desk.error.mediaNeedsEntry'),
  linkOutside: t('desk.error.linkOutside'),
  nameTooLong: t('desk.error.nameTooLong'),
} as const;

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
