/**
 * Which references of a built site point nowhere: a page, image, srcset entry,
 * feed, OPML entry or `#anchor` that does not exist. Pure: it is given the
 * site's files and their references.
 */
import { posix } from 'node:path';
import type { FileRefs } from './extract.ts';
import { unbased } from '../site/urls.ts';

export interface BrokenLink {
  /** The file that holds the reference (relative to the site root). */
  file: string;
  /** The reference as written. */
  target: string;
  reason: 'missing' | 'anchor';
}

/** The file a site path is served from: `/a/` → `a/index.html`, `/rss.xml` → `rss.xml`. */
export function fileForPath(path: string, files: ReadonlySet<string>): string | undefined {
  const clean = decodeURIComponent(path).replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) {
    const index = `${clean}index.html`;
    return files.has(index) ? index : undefined;
  }
  if (files.has(clean)) return clean;
  return files.has(`${clean}/index.html`) ? `${clean}/index.html` : undefined;
}

/**
 * Every broken reference. `refs` maps each file (relative path) to what it references;
 * `anchorsOf` gives the ids of a target file that is not in `refs` (a page taken
 * unchanged from the last build, whose own links were checked then).
 */
export function findBrokenLinks(
  refs: ReadonlyMap<string, FileRefs>,
  files: ReadonlySet<string>,
  siteUrl: string,
  anchorsOf: (file: string) => ReadonlySet<string> | undefined = () => undefined,
): BrokenLink[] {
  const site = new URL(siteUrl);
  const broken: BrokenLink[] = [];
  for (const [file, { refs: targets }] of refs) {
    const base = new URL(file, site);
    for (const target of targets) {
      let url: URL;
      try {
        url = new URL(target, base);
      } catch {
        broken.push({ file, target, reason: 'missing' });
        continue;
      }
      // Another site, mailto:, tel:, or another site on this host under its own path (a district's members).
      const inside = url.origin === site.origin ? unbased(url.pathname, site.pathname) : undefined;
      if (inside === undefined) continue;
      const found = fileForPath(inside, files);
      if (!found) {
        broken.push({ file, target, reason: 'missing' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !(refs.get(found)?.anchors ?? anchorsOf(found))?.has(fragment)) broken.push({ file, target, reason: 'anchor' });
    }
  }
  return broken;
}

/** `news/a/index.html` → `/news/a/`, for messages an editor recognises. */
export function pageUrl(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`.replace(posix.sep + posix.sep, posix.sep);
}
