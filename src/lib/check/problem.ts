/** Problems found in content, and their one-line form `<file>: <field>: <message>`. */
import type { z } from 'astro/zod';
import { isUiKey, t } from '../../i18n/zh-CN.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path of the file as the editor should see it (relative to the working folder). */
  file: string;
  /** Dotted field path (`review.final`), or `slug`, `body`, `frontmatter`. */
  field: string;
  /** Simplified-Chinese message: the problem, then the fix. */
  message: string;
  severity: Severity;
  /** What `npm run content:check -- --fix` can do about it (carried out by scripts/lib/fix/). */
  fix?: Fix | undefined;
}

/** A repair the checker knows how to make; paths are relative to the content folder. */
export type Fix =
  /** Convert a text file to UTF-8. */
  | { kind: 'reencode'; rel: string }
  /** Convert an iPhone photo to JPEG and point `file`'s reference `src` at it. */
  | { kind: 'heic'; image: string; file: string; src: string }
  /** Rename a photo to the extension `ext` and point `file`'s reference `src` at it. */
  | { kind: 'rename'; image: string; file: string; src: string; ext: string }
  /** Save a photo again in the format its extension names. */
  | { kind: 'photo-format'; image: string }
  /** Download a remote photo into the article's images/ folder and point `src` at it. */
  | { kind: 'download'; file: string; src: string };

/** The line printed for a problem; warnings carry 提醒 so they read as advice. */
export function formatProblem(p: Problem): string {
  const message = p.severity === 'warning' ? t('check.warning', { message: p.message }) : p.message;
  return `${p.file}: ${p.field}: ${message}`;
}

/** The label editors know a field by (`review.final` → 终审人). */
export function fieldLabel(path: string): string {
  const key = `field.${path}`;
  return isUiKey(key) ? t(key) : path;
}

/** A choice with its Chinese name when it has one (`civility（文明红榜）`). */
function choiceLabel(field: string, value: string): string {
  const key = field === 'category' ? `honor.category.${value}` : `${field}.${value}`;
  return isUiKey(key) ? `${value}（${t(key)}）` : value;
}

const KIND_KEYS = {
  string: 'kind.string',
  number: 'kind.number',
  int: 'kind.number',
  boolean: 'kind.boolean',
  array: 'kind.array',
  object: 'kind.object',
} as const;

/** Turns zod's issues into editor-readable problems, one per issue. */
export function issuesToProblems(file: string, issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const field = issue.path.map(String).join('.') || 'frontmatter';
    const label = fieldLabel(field);
    const problem = (message: string, at = field): Problem => ({ file, field: at, message, severity: 'error' });
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) => {
          const at = field === 'frontmatter' ? key : `${field}.${key}`;
          return problem(t('check.unknownField', { key }), at);
        });
      case 'invalid_type': {
        if (issue.input === undefined) return [problem(t('check.required', { label }))];
        if (issue.expected === 'int') return [problem(t('check.notInteger', { label }))];
        const kind = KIND_KEYS[issue.expected as keyof typeof KIND_KEYS];
        return [problem(t('check.wrongType', { label, expected: kind ? t(kind) : issue.expected }))];
      }
      case 'too_small':
        if (issue.origin === 'string' || issue.origin === 'array') return [problem(t('check.empty', { label }))];
        return [problem(t('check.tooSmall', { label, minimum: String(issue.minimum) }))];
      case 'too_big':
        return [problem(t('check.tooBig', { label, maximum: String(issue.maximum) }))];
      case 'invalid_value': {
        const options = issue.values.map((v) => choiceLabel(field, String(v))).join('、');
        return [problem(t('check.invalidChoice', { label, value: String(issue.input), options }))];
      }
      case 'custom':
        return [problem(issue.message)];
      default:
        return [problem(t('check.wrongType', { label, expected: issue.message }))];
    }
  });
}
