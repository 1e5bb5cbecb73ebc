/** Per-entry rules beyond the schema: what publishing needs, alt text, editorial advice. */
import { SITE } from '../../site.config.ts';
import { t, type UiKeyId } from '../../i18n/zh-CN.ts';
import type { NewsData } from '../schemas/news.ts';
import type { HonorData } from '../schemas/honor.ts';
import type { CommunityData } from '../schemas/community.ts';
import { fieldLabel, type Problem, type Severity } from './problem.ts';

const REVIEW_ROLES = ['first', 'second', 'final'] as const;

/**
 * A draft may lack what only blocks publishing (time, source, 三审 names, photos),
 * so work in progress can be committed; the same gaps are errors once it is not a draft.
 */
export const publishSeverity = (draft: boolean): Severity => (draft ? 'warning' : 'error');

export function newsRules(path: string, data: NewsData): Problem[] {
  const problems: Problem[] = [];
  const severity = publishSeverity(data.draft);
  const need = (field: UiKeyId<'check.requiredToPublish'>, present: boolean) => {
    if (!present) problems.push({ file: path, field, message: t(`check.requiredToPublish.${field}`), severity });
  };
  need('publishedAt', data.publishedAt !== undefined);
  need('source', data.source !== undefined);
  for (const role of REVIEW_ROLES) need(`review.${role}`, data.review?.[role] !== undefined);

  if (data.cover !== undefined && data.coverAlt === undefined) {
    problems.push({ file: path, field: 'coverAlt', message: t('check.coverAltRequired'), severity: 'error' });
  }
  const length = Array.from(data.title).length;
  if (length > SITE.titleWarnLength) {
    problems.push({ file: path, field: 'title', message: t('check.titleTooLong', { length, max: SITE.titleWarnLength }), severity: 'warning' });
  }
  problems.push(...sameReviewer(path, data.review));
  return problems;
}

/** One person in two of the three review roles defeats the point of 三审. */
function sameReviewer(path: string, review: NewsData['review']): Problem[] {
  const rolesByName = new Map<string, string[]>();
  for (const role of REVIEW_ROLES) {
    const name = review?.[role];
    if (name !== undefined) rolesByName.set(name, [...(rolesByName.get(name) ?? []), fieldLabel(`review.${role}`)]);
  }
  return [...rolesByName]
    .filter(([, roles]) => roles.length > 1)
    .map(([name, roles]) => ({
      file: path,
      field: 'review',
      message: t('check.sameReviewer', { name, roles: roles.join(t('check.sameReviewer.joiner')) }),
      severity: 'warning' as const,
    }));
}

export function honorRules(path: string, data: HonorData): Problem[] {
  return data.photo !== undefined && data.photoAlt === undefined
    ? [{ file: path, field: 'photoAlt', message: t('check.photoAltRequired'), severity: 'error' }]
    : [];
}

export function communityRules(path: string, data: CommunityData): Problem[] {
  return data.cover !== undefined && data.coverAlt === undefined
    ? [{ file: path, field: 'coverAlt', message: t('check.coverAltRequired'), severity: 'error' }]
    : [];
}
