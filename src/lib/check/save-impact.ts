/**
 * Which files a save can change the verdict on, besides the saved ones: a file's
 * problems read other files only through its links, its community, the photos
 * it uses and the entries sharing its URL, so only a change there can matter.
 */
import { findImages, findLinks } from '../text/markdown-refs.ts';
import type { CommunityData } from '../schemas/community.ts';
import type { HonorData } from '../schemas/honor.ts';
import type { NewsData } from '../schemas/news.ts';
import type { Entry } from './entries.ts';
import type { ParsedFile } from './parse-content.ts';
import { judgeTarget, linkTarget, resolveMarkdownRel, resolveRel, type LinkTarget } from './references.ts';
import { honorUrlKey, type SiteFacts } from './site-facts.ts';

/** What one file refers to beyond itself; found once per version of the file. */
export interface FileRefs {
  /** Links whose verdict depends on the site (not external, not plainly broken). */
  links: readonly LinkTarget[];
  /** Content-relative paths of the photos it names (front matter and body). */
  photos: readonly string[];
  community: string | undefined;
  /** The URL key it must not share with another entry. */
  urlKey: { collection: 'news' | 'honors'; key: string } | undefined;
}

type AnyParsed = ParsedFile<NewsData> | ParsedFile<HonorData> | ParsedFile<CommunityData>;

export function fileRefs(parsed: AnyParsed, siteUrl: string): FileRefs {
  const entry = parsed.entry as Entry<Partial<NewsData & HonorData & CommunityData>> | undefined;
  if (!entry) return { links: [], photos: [], community: undefined, urlKey: undefined };
  const { file, data, body, bodyLine } = entry;
  const front = [data.cover, data.photo].flatMap((src) => (src === undefined ? [] : [resolveRel(file, src)]));
  const inBody = findImages(body, bodyLine).map((img) => resolveMarkdownRel(file, img.src));
  const links = findLinks(body, bodyLine)
    .map((link) => linkTarget(file, link.href, siteUrl))
    .filter((target) => target.kind !== 'ok' && target.kind !== 'broken');
  const urlKey = file.rel.startsWith('news/')
    ? { collection: 'news' as const, key: entry.id }
    : file.rel.startsWith('honors/')
      ? { collection: 'honors' as const, key: honorUrlKey(entry as Entry<HonorData>) }
      : undefined;
  return { links, photos: [...front, ...inBody], community: data.community, urlKey };
}

/**
 * Whether an unsaved file's problems can differ between the site before the
 * save and after it; `photoChanged` says whether the save uploads or deletes a path.
 */
export function mayChange(refs: FileRefs, before: SiteFacts, after: SiteFacts, photoChanged: (rel: string) => boolean): boolean {
  const { community, urlKey } = refs;
  if (community !== undefined && before.communityIds.has(community) !== after.communityIds.has(community)) return true;
  if (refs.photos.some(photoChanged)) return true;
  if (refs.links.some((l) => judgeTarget(l, before.targets) !== judgeTarget(l, after.targets))) return true;
  return urlKey !== undefined && sharers(before, urlKey) !== sharers(after, urlKey);
}

/** The entries at one URL, as comparable text ('' for the usual one entry). */
function sharers(facts: SiteFacts, { collection, key }: NonNullable<FileRefs['urlKey']>): string {
  const group = (collection === 'news' ? facts.newsById : facts.honorsByKey).get(key) ?? [];
  return group.length < 2 ? '' : group.map((e) => e.file.path).join('\n');
}
