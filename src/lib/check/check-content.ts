/**
 * Checks all content at once and reports every problem, not the first. Pure:
 * the caller reads the files and says which paths exist, so the same code serves
 * `npm run content:check`, the build, and the tests.
 */
import { t } from '../../i18n/zh-CN.ts';
import { SITE } from '../../site.config.ts';
import { publishState, type PublishState } from '../publish.ts';
import { communityCheckSchema, type CommunityData } from '../schemas/community.ts';
import { honorCheckSchema, type HonorData } from '../schemas/honor.ts';
import { newsCheckSchema, type NewsData } from '../schemas/news.ts';
import { topicsFileSchema } from '../schemas/topics.ts';
import { TopicIndex } from '../topics.ts';
import { parseFile, type Entry, type SourceFile } from './entries.ts';
import type { Problem } from './problem.ts';
import { bodyImageProblems, honorKey, imageFileProblem, linkProblems, type LinkTargets, type PhotoLookup } from './references.ts';
import { mdxProblems } from './mdx.ts';
import { communityRules, honorRules, newsRules, publishSeverity } from './rules.ts';

export interface ContentInput {
  news: readonly SourceFile[];
  honors: readonly SourceFile[];
  communities: readonly SourceFile[];
  /** `content/topics.yaml`, when present. */
  topics?: SourceFile | undefined;
  /** Files refused before parsing (encoding, size, links out of the folder). */
  refused?: readonly Problem[] | undefined;
}

export interface CheckOptions {
  /** "Now", for telling scheduled articles from published ones. */
  now: Date;
  /** Whether a path relative to the content folder exists. */
  exists: (rel: string) => boolean;
  /** What a photo file holds (`photoLookup` in src/node/content-files.ts); without it photos are only looked for. */
  photo?: PhotoLookup | undefined;
}

export type NewsEntry = Entry<NewsData> & { state: PublishState };

export interface ContentModel {
  news: NewsEntry[];
  honors: Entry<HonorData>[];
  communities: Entry<CommunityData>[];
  topics: TopicIndex;
}

export interface CheckResult {
  problems: Problem[];
  model: ContentModel;
}

export function checkContent(input: ContentInput, { now, exists, photo: lookup }: CheckOptions): CheckResult {
  const photo: PhotoLookup = lookup ?? ((rel) => (exists(rel) ? { kind: 'present' } : { kind: 'missing' }));
  const problems: Problem[] = [...(input.refused ?? [])];
  const collect = <D>(files: readonly SourceFile[], parse: (f: SourceFile) => { entry?: Entry<D>; problems: Problem[] }) =>
    files.flatMap((file) => {
      const parsed = parse(file);
      problems.push(...parsed.problems);
      return parsed.entry ? [parsed.entry] : [];
    });

  const communities = collect(input.communities, (f) => parseFile(f, communityCheckSchema, 'yaml'));
  const honors = collect(input.honors, (f) => parseFile(f, honorCheckSchema, 'markdown'));
  const news: NewsEntry[] = collect(input.news, (f) => parseFile(f, newsCheckSchema, 'markdown')).map((e) => ({
    ...e,
    state: publishState(e.data, now),
  }));
  const topics = readTopics(input.topics, problems);

  const communityIds = new Set(communities.map((c) => c.id));
  const unknownCommunity = (file: SourceFile, id: string | undefined): Problem[] =>
    id === undefined || communityIds.has(id) ? [] : [{ file: file.path, field: 'community', message: t('check.unknownCommunity', { value: id }), severity: 'error' }];
  const image = (file: SourceFile, field: string, src: string | undefined, draft: boolean) => {
    const p = src === undefined ? undefined : imageFileProblem(file, field, src, publishSeverity(draft), photo);
    if (p) problems.push(p);
  };

  for (const c of communities) {
    problems.push(...communityRules(c.file.path, c.data));
    image(c.file, 'cover', c.data.cover, false);
  }
  for (const h of honors) {
    problems.push(...honorRules(h.file.path, h.data), ...unknownCommunity(h.file, h.data.community));
    image(h.file, 'photo', h.data.photo, h.data.draft);
  }
  problems.push(...duplicates(honors, (h) => honorKey(h.data.year, h.file.rel)));
  problems.push(...duplicates(news, (n) => n.id));

  const targets = linkTargets(news, honors, communityIds, topics);
  for (const n of news) {
    const { file, data, body, bodyLine, state } = n;
    problems.push(...newsRules(file.path, data), ...unknownCommunity(file, data.community));
    image(file, 'cover', data.cover, data.draft);
    problems.push(...bodyImageProblems(file, body, bodyLine, publishSeverity(data.draft), photo));
    problems.push(...linkProblems(file, body, bodyLine, state, targets));
    if (file.rel.endsWith('.mdx')) problems.push(...mdxProblems(file.path, body, bodyLine, SITE.mdxComponents));
  }
  const collisionFile = input.topics?.path ?? 'content/topics.yaml';
  for (const c of topics.collisions(news.flatMap((n) => n.data.topics ?? []))) {
    problems.push({ file: collisionFile, field: 'topics', message: t('check.topicSlugCollision', { ...c }), severity: 'error' });
  }

  return { problems: sortProblems(problems), model: { news, honors, communities, topics } };
}

function readTopics(file: SourceFile | undefined, problems: Problem[]): TopicIndex {
  if (!file) return new TopicIndex();
  const parsed = parseFile(file, topicsFileSchema, 'yaml');
  // topics.yaml is a data file, not an entry: its name is no slug.
  problems.push(...parsed.problems.filter((p) => p.field !== 'slug'));
  return new TopicIndex(parsed.entry?.data ?? {});
}

/** Two entries that would share one URL: the second (in path order) is reported. */
function duplicates<E extends { file: SourceFile }>(entries: readonly E[], key: (e: E) => string): Problem[] {
  const seen = new Map<string, E>();
  const found: Problem[] = [];
  for (const e of [...entries].sort((a, b) => a.file.path.localeCompare(b.file.path))) {
    const first = seen.get(key(e));
    if (first) found.push({ file: e.file.path, field: 'slug', message: t('check.duplicateSlug', { other: first.file.path }), severity: 'error' });
    else seen.set(key(e), e);
  }
  return found;
}

function linkTargets(news: readonly NewsEntry[], honors: readonly Entry<HonorData>[], communities: ReadonlySet<string>, topics: TopicIndex): LinkTargets {
  const published = news.filter((n) => n.state === 'published');
  return {
    newsState: new Map(news.map((n) => [n.id, n.state])),
    newsByRel: new Map(news.map((n) => [n.file.rel, n.id])),
    communities,
    topicSlugs: new Set(published.flatMap((n) => (n.data.topics ?? []).map((name) => topics.resolve(name).slug))),
    honors: new Set(honors.filter((h) => !h.data.draft).map((h) => honorKey(h.data.year, h.file.rel))),
    siteUrl: SITE.url,
  };
}

/** Errors and warnings in file order, so the report reads top to bottom. */
function sortProblems(problems: Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.file.localeCompare(b.p.file) || a.i - b.i)
    .map(({ p }) => p);
}
