/**
 * Build stage: no link, image, srcset entry, feed link, OPML entry or anchor in
 * the staged site points nowhere. A site with a broken link is not published.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listSiteFiles } from '../incremental.ts';
import { findBrokenLinks, pageUrl } from '../../../../src/lib/links/check.ts';
import { htmlRefs, xmlRefs, type FileRefs } from '../../../../src/lib/links/extract.ts';
import { SITE } from '../../../../src/site.config.ts';
import { t } from '../../../../src/i18n/zh-CN.ts';
import type { Stage } from '../pipeline.ts';

const kindOf = (file: string): 'html' | 'xml' | undefined => (file.endsWith('.html') ? 'html' : /\.(xml|opml)$/.test(file) ? 'xml' : undefined);

function refsOf(dir: string, file: string): FileRefs | undefined {
  const kind = kindOf(file);
  if (!kind) return undefined;
  const text = readFileSync(join(dir, file), 'utf8');
  return kind === 'html' ? htmlRefs(text) : xmlRefs(text, SITE.url);
}

/**
 * Broken references in a built site folder, one line each: the page, then the target.
 * `files` lists the folder when known; with `only`, just those pages and feeds are read
 * (the ones this build wrote: pages taken unchanged from the live release were checked
 * when they were made, and any page that showed a removed entry was rendered again).
 * Every target is checked against all of this build's files.
 */
export function checkLinks(
  dir: string,
  files: readonly string[] = listSiteFiles(dir),
  only?: ReadonlySet<string>,
): { files: number; parsed: number; problems: string[] } {
  const pages = files.filter((f) => kindOf(f) !== undefined);
  const all = new Set(files);
  const anchors = new Map<string, ReadonlySet<string> | undefined>();
  const anchorsOf = (file: string) => {
    if (!anchors.has(file)) anchors.set(file, refsOf(dir, file)?.anchors);
    return anchors.get(file);
  };
  // One page at a time: the references of 160,000 pages held together ran the build out of memory at 100,000 articles.
  let parsed = 0;
  const problems: string[] = [];
  for (const file of pages) {
    if (only && !only.has(file)) continue;
    const found = refsOf(dir, file);
    if (!found) continue;
    parsed++;
    for (const b of findBrokenLinks(new Map([[file, found]]), all, SITE.url, anchorsOf))
      problems.push(`${pageUrl(b.file)}: ${b.target}${t(b.reason === 'anchor' ? 'build.link.noAnchor' : 'build.link.missing')}`);
  }
  return { files: pages.length, parsed, problems };
}

export const linksStage: Stage = {
  name: 'link check',
  run: async (staging, { log, files, rendered }) => {
    const { files: pages, parsed, problems } = checkLinks(staging, files(), rendered);
    if (problems.length > 0) throw new Error(t('build.brokenLinks', { count: problems.length, links: problems.slice(0, 50).join('\n') }));
    log(`[pipeline] links: ${pages} files (${pages - parsed} unchanged since the last build), no broken link`);
  },
};
