/** Checks that reach outside one file: images on disk, links to other pages. */
import { posix } from 'node:path';
import { t } from '../../i18n/zh-CN.ts';
import { findImages, findLinks, isExternal } from '../markdown-refs.ts';
import { classifySitePath } from '../routes.ts';
import type { PublishState } from '../publish.ts';
import { slugFromPath } from '../slug.ts';
import type { SourceFile } from './entries.ts';
import type { Problem, Severity } from './problem.ts';

/** Resolves a path written in `file` to a path relative to the content folder. */
export function resolveRel(file: SourceFile, ref: string): string {
  return posix.normalize(posix.join(posix.dirname(file.rel), ref.replace(/[?#].*$/, '')));
}

/** A local image path that must exist; `field` is where it was written. */
export function imageFileProblem(file: SourceFile, field: string, src: string, severity: Severity, exists: (rel: string) => boolean): Problem | undefined {
  if (isExternal(src) || src.startsWith('/')) return undefined;
  if (exists(resolveRel(file, src))) return undefined;
  const expected = posix.normalize(posix.join(posix.dirname(file.path), src));
  return { file: file.path, field, message: t('check.missingImage', { value: src, expected }), severity };
}

/** Every body image exists and has alt text. */
export function bodyImageProblems(file: SourceFile, body: string, bodyLine: number, severity: Severity, exists: (rel: string) => boolean): Problem[] {
  return findImages(body, bodyLine).flatMap((img) => {
    const field = `body（第 ${img.line} 行）`;
    // Raw <img> is removed at build (docs/security.md): say so, rather than check a file it will never use.
    if (img.html) return [{ file: file.path, field, message: t('check.rawImage', { value: img.src }), severity: 'warning' as const }];
    const found: Problem[] = [];
    const missing = imageFileProblem(file, field, img.src, severity, exists);
    if (missing) found.push(missing);
    if (!img.alt) found.push({ file: file.path, field, message: t('check.missingAlt', { value: img.src }), severity });
    return found;
  });
}

/** What a link checker needs to know about the site's content. */
export interface LinkTargets {
  newsState: ReadonlyMap<string, PublishState>;
  /** news slugs by content-relative file path, for `./other.md` links */
  newsByRel: ReadonlyMap<string, string>;
  communities: ReadonlySet<string>;
  topicSlugs: ReadonlySet<string>;
  honors: ReadonlySet<string>;
  siteUrl: string;
}

/**
 * Links from a published article must lead somewhere public. A draft's links
 * are only advice: it may well link to another article still in the works.
 */
export function linkProblems(file: SourceFile, body: string, bodyLine: number, state: PublishState, targets: LinkTargets): Problem[] {
  const severity: Severity = state === 'draft' ? 'warning' : 'error';
  const problems: Problem[] = [];
  for (const link of findLinks(body, bodyLine)) {
    const field = `body（第 ${link.line} 行）`;
    const verdict = judgeLink(file, link.href, targets);
    if (verdict === 'broken') problems.push({ file: file.path, field, message: t('check.brokenLink', { value: link.href }), severity });
    if (verdict === 'unpublished' && state !== 'draft') {
      problems.push({ file: file.path, field, message: t('check.unpublishedLink', { value: link.href }), severity });
    }
  }
  return problems;
}

function judgeLink(file: SourceFile, rawHref: string, targets: LinkTargets): 'ok' | 'broken' | 'unpublished' {
  let href = rawHref;
  if (href.startsWith(targets.siteUrl)) href = `/${href.slice(targets.siteUrl.length)}`;
  if (href.startsWith('#') || isExternal(href)) return 'ok';
  if (!href.startsWith('/')) {
    // A relative link to another article's Markdown file.
    if (!/\.mdx?(?:[?#].*)?$/.test(href)) return 'ok';
    const slug = targets.newsByRel.get(resolveRel(file, href));
    return slug === undefined ? 'broken' : newsVerdict(targets.newsState.get(slug));
  }
  const target = classifySitePath(href);
  switch (target.kind) {
    case 'news':
      return newsVerdict(targets.newsState.get(target.slug));
    case 'community':
      return targets.communities.has(target.id) ? 'ok' : 'broken';
    case 'topic':
      return targets.topicSlugs.has(target.slug) ? 'ok' : 'broken';
    case 'honor':
      return targets.honors.has(`${target.year}/${target.id}`) ? 'ok' : 'broken';
    case 'unknown':
      return 'broken';
    default:
      return 'ok';
  }
}

function newsVerdict(state: PublishState | undefined): 'ok' | 'broken' | 'unpublished' {
  if (state === undefined) return 'broken';
  return state === 'published' ? 'ok' : 'unpublished';
}

/** The honor key used in URLs: `<year>/<id>`. */
export const honorKey = (year: number, rel: string): string => `${year}/${slugFromPath(rel)}`;
