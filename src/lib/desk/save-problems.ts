/**
 * A save the checker refused, as the desk's form shows it: each problem of the
 * saved entry at the field it concerns, a problem in another file (an article
 * linking to this one) in a box naming that article, in the desk's words.
 */
import { isUiKey, t } from '../../i18n/zh-CN.ts';
import type { Problem, Severity } from '../check/problem.ts';

/** A problem as the desk's 422 answer carries it. */
export interface SaveProblem {
  file: string;
  field: string;
  message: string;
  severity: Severity;
  /** The saved entry's own problem (shown at its field), not another file's. */
  own: boolean;
  /** Another file's title, to name it to the clerk (its path means nothing to her). */
  title?: string;
}

const TIME_FIELDS = new Set(['publishedAt', 'updatedAt']);
// A photo without 图片内容: the checker names the file and Markdown's `![ ]`, neither of which the clerk saw.
const MISSING_ALT = t('check.missingAlt', { value: '\u0000' }).split('\u0000')[1] ?? '\u0000';
// The message up to its value: hand-written files get the checker's own words.
const BAD_DATE = t('check.badDate', { value: '\u0000' }).split('\u0000')[0] ?? '';

/**
 * The checker's words are for files written by hand ("写成 2025-03-08 09:30");
 * in the desk the time is picked in a date box, so the fix is said that way.
 */
function deskWording(p: Problem): string {
  if (p.message.endsWith(MISSING_ALT)) return t('desk.check.missingAlt');
  if (p.field === 'publishedAt' && p.message === t('check.requiredToPublish.publishedAt')) return t('desk.check.publishedAt');
  if (TIME_FIELDS.has(p.field) && p.message.startsWith(BAD_DATE)) return t('desk.check.badDate');
  return p.message;
}

/** The problem as sent to the form; `title` names another file. */
export function saveProblem(p: Problem, own: boolean, title?: string): SaveProblem {
  // Shown at the photo's own 图片内容 box (the empty one), not at the foot of the body.
  const field = p.message.endsWith(MISSING_ALT) ? 'alt' : p.field;
  return { file: p.file, field, message: deskWording(p), severity: p.severity, own, ...(title === undefined ? {} : { title }) };
}

/**
 * The form fields a problem may be shown at, the most precise first:
 * `review.final` → review.final, review; `authors.1` → authors;
 * `body（第 9 行）` → body; `frontmatter` → none (the box at the top).
 */
export function fieldCandidates(field: string): string[] {
  const parts = field
    .replace(/（[^）]*）$/, '')
    .split('.')
    .filter((part) => part !== '' && !/^\d+$/.test(part));
  if (parts.length === 0 || parts[0] === 'frontmatter') return [];
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('.'));
}

/** The label a form field shows (its `field.*` string, 正文 for the body), to tell same-named fields apart. */
export function formLabel(path: string): string | undefined {
  if (path === 'body') return t('desk.field.body');
  const key = `field.${path}`;
  return isUiKey(key) ? t(key) : undefined;
}

/** A problem in plain words: no path; another article named by its title. */
export function problemText(p: SaveProblem): string {
  return p.own ? p.message : t('desk.fields.elsewhere', { title: p.title ?? p.file, message: p.message });
}

/** What the save's failure toast says: where to look, then each problem in plain words. */
export function toastText(problems: readonly SaveProblem[]): string {
  return [t('desk.fields.toast'), ...problems.map(problemText)].join('\n');
}

/** Reads the `problems` of a desk answer, dropping anything malformed. */
export function readSaveProblems(value: unknown): SaveProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): SaveProblem[] => {
    const p = item as Partial<SaveProblem> | null;
    if (typeof p?.file !== 'string' || typeof p.field !== 'string' || typeof p.message !== 'string') return [];
    return [
      {
        file: p.file,
        field: p.field,
        message: p.message,
        severity: p.severity === 'warning' ? 'warning' : 'error',
        own: p.own === true,
        ...(typeof p.title === 'string' ? { title: p.title } : {}),
      },
    ];
  });
}
