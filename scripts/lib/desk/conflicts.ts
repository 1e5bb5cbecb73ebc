/**
 * Lost updates: a clerk's form was opened on one version of an article, and
 * someone (another clerk, a developer) saved another since. The browser sends
 * the id (sha-256) of the version it opened; a save from an older version is
 * refused with who changed what and when, instead of silently undoing it.
 */
import { readFrontmatter } from '../../../src/lib/text/frontmatter.ts';
import { sameValue } from '../../../src/lib/desk/values.ts';
import { isUiKey, t } from '../../../src/i18n/zh-CN.ts';
import { formatChinaDateTime } from '../../../src/lib/china-time.ts';
import { DeskError } from './desk-error.ts';
import { sha256 } from './files.ts';
import { git } from './git.ts';
import type { DeskRepo } from './repo.ts';

// The same id files.ts serves entries with.
export { sha256 };

/** What a refused save tells the browser, besides the message: enough to offer a reload. */
export interface ConflictDetail {
  path: string;
  changedBy: string;
  changedAt: string;
  fields: string[];
}

export class ConflictError extends DeskError {
  readonly conflict: ConflictDetail;

  constructor(message: string, conflict: ConflictDetail) {
    super(409, message);
    this.conflict = conflict;
  }
}

/**
 * Throws a ConflictError when `current` (the file now; undefined when absent)
 * is not the version `baseId` names. No `baseId` (a client that does not send
 * one) means no check.
 */
export async function refuseStale(repo: DeskRepo, path: string, current: string | undefined, baseId: string | null | undefined): Promise<void> {
  if (baseId === undefined) return;
  const currentId = current === undefined ? null : sha256(current);
  if (currentId === baseId) return;
  const log = await git(repo.repoDir, ['log', '-1', '--format=%an%x00%aI', 'HEAD', '--', path]).catch(() => '');
  const [changedBy = '', changedAt = ''] = log.trim().split('\0');
  const base = baseId === null ? undefined : repo.served.get(baseId);
  const fields = base === undefined ? [] : changedFields(base, current ?? '');
  const when = changedAt === '' ? '' : formatChinaDateTime(new Date(changedAt));
  const message =
    current === undefined
      ? t('desk.error.conflictGone', { path })
      : t('desk.error.conflict', { who: changedBy || t('desk.someone'), when, fields: fields.length > 0 ? fields.join('、') : t('desk.someFields') });
  throw new ConflictError(message, { path, changedBy, changedAt, fields });
}

/** The front-matter fields (by their Chinese labels where known) and the body that differ between two texts. */
export function changedFields(before: string, after: string): string[] {
  const a = readFrontmatter(before);
  const b = readFrontmatter(after);
  if (!a.ok || !b.ok) return [t('desk.field.body')];
  const da = a.data as Record<string, unknown>;
  const db = b.data as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(da), ...Object.keys(db)])].filter((k) => !sameValue(da[k] as never, db[k] as never));
  const labels = keys.map(fieldLabel);
  if (a.body.trim() !== b.body.trim()) labels.push(t('desk.field.body'));
  return labels;
}

function fieldLabel(key: string): string {
  const label = `field.${key}`;
  return isUiKey(label) ? t(label) : key;
}
