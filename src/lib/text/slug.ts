/** URL slugs of content files: the file name without extension, ASCII kebab-case. */
import { SLUG_PATTERN } from '../schemas/fields.ts';

/** The slug a content file gets: its base name without extension (`news/2021/a-b.md` → `a-b`). */
export function slugFromPath(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.[^.]+$/, '');
}

/**
 * Whether `slug` may be used in a URL. An all-digit slug is refused: `/news/2/`
 * is the second page of the news list.
 */
export function isValidSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug) && /[a-z]/.test(slug);
}
