/** Checks that reach outside one file: images on disk, links to other pages. */
import { posix } from 'node:path';
import { t } from '../../i18n/zh-CN.ts';
import { findImages, findLinks, isExternal } from '../text/markdown-refs.ts';
import { classifySitePath } from '../site/urls.ts';
import type { PublishState } from '../site/publish.ts';
import { slugFromPath } from '../text/slug.ts';
import type { SourceFile } from './entries.ts';
import { FORMAT_NAMES, judgePhoto, type PhotoFacts } from './photo-file.ts';
import type { Fix, Problem, Severity } from './problem.ts';
import { formatBytes } from './text-file.ts';

/** Resolves a path written in `file` to a path relative to the content folder, as written (front matter). */
export function resolveRel(file: SourceFile, ref: string): string {
  return posix.normalize(posix.join(posix.dirname(file.rel), ref.replace(/[?#].*$/, '')));
}

/** A Markdown image's path: a URL, so `my%20photo.jpg` names `my photo.jpg`. */
export function resolveMarkdownRel(file: SourceFile, ref: string): string {
  try {
    return resolveRel(file, decodeURI(ref));
  } catch {
    return resolveRel(file, ref); // a lone % is part of the name
  }
}

/** What the checker learns about a content-relative photo path. */
export type PhotoLookup = (rel: string) => PhotoFacts;

/** `http://`, `https://` and `//host/…` photos: the site never loads another host's photos. */
const isRemote = (src: string): boolean => /^(?:https?:)?\/\//i.test(src);

/**
 * A photo written in `file` must be local, present and showable; `field` is
 * where it was written, `markdown` whether in the body (a URL) or front matter (a path).
 */
export function imageFileProblem(file: SourceFile, field: string, src: string, severity: Severity, photo: PhotoLookup, markdown = false): Problem | undefined {
  const problem = (message: string, fix?: Fix): Problem => ({ file: file.path, field, message, severity, ...(fix ? { fix } : {}) });
  if (isRemote(src)) {
    const dir = posix.join(posix.dirname(file.path), 'images/');
    return problem(t('check.photo.remote', { value: src, dir }), { kind: 'download', file: file.rel, src });
  }
  if (isExternal(src) || src.startsWith('/')) return undefined;
  const rel = markdown ? resolveMarkdownRel(file, src) : resolveRel(file, src);
  const verdict = judgePhoto(rel, photo(rel));
  const value = src;
  switch (verdict.kind) {
    case 'ok':
      return undefined;
    case 'missing':
      return problem(t('check.missingImage', { value, expected: posix.join(posix.dirname(file.path), posix.relative(posix.dirname(file.rel), rel)) }));
    case 'case': {
      const written = posix.relative(posix.dirname(file.rel), verdict.actual);
      return problem(t('check.photo.caseMismatch', { value, actual: src.startsWith('./') ? `./${written}` : written }));
    }
    case 'outside':
      return problem(t('check.photo.outside', { value, target: verdict.target }));
    case 'empty':
      return problem(t('check.photo.empty', { value }));
    case 'truncated':
      return problem(t('check.photo.truncated', { value, size: formatBytes(verdict.size) }));
    case 'unreadable':
      return problem(t('check.photo.unreadable', { value }));
    case 'heic':
      return problem(t('check.photo.heic', { value }), { kind: 'heic', image: rel, file: file.rel, src });
    case 'unsupported':
      return problem(t('check.photo.unsupported', { value, format: verdict.format }));
    case 'extension':
      return problem(t('check.photo.extension', { value, ext: verdict.ext, to: verdict.to }), {
        kind: 'rename',
        image: rel,
        file: file.rel,
        src,
        ext: verdict.to,
      });
    case 'mismatch':
      // Browsers never see the original (Astro re-encodes it), so this one is advice.
      return {
        ...problem(t('check.photo.mismatch', { value, ext: verdict.ext, format: FORMAT_NAMES[verdict.format] }), { kind: 'photo-format', image: rel }),
        severity: 'warning',
      };
  }
}

/** Every body image is local, present, showable and has alt text. */
export function bodyImageProblems(file: SourceFile, body: string, bodyLine: number, severity: Severity, photo: PhotoLookup): Problem[] {
  return findImages(body, bodyLine).flatMap((img) => {
    const field = t('check.bodyLine', { line: img.line });
    // Raw <img> is removed at build (docs/security.md): say so, rather than check a file it will never use.
    if (img.html) return [{ file: file.path, field, message: t('check.rawImage', { value: img.src }), severity: 'warning' as const }];
    const found: Problem[] = [];
    const missing = imageFileProblem(file, field, img.src, severity, photo, true);
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
    const field = t('check.bodyLine', { line: link.line });
    const verdict = judgeTarget(linkTarget(file, link.href, targets.siteUrl), targets);
    if (verdict === 'broken') problems.push({ file: file.path, field, message: t('check.brokenLink', { value: link.href }), severity });
    if (verdict === 'unpublished' && state !== 'draft') {
      problems.push({ file: file.path, field, message: t('check.unpublishedLink', { value: link.href }), severity });
    }
  }
  return problems;
}

/**
 * What a link points at, found from the link alone: whether it is fine or broken
 * whatever the site holds, or which site fact decides (the desk caches these per file).
 */
export type LinkTarget =
  { kind: 'ok' | 'broken' } | { kind: 'news'; slug: string } | { kind: 'rel'; rel: string } | { kind: 'community' | 'topic' | 'honor'; key: string };

export function linkTarget(file: SourceFile, rawHref: string, siteUrl: string): LinkTarget {
  let href = rawHref;
  if (href.startsWith(siteUrl)) href = `/${href.slice(siteUrl.length)}`;
  if (href.startsWith('#') || isExternal(href)) return { kind: 'ok' };
  if (!href.startsWith('/')) {
    // A relative link to another article's Markdown file.
    if (!/\.mdx?(?:[?#].*)?$/.test(href)) return { kind: 'ok' };
    return { kind: 'rel', rel: resolveRel(file, href) };
  }
  const target = classifySitePath(href);
  switch (target.kind) {
    case 'news':
      return { kind: 'news', slug: target.slug };
    case 'community':
      return { kind: 'community', key: target.id };
    case 'topic':
      return { kind: 'topic', key: target.slug };
    case 'honor':
      return { kind: 'honor', key: `${target.year}/${target.id}` };
    case 'unknown':
      return { kind: 'broken' };
    default:
      return { kind: 'ok' };
  }
}

/** Whether a link's target is public, given what the site holds. */
export function judgeTarget(target: LinkTarget, targets: LinkTargets): LinkVerdict {
  switch (target.kind) {
    case 'ok':
    case 'broken':
      return target.kind;
    case 'news':
      return newsVerdict(targets.newsState.get(target.slug));
    case 'rel': {
      const slug = targets.newsByRel.get(target.rel);
      return slug === undefined ? 'broken' : newsVerdict(targets.newsState.get(slug));
    }
    case 'community':
      return targets.communities.has(target.key) ? 'ok' : 'broken';
    case 'topic':
      return targets.topicSlugs.has(target.key) ? 'ok' : 'broken';
    case 'honor':
      return targets.honors.has(target.key) ? 'ok' : 'broken';
  }
}

export type LinkVerdict = 'ok' | 'broken' | 'unpublished';

function newsVerdict(state: PublishState | undefined): LinkVerdict {
  if (state === undefined) return 'broken';
  return state === 'published' ? 'ok' : 'unpublished';
}

/** The honor key used in URLs: `<year>/<id>`. */
export const honorKey = (year: number, rel: string): string => `${year}/${slugFromPath(rel)}`;
