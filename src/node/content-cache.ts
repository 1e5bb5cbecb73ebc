/**
 * The content folder as parsed, kept between calls: each call lists the files
 * and stats them, and reads and parses again only those whose size, times or
 * inode changed, so files the desk pulls in, edits made by hand and deletions
 * are all seen, at a fraction of the cost of reading everything.
 */
import { existsSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../lib/check/entries.ts';
import { parseCommunity, parseHonor, parseNews, parseTopics, type Collection, type ParsedContent, type ParsedTopics } from '../lib/check/parse-content.ts';
import type { Problem } from '../lib/check/problem.ts';
import { fileRefs, type FileRefs } from '../lib/check/save-impact.ts';
import { topicIndexOf } from '../lib/check/site-facts.ts';
import type { TopicIndex } from '../lib/site/topics.ts';
import { SITE } from '../site.config.ts';
import { listCollections, readSourceFile, TOPICS_FILE } from './content-files.ts';

type AnyParsed = ParsedContent[Collection][number];

/** One file as last read: a stamp that changes whenever the file does, and what it parsed to. */
interface Known<T> {
  stamp: string | undefined;
  read: T | Problem;
}

interface FolderCache {
  files: Map<string, Known<{ parsed: AnyParsed; refs: FileRefs }>>;
  topics: Known<ParsedTopics> | undefined;
  /** Kept with the topics.yaml it was made from: it remembers pinyin slugs. */
  topicIndex: { from: ParsedTopics | undefined; index: TopicIndex } | undefined;
}

export interface CachedContent {
  parsed: ParsedContent;
  /** What each collection file refers to, by content-relative path. */
  refs: ReadonlyMap<string, FileRefs>;
  topicIndex: TopicIndex;
}

const PARSERS: Record<Collection, (file: SourceFile) => AnyParsed> = { news: parseNews, honors: parseHonor, communities: parseCommunity };

const caches = new Map<string, FolderCache>();

/**
 * A file changed this recently may change again within the same clock tick of
 * the file system (Linux stamps times at its timer's resolution, often 4 ms),
 * leaving the same times and size: it is not trusted, as git does with racy entries.
 */
export const RACY_MS = 2000;

/**
 * Size, change and modification times (nanoseconds) and inode. A symbolic link
 * or a file changed just now gets none, so it is read every time.
 */
function stampOf(abs: string): string | undefined {
  const stat = lstatSync(abs, { bigint: true, throwIfNoEntry: false });
  if (!stat || stat.isSymbolicLink()) return undefined;
  const changed = stat.ctimeMs > stat.mtimeMs ? stat.ctimeMs : stat.mtimeMs;
  if (BigInt(Date.now()) - changed < BigInt(RACY_MS)) return undefined;
  return `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}`;
}

/** `known` when the file is unchanged, else the file read again (stamped before reading, so a write meanwhile is seen next time). */
function refresh<T>(contentDir: string, rel: string, cwd: string, known: Known<T> | undefined, parse: (file: SourceFile) => T): Known<T> {
  const stamp = stampOf(join(contentDir, rel));
  if (known && stamp !== undefined && known.stamp === stamp) return known;
  const read = readSourceFile(contentDir, rel, cwd);
  return { stamp, read: 'text' in read ? parse(read) : read };
}

/** Every content file of every collection, parsed, as `readContent` then `parseContent` would give them. */
export function cachedContent(contentDir: string, cwd: string): CachedContent {
  const key = `${contentDir}\0${cwd}`;
  const cache = caches.get(key) ?? { files: new Map(), topics: undefined, topicIndex: undefined };
  caches.set(key, cache);
  const refused: Problem[] = [];
  const files = new Map<string, Known<{ parsed: AnyParsed; refs: FileRefs }>>();
  const refs = new Map<string, FileRefs>();

  const hasTopics = existsSync(join(contentDir, TOPICS_FILE));
  cache.topics = hasTopics ? refresh(contentDir, TOPICS_FILE, cwd, cache.topics, parseTopics) : undefined;
  const topicsRead = cache.topics?.read;
  const topics = topicsRead && 'problems' in topicsRead ? topicsRead : undefined;
  if (topicsRead && !topics) refused.push(topicsRead as Problem);

  const listed = listCollections(contentDir);
  const collect = <K extends Collection>(collection: K): ParsedContent[K] => {
    const found: AnyParsed[] = [];
    for (const rel of listed[collection]) {
      const known = refresh(contentDir, rel, cwd, cache.files.get(rel), (file) => {
        const parsed = PARSERS[collection](file);
        return { parsed, refs: fileRefs(parsed, SITE.url) };
      });
      files.set(rel, known);
      if ('parsed' in known.read) {
        found.push(known.read.parsed);
        refs.set(rel, known.read.refs);
      } else refused.push(known.read);
    }
    return found as ParsedContent[K];
  };
  // The same order as readContent: topics.yaml, then news, honors and communities.
  const parsed: ParsedContent = { news: collect('news'), honors: collect('honors'), communities: collect('communities'), topics, refused };
  cache.files = files; // files no longer listed are forgotten
  const topicIndex = cache.topicIndex && cache.topicIndex.from === topics ? cache.topicIndex : { from: topics, index: topicIndexOf(topics?.data) };
  cache.topicIndex = topicIndex;
  return { parsed, refs, topicIndex: topicIndex.index };
}

/** Forgets what was read from every folder (for tests and the bench's cold runs). */
export function forgetContent(): void {
  caches.clear();
}
