/**
 * Build stage: no link, image, srcset entry, feed link, OPML entry or anchor in
 * the staged site points nowhere. A site with a broken link is not published.
 */
import { createHash } from 'node:crypto';
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findBrokenLinks, pageUrl } from '../../../src/lib/links/check.ts';
import { htmlRefs, xmlRefs, type FileRefs } from '../../../src/lib/links/extract.ts';
import { SITE } from '../../../src/site.config.ts';
import type { Stage } from '../pipeline.ts';

type CachedRefs = Record<string, { anchors: string[]; refs: string[] }>;

function readCache(file: string | undefined): CachedRefs {
  if (!file || !existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CachedRefs;
  } catch {
    return {};
  }
}

/**
 * Broken references in a built site folder, one line each: the page, then the target.
 * With `cacheFile`, the references of a file whose bytes were seen in the last build
 * are taken from there instead of parsing it again (every target is still checked
 * against this build's files, so a deleted page is still caught).
 */
export function checkLinks(dir: string, cacheFile?: string): { files: number; parsed: number; problems: string[] } {
  // Pagefind's own files reference each other by hash, which its loader resolves.
  const files = globSync('**/*', { cwd: dir, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1).split('\\').join('/'));
  const cache = readCache(cacheFile);
  const next: CachedRefs = {};
  const refs = new Map<string, FileRefs>();
  let parsed = 0;
  for (const file of files) {
    const kind = file.endsWith('.html') ? 'html' : /\.(xml|opml)$/.test(file) ? 'xml' : undefined;
    if (!kind) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    const key = createHash('sha1').update(text).digest('base64url');
    const known = cache[key];
    const found: FileRefs = known ? { anchors: new Set(known.anchors), refs: known.refs } : kind === 'html' ? htmlRefs(text) : xmlRefs(text, SITE.url);
    if (!known) parsed++;
    next[key] = { anchors: [...found.anchors], refs: found.refs };
    refs.set(file, found);
  }
  if (cacheFile) {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(next));
  }
  const broken = findBrokenLinks(refs, new Set(files), SITE.url);
  return {
    files: refs.size,
    parsed,
    problems: broken.map((b) => `${pageUrl(b.file)}: ${b.target}${b.reason === 'anchor' ? '（页面存在，但没有这个锚点）' : '（不存在）'}`),
  };
}

export const linksStage: Stage = {
  name: 'link check',
  run: async (staging, { log, cacheDir }) => {
    const { files, parsed, problems } = checkLinks(staging, join(cacheDir, 'link-refs.json'));
    if (problems.length > 0) throw new Error(`发现 ${problems.length} 个失效链接，未发布：\n${problems.slice(0, 50).join('\n')}`);
    log(`[pipeline] links: ${files} files (${files - parsed} unchanged since the last build), no broken link`);
  },
};
