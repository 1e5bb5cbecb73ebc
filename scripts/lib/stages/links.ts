/**
 * Build stage: no link, image, srcset entry, feed link, OPML entry or anchor in
 * the staged site points nowhere. A site with a broken link is not published.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBrokenLinks, pageUrl } from '../../../src/lib/links/check.ts';
import { htmlRefs, xmlRefs, type FileRefs } from '../../../src/lib/links/extract.ts';
import { SITE } from '../../../src/site.config.ts';
import type { Stage } from '../pipeline.ts';

/** Broken references in a built site folder, one line each: the page, then the target. */
export function checkLinks(dir: string): { files: number; problems: string[] } {
  // Pagefind's own files reference each other by hash, which its loader resolves.
  const files = globSync('**/*', { cwd: dir, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1).split('\\').join('/'));
  const refs = new Map<string, FileRefs>();
  for (const file of files) {
    if (file.endsWith('.html')) refs.set(file, htmlRefs(readFileSync(join(dir, file), 'utf8')));
    else if (/\.(xml|opml)$/.test(file)) refs.set(file, xmlRefs(readFileSync(join(dir, file), 'utf8'), SITE.url));
  }
  const broken = findBrokenLinks(refs, new Set(files), SITE.url);
  return {
    files: refs.size,
    problems: broken.map((b) => `${pageUrl(b.file)}: ${b.target}${b.reason === 'anchor' ? '（页面存在，但没有这个锚点）' : '（不存在）'}`),
  };
}

export const linksStage: Stage = {
  name: 'link check',
  run: async (staging, { log }) => {
    const { files, problems } = checkLinks(staging);
    if (problems.length > 0) throw new Error(`发现 ${problems.length} 个失效链接，未发布：\n${problems.slice(0, 50).join('\n')}`);
    log(`[pipeline] links: ${files} files, no broken link`);
  },
};
