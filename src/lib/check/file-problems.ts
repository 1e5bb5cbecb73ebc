/**
 * The third phase of content:check: one file's problems given what the site
 * holds, in the order content:check prints them for that file. The whole check
 * and the desk's per-save check both come through here, so they agree.
 */
import { t } from '../../i18n/zh-CN.ts';
import { SITE } from '../../site.config.ts';
import type { CommunityData } from '../schemas/community.ts';
import type { HonorData } from '../schemas/honor.ts';
import type { NewsData } from '../schemas/news.ts';
import type { Entry, SourceFile } from './entries.ts';
import { mdxProblems } from './mdx.ts';
import type { ParsedFile, ParsedTopics } from './parse-content.ts';
import type { Problem } from './problem.ts';
import { bodyImageProblems, imageFileProblem, linkProblems, type PhotoLookup } from './references.ts';
import { communityRules, honorRules, newsRules, publishSeverity } from './rules.ts';
import { honorUrlKey, type SiteFacts } from './site-facts.ts';

/** Where topic collisions are reported when there is no topics.yaml. */
const DEFAULT_TOPICS_PATH = 'content/topics.yaml';

export function communityProblems(parsed: ParsedFile<CommunityData>, photo: PhotoLookup): Problem[] {
  const { entry, problems } = parsed;
  if (!entry) return problems;
  return [...problems, ...communityRules(entry.file.path, entry.data), ...image(entry.file, 'cover', entry.data.cover, false, photo)];
}

export function honorProblems(parsed: ParsedFile<HonorData>, facts: SiteFacts, photo: PhotoLookup): Problem[] {
  const { entry, problems } = parsed;
  if (!entry) return problems;
  const { file, data } = entry;
  return [
    ...problems,
    ...honorRules(file.path, data),
    ...unknownCommunity(file, data.community, facts),
    ...image(file, 'photo', data.photo, data.draft, photo),
    ...duplicate(entry, facts.honorsByKey.get(honorUrlKey(entry))),
  ];
}

export function newsProblems(parsed: ParsedFile<NewsData>, facts: SiteFacts, photo: PhotoLookup): Problem[] {
  const { entry: parsedEntry, problems } = parsed;
  // The entry with its publish state, as the facts were built from it.
  const entry = parsedEntry && facts.newsById.get(parsedEntry.id)?.find((n) => n.file === parsedEntry.file);
  if (!entry) return problems;
  const { file, data, body, bodyLine, state } = entry;
  return [
    ...problems,
    ...duplicate(entry, facts.newsById.get(entry.id)),
    ...newsRules(file.path, data),
    ...unknownCommunity(file, data.community, facts),
    ...image(file, 'cover', data.cover, data.draft, photo),
    ...bodyImageProblems(file, body, bodyLine, publishSeverity(data.draft), photo),
    ...linkProblems(file, body, bodyLine, state, facts.targets),
    ...(file.rel.endsWith('.mdx') ? mdxProblems(file.path, body, bodyLine, SITE.mdxComponents) : []),
  ];
}

/** topics.yaml's own problems, then topic names (from every article, in order) that would share a URL. */
export function topicsProblems(parsed: ParsedTopics | undefined, facts: SiteFacts): Problem[] {
  const file = parsed?.file.path ?? DEFAULT_TOPICS_PATH;
  const collisions = facts.content.topics.collisions(facts.content.news.flatMap((n) => n.data.topics ?? []));
  return [
    ...(parsed?.problems ?? []),
    ...collisions.map((c): Problem => ({ file, field: 'topics', message: t('check.topicSlugCollision', { ...c }), severity: 'error' })),
  ];
}

function unknownCommunity(file: SourceFile, id: string | undefined, facts: SiteFacts): Problem[] {
  return id === undefined || facts.communityIds.has(id)
    ? []
    : [{ file: file.path, field: 'community', message: t('check.unknownCommunity', { value: id }), severity: 'error' }];
}

function image(file: SourceFile, field: string, src: string | undefined, draft: boolean, photo: PhotoLookup): Problem[] {
  const p = src === undefined ? undefined : imageFileProblem(file, field, src, publishSeverity(draft), photo);
  return p ? [p] : [];
}

/** Two entries that would share one URL: every one after the first (in path order) is reported. */
function duplicate(entry: Entry<unknown>, group: readonly Entry<unknown>[] | undefined): Problem[] {
  if (!group || group.length < 2) return [];
  const first = [...group].sort((a, b) => a.file.path.localeCompare(b.file.path))[0];
  return first && first !== entry
    ? [{ file: entry.file.path, field: 'slug', message: t('check.duplicateSlug', { other: first.file.path }), severity: 'error' }]
    : [];
}
