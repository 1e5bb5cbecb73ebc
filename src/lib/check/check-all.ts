/**
 * Checks all content at once and reports every problem, not the first. Pure:
 * the caller reads the files and says which paths exist, so the same code serves
 * `npm run content:check`, the build, and the tests.
 */
import type { SourceFile } from './entries.ts';
import { communityProblems, honorProblems, newsProblems, topicsProblems } from './file-problems.ts';
import { parseCommunity, parseHonor, parseNews, parseTopics, type ParsedContent } from './parse-content.ts';
import type { Problem } from './problem.ts';
import type { PhotoLookup } from './references.ts';
import { siteFacts, type CheckedContent } from './site-facts.ts';
import type { TopicIndex } from '../site/topics.ts';

export type { CheckedContent, NewsEntry } from './site-facts.ts';

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

export interface CheckResult {
  problems: Problem[];
  /** The checked content, parsed and cross-referenced (the site model is built from it). */
  content: CheckedContent;
}

/** Every file parsed on its own (the phase the desk keeps per file). */
export function parseContent(input: ContentInput): ParsedContent {
  return {
    news: input.news.map(parseNews),
    honors: input.honors.map(parseHonor),
    communities: input.communities.map(parseCommunity),
    topics: input.topics && parseTopics(input.topics),
    refused: input.refused ?? [],
  };
}

export function checkContent(input: ContentInput, options: CheckOptions): CheckResult {
  return checkParsed(parseContent(input), options);
}

/** The same check over files already parsed (a long-running process keeps them: src/node/content-cache.ts), with its topic index. */
export function checkParsed(parsed: ParsedContent, { now, exists, photo: lookup }: CheckOptions, topicIndex?: TopicIndex): CheckResult {
  const photo: PhotoLookup = lookup ?? ((rel) => (exists(rel) ? { kind: 'present' } : { kind: 'missing' }));
  const facts = siteFacts(parsed, now, topicIndex);
  const problems = [
    ...parsed.refused,
    ...parsed.communities.flatMap((c) => communityProblems(c, photo)),
    ...parsed.honors.flatMap((h) => honorProblems(h, facts, photo)),
    ...parsed.news.flatMap((n) => newsProblems(n, facts, photo)),
    ...topicsProblems(parsed.topics, facts),
  ];
  return { problems: sortProblems(problems), content: facts.content };
}

/** Errors and warnings in file order, so the report reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.file.localeCompare(b.p.file) || a.i - b.i)
    .map(({ p }) => p);
}
