/** File names for new articles: the pinyin of the title's first words, kept short. */
import { isValidSlug } from '../text/slug.ts';
import { pinyinSlug } from '../site/topics.ts';

const MAX_SYLLABLES = 8;
const MIN_SYLLABLES = 4;
const FALLBACK = 'article';

/**
 * `罗家坡社区：社区成为大家庭` → `luo-jia-po-she-qu`. Whole clauses are taken
 * until there are enough syllables to tell articles apart, then cut to at most
 * eight, so a URL stays readable on a phone.
 */
export function articleSlug(title: string): string {
  const clauses = title.split(/[：:，,、；;\s|｜—]+/u).filter((c) => c !== '');
  const parts: string[] = [];
  for (const clause of clauses) {
    parts.push(
      ...pinyinSlug(clause)
        .split('-')
        .filter((p) => p !== ''),
    );
    if (parts.length >= MIN_SYLLABLES) break;
  }
  const slug = parts.slice(0, MAX_SYLLABLES).join('-');
  return isValidSlug(slug) ? slug : FALLBACK;
}

/** `base`, else `base-2`, `base-3` … : the first that `taken` says is free. */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
