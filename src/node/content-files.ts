/**
 * The file-system side of content checking: finds and reads content files so
 * the pure checker in `src/lib/check` can judge them. Used by `content:check`,
 * the build, and the content loaders.
 */
import { closeSync, existsSync, globSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { ContentInput } from '../lib/check/check-all.ts';
import type { SourceFile } from '../lib/check/entries.ts';
import { sourceFromBytes } from '../lib/check/text-file.ts';
import { t } from '../i18n/zh-CN.ts';
import type { PhotoFacts } from '../lib/check/photo-file.ts';
import type { Problem } from '../lib/check/problem.ts';
import type { PhotoLookup } from '../lib/check/references.ts';
import { readYaml } from '../lib/text/frontmatter.ts';
import { topicsFileSchema } from '../lib/schemas/topics.ts';
import { TopicIndex } from '../lib/site/topics.ts';

/** Where each collection's files live inside the content folder. */
export const COLLECTION_GLOBS = {
  news: 'news/**/*.{md,mdx}',
  honors: 'honors/**/*.md',
  communities: 'communities/*.{yaml,yml}',
} as const;

export { TOPICS_FILE } from '../lib/check/parse-content.ts';
import { TOPICS_FILE } from '../lib/check/parse-content.ts';

/** How a path is shown to editors: relative to the working folder when inside it. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split(sep).join('/');
}

/**
 * Reads one content file; `rel` is POSIX and relative to the content folder.
 * A file the site cannot read as it stands (another encoding, binary, too
 * large, a link out of the folder) comes back as the problem that says so.
 */
export function readSourceFile(contentDir: string, rel: string, cwd: string): SourceFile | Problem {
  const abs = join(contentDir, rel);
  const path = displayPath(abs, cwd);
  const outside = outsideTarget(contentDir, abs);
  const target = outside === undefined ? undefined : displayPath(outside, cwd);
  let bytes = new Uint8Array();
  try {
    if (target === undefined) bytes = readFileSync(abs);
  } catch (error) {
    // A broken link, a file without read permission: named, never a crash.
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? t('check.file.brokenLink')
        : code === 'EACCES'
          ? t('check.file.noPermission')
          : t('check.unreadable', { detail: code ?? String(error) });
    return { file: path, field: 'file', message, severity: 'error' };
  }
  return sourceFromBytes({ path, rel, bytes, symlinkTarget: target });
}

/** Where a symbolic link at `abs` leads, when that is outside the content folder (a broken link counts as missing, not outside). */
function outsideTarget(contentDir: string, abs: string): string | undefined {
  if (!lstatSync(abs, { throwIfNoEntry: false })?.isSymbolicLink()) return undefined;
  const real = (() => {
    try {
      return realpathSync(abs);
    } catch {
      return undefined;
    }
  })();
  return real !== undefined && !isInside(realpathSync(contentDir), real) ? real : undefined;
}

function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** POSIX paths, relative to the content folder, of files matching `pattern`, sorted. */
export function listFiles(contentDir: string, pattern: string): string[] {
  if (!existsSync(contentDir)) return [];
  return globSync(pattern, { cwd: contentDir })
    .map((p) => p.split(sep).join('/'))
    .filter((p) => !p.split('/').some((part) => part.startsWith('_') || part.startsWith('.')))
    .sort();
}

/** What each collection's glob (COLLECTION_GLOBS) matches: how far down it looks and which names. */
const COLLECTION_WALKS = {
  news: { deep: true, name: /\.mdx?$/ },
  honors: { deep: true, name: /\.md$/ },
  communities: { deep: false, name: /\.ya?ml$/ },
} as const;

/**
 * `listFiles` for each collection in one walk of the folders, several times
 * faster than three globs at 10,000 articles (the desk lists them every save).
 */
export function listCollections(contentDir: string): Record<keyof typeof COLLECTION_GLOBS, string[]> {
  const walk = (dir: string, deep: boolean, name: RegExp, found: string[]): string[] => {
    const entries = existsSync(join(contentDir, dir)) ? readdirSync(join(contentDir, dir), { withFileTypes: true }) : [];
    for (const entry of entries) {
      if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (deep) walk(rel, deep, name, found);
      } else if (name.test(entry.name)) found.push(rel);
    }
    return found;
  };
  const list = (key: keyof typeof COLLECTION_WALKS) => walk(key, COLLECTION_WALKS[key].deep, COLLECTION_WALKS[key].name, []).sort();
  return { news: list('news'), honors: list('honors'), communities: list('communities') };
}

