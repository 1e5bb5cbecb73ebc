/**
 * The first, per-file phase of content:check: each file parsed against its
 * collection's schema on its own, so a caller (the desk) can keep the result
 * per file and parse again only what changed.
 */
import { communityCheckSchema, type CommunityData } from '../schemas/community.ts';
import { honorCheckSchema, type HonorData } from '../schemas/honor.ts';
import { newsCheckSchema, type NewsData } from '../schemas/news.ts';
import { topicsFileSchema, type TopicsFile } from '../schemas/topics.ts';
import { parseFile, type Parsed, type SourceFile } from './entries.ts';
import type { Problem } from './problem.ts';

export type Collection = 'news' | 'honors' | 'communities';

/** The topic list's path in the content folder. */
export const TOPICS_FILE = 'topics.yaml';

/** One file's parse: its entry when the schema passed, and the problems found so far. */
export type ParsedFile<D> = Parsed<D> & { file: SourceFile };

export interface ParsedTopics {
  file: SourceFile;
  data: TopicsFile;
  problems: Problem[];
}

export interface ParsedContent {
  news: readonly ParsedFile<NewsData>[];
  honors: readonly ParsedFile<HonorData>[];
  communities: readonly ParsedFile<CommunityData>[];
  topics: ParsedTopics | undefined;
  /** Files refused before parsing (encoding, size, links out of the folder). */
  refused: readonly Problem[];
}

export const parseNews = (file: SourceFile): ParsedFile<NewsData> => ({ ...parseFile(file, newsCheckSchema, 'markdown'), file });
export const parseHonor = (file: SourceFile): ParsedFile<HonorData> => ({ ...parseFile(file, honorCheckSchema, 'markdown'), file });
export const parseCommunity = (file: SourceFile): ParsedFile<CommunityData> => ({ ...parseFile(file, communityCheckSchema, 'yaml'), file });

export function parseTopics(file: SourceFile): ParsedTopics {
  const parsed = parseFile(file, topicsFileSchema, 'yaml');
  // topics.yaml is a data file, not an entry: its name is no slug.
  return { file, data: parsed.entry?.data ?? {}, problems: parsed.problems.filter((p) => p.field !== 'slug') };
}
