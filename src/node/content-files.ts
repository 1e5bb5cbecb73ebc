/**
 * The file-system side of content checking: finds and reads content files so
 * the pure checker in `src/lib/check` can judge them. Used by `content:check`,
 * the build, and the content loaders.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ContentInput } from '../lib/check/check-content.ts';
import type { SourceFile } from '../lib/check/entries.ts';
import { parseChinaTime } from '../lib/china-time.ts';
import { readYaml } from '../lib/frontmatter.ts';
import { topicsFileSchema } from '../lib/schemas/topics.ts';
import { TopicIndex } from '../lib/topics.ts';

/** Where each collection's files live inside the content folder. */
export const COLLECTION_GLOBS = {
  news: 'news/**/*.{md,mdx}',
  honors: 'honors/**/*.md',
  communities: 'communities/*.{yaml,yml}',
} as const;

export const TOPICS_FILE = 'topics.yaml';

/** The settings every entry point reads from the environment. */
export interface BuildEnv {
  /** Absolute path of the content folder (`CONTENT_DIR`, default `./content`). */
  contentDir: string;
  /** "Now" for scheduling (`SITE_NOW`, default the real clock). */
  now: Date;
  /**
   * Keep drafts and scheduled articles, with a banner, for the editors' preview
   * (`PREVIEW_DRAFTS=1`, set by `npm run dev` only; the build refuses it).
   */
  previewDrafts: boolean;
}

/** Reads `CONTENT_DIR` and `SITE_NOW`; throws a readable error for a bad `SITE_NOW`. */
export function resolveBuildEnv(env: Readonly<Record<string, string | undefined>>, cwd: string, clock: () => Date = () => new Date()): BuildEnv {
  const contentDir = resolve(cwd, env['CONTENT_DIR'] || 'content');
  const nowText = env['SITE_NOW'];
  const now = nowText ? parseChinaTime(nowText) : clock();
  if (!now) throw new Error(`SITE_NOW=${nowText}: 不是有效的时间——请写成 2026-01-01T08:00:00+08:00`);
  return { contentDir, now, previewDrafts: env['PREVIEW_DRAFTS'] === '1' };
}

/** How a path is shown to editors: relative to the working folder when inside it. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split(sep).join('/');
}

/** Reads one content file; `rel` is POSIX and relative to the content folder. */
export function readSourceFile(contentDir: string, rel: string, cwd: string): SourceFile {
  const abs = join(contentDir, rel);
  return { path: displayPath(abs, cwd), rel, text: readFileSync(abs, 'utf8') };
}

/** POSIX paths, relative to the content folder, of files matching `pattern`, sorted. */
export function listFiles(contentDir: string, pattern: string): string[] {
  if (!existsSync(contentDir)) return [];
  return globSync(pattern, { cwd: contentDir })
    .map((p) => p.split(sep).join('/'))
    .filter((p) => !p.split('/').some((part) => part.startsWith('_') || part.startsWith('.')))
    .sort();
}

/** Every content file of every collection, read. */
export function readContent(contentDir: string, cwd: string): ContentInput {
  const read = (pattern: string) => listFiles(contentDir, pattern).map((rel) => readSourceFile(contentDir, rel, cwd));
  const topicsPath = join(contentDir, TOPICS_FILE);
  return {
    news: read(COLLECTION_GLOBS.news),
    honors: read(COLLECTION_GLOBS.honors),
    communities: read(COLLECTION_GLOBS.communities),
    topics: existsSync(topicsPath) ? readSourceFile(contentDir, TOPICS_FILE, cwd) : undefined,
  };
}

/** `exists` for the checker: whether a content-relative path is a file on disk. */
export function existsIn(contentDir: string): (rel: string) => boolean {
  return (rel) => !rel.startsWith('..') && existsSync(join(contentDir, rel));
}

/** The topic index from `topics.yaml` (empty when the file is absent; content:check reports a broken one). */
export function loadTopicIndex(contentDir: string): TopicIndex {
  const path = join(contentDir, TOPICS_FILE);
  if (!existsSync(path)) return new TopicIndex();
  const doc = readYaml(readFileSync(path, 'utf8'));
  const parsed = doc.ok ? topicsFileSchema.safeParse(doc.data ?? {}) : undefined;
  return new TopicIndex(parsed?.success ? parsed.data : {});
}
