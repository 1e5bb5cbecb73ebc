/**
 * A desk save applied to parsed content without writing it: the saved files in
 * place (parsed), the deleted ones gone, the uploaded photos judged from their bytes.
 */
import type { SourceFile } from './entries.ts';
import { parseCommunity, parseHonor, parseNews, parseTopics, TOPICS_FILE, type Collection, type ParsedContent } from './parse-content.ts';
import type { PhotoFacts } from './photo-file.ts';
import type { PhotoLookup } from './references.ts';

/** Which collection a content-relative path belongs to (the same folders as COLLECTION_GLOBS). */
export function collectionOf(rel: string): Collection | undefined {
  if (/^news\/.+\.mdx?$/.test(rel)) return 'news';
  if (/^honors\/.+\.md$/.test(rel)) return 'honors';
  if (/^communities\/[^/]+\.ya?ml$/.test(rel)) return 'communities';
  return undefined;
}

/** What the checker knows about a photo that exists only as uploaded bytes. */
export function uploadFacts(bytes: Uint8Array): PhotoFacts {
  return { kind: 'file', size: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) };
}

/** `disk` as the save would leave it: `pending` (content-relative path → bytes) added, `gone` removed. */
export function savedPhotos(disk: PhotoLookup, pending: ReadonlyMap<string, Uint8Array>, gone: ReadonlySet<string>): PhotoLookup {
  return (rel) => {
    if (gone.has(rel)) return { kind: 'missing' };
    const bytes = pending.get(rel);
    return bytes === undefined ? disk(rel) : uploadFacts(bytes);
  };
}

/**
 * `content` with each of `files` replacing the entry at its path or appended
 * to its collection (in that order, as content:check would meet them had they
 * been written last), then the `gone` paths left out. topics.yaml is replaced
 * but never deleted; a file outside every collection is not content.
 */
export function applySave(content: ParsedContent, files: readonly SourceFile[], gone: ReadonlySet<string>): ParsedContent {
  let after = content;
  for (const file of files) {
    if (file.rel === TOPICS_FILE) {
      after = { ...after, topics: parseTopics(file) };
      continue;
    }
    const key = collectionOf(file.rel);
    if (key === undefined) continue;
    const others = after[key].filter((f) => f.file.rel !== file.rel);
    const parsed = key === 'news' ? parseNews(file) : key === 'honors' ? parseHonor(file) : parseCommunity(file);
    after = { ...after, [key]: [...others, parsed], refused: after.refused.filter((p) => p.file !== file.path) };
  }
  const kept = <T extends { file: SourceFile }>(list: readonly T[]) => list.filter((f) => !gone.has(f.file.rel));
  return { ...after, news: kept(after.news), honors: kept(after.honors), communities: kept(after.communities) };
}
