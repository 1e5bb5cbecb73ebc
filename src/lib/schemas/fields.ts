/** Field builders shared by the collection schemas, so every collection reads a field the same way. */
import { z } from 'astro/zod';
import { parseChinaTime } from '../china-time.ts';
import { parseFocus } from '../wechat/focus.ts';
import { t } from '../../i18n/zh-CN.ts';

/** Ids and slugs: ASCII kebab-case, so URLs never carry percent-encoded Han characters. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A required line of text. */
export const requiredText = () => z.string().trim().min(1);

/** Optional text; an empty value is an error rather than silently ignored. */
export const optionalText = () => z.string().trim().min(1).optional();

/** A list of names; a single name (`authors: 张三`) is accepted as a list of one. */
export const nameList = () => z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(requiredText())).optional();

/** A content id (community id, honor id): ASCII kebab-case. */
export const contentId = () =>
  z.string().refine((v) => SLUG_PATTERN.test(v), {
    error: (issue) => t('check.badId', { value: String(issue.input) }),
  });

/**
 * A time as editors write it, meaning China time unless it carries an offset.
 * Front matter is read with YAML 1.2 (no implicit timestamps), so it arrives as text.
 */
export const chinaTime = () =>
  z.string().transform((text, ctx) => {
    const date = parseChinaTime(text);
    if (date) return date;
    ctx.addIssue({ code: 'custom', message: t('check.badDate', { value: text }), input: text });
    return z.NEVER;
  });

/** A non-negative whole number (households, population, …). */
export const count = () => z.number().int().min(0).optional();

/** A point of a picture as `x% y%` (`50% 30%`), as CSS `object-position` writes it. */
export const focusField = () =>
  z.string().refine((v) => parseFocus(v) !== undefined, {
    error: (issue) => t('check.badFocus', { value: String(issue.input) }),
  });