/** Every content file of every collection, read. */
export function readContent(contentDir: string, cwd: string): ContentInput {
  const refused: Problem[] = [];
  const keep = (read: SourceFile | Problem): read is SourceFile => {
    if ('text' in read) return true;
    refused.push(read);
    return false;
  };
  const read = (pattern: string) =>
    listFiles(contentDir, pattern)
      .map((rel) => readSourceFile(contentDir, rel, cwd))
      .filter(keep);
  const topics = existsSync(join(contentDir, TOPICS_FILE)) ? readSourceFile(contentDir, TOPICS_FILE, cwd) : undefined;
  return {
    news: read(COLLECTION_GLOBS.news),
    honors: read(COLLECTION_GLOBS.honors),
    communities: read(COLLECTION_GLOBS.communities),
    topics: topics && keep(topics) ? topics : undefined,
    refused,
  };
}

/** `exists` for the checker: whether a content-relative path is a file on disk. */
export function existsIn(contentDir: string): (rel: string) => boolean {
  return (rel) => !rel.startsWith('..') && existsSync(join(contentDir, rel));
}

/** What the checker asks of the file system about one content folder. */
export function filesIn(contentDir: string): { exists: (rel: string) => boolean; photo: PhotoLookup } {
  return { exists: existsIn(contentDir), photo: photoLookup(contentDir) };
}

/**
 * `photo` for the checker: reads only the bytes it asks for (a header, the
 * last 64 KB), once per path, so checking 10,000 covers stays cheap.
 */
export function photoLookup(contentDir: string): PhotoLookup {
  const seen = new Map<string, PhotoFacts>();
  const listings = new Map<string, Listing>();
  const list = (dir: string) => {
    let listing = listings.get(dir);
    if (!listing) {
      const names = existsSync(dir) ? readdirSync(dir) : [];
      listings.set(dir, (listing = { exact: new Set(names), lower: new Map(names.map((n) => [n.toLowerCase(), n])) }));
    }
    return listing;
  };
  return (rel) => {
    let facts = seen.get(rel);
    if (!facts) seen.set(rel, (facts = photoFacts(contentDir, rel, list)));
    return facts;
  };
}

/** A folder's file names, for finding one whatever its letter case. */
interface Listing {
  exact: Set<string>;
  lower: Map<string, string>;
}

function photoFacts(contentDir: string, rel: string, list: (dir: string) => Listing): PhotoFacts {
  if (rel.startsWith('..')) return { kind: 'missing' };
  const abs = join(contentDir, rel);
  const target = outsideTarget(contentDir, abs);
  if (target !== undefined) return { kind: 'outside', target };
  // Compared with the folder's listing, not by opening the file: Windows and macOS open `A.jpg` for `a.jpg`.
  const spelled = spelledOnDisk(contentDir, rel, list);
  if (spelled === undefined) return { kind: 'missing' };
  if (spelled !== rel) return { kind: 'case', actual: spelled };
  const stat = statSync(abs, { throwIfNoEntry: false });
  if (!stat?.isFile()) return { kind: 'missing' };
  return {
    kind: 'file',
    size: stat.size,
    read: (offset, length) => {
      const bytes = new Uint8Array(length);
      const fd = openSync(abs, 'r');
      try {
        return bytes.subarray(0, readSync(fd, bytes, 0, length, offset));
      } finally {
        closeSync(fd);
      }
    },
  };
}

/** `rel` as the folders spell it: the same, one differing in letter case, or undefined when there is none. */
function spelledOnDisk(contentDir: string, rel: string, list: (dir: string) => Listing): string | undefined {
  let dir = contentDir;
  const found: string[] = [];
  for (const part of rel.split('/')) {
    const listing = list(dir);
    const match = listing.exact.has(part) ? part : listing.lower.get(part.toLowerCase());
    if (match === undefined) return undefined;
    found.push(match);
    dir = join(dir, match);
  }
  return found.join('/');
}

/** The topic index from `topics.yaml` (empty when the file is absent; content:check reports a broken one). */
export function loadTopicIndex(contentDir: string): TopicIndex {
  const path = join(contentDir, TOPICS_FILE);
  if (!existsSync(path)) return new TopicIndex();
  const doc = readYaml(readFileSync(path, 'utf8'));
  const parsed = doc.ok ? topicsFileSchema.safeParse(doc.data ?? {}) : undefined;
  return new TopicIndex(parsed?.success ? parsed.data : {});
}
