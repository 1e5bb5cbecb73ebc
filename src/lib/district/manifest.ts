/**
 * What a site publishes for a district portal (`/site-manifest.json`): who it is, where it sits
 * (区 › 街道 › 社区), its newest articles, 头条 and 通知公告, its counts, when it was built and
 * where its feed and search index are. Versioned: a portal reads only the versions it knows, and
 * the same schema checks the file as the member writes it and as the portal reads it.
 */
import { z } from 'astro/zod';

export const MANIFEST_FILE = 'site-manifest.json';
export const MANIFEST_FORMAT = 'shequ-site-manifest';
export const MANIFEST_VERSION = 1;

/** 区, 街道, 社区: the office a site belongs to. Labels are zh-CN `district.level.<id>`. */
export const SITE_LEVELS = ['district', 'street', 'community'] as const;
export type SiteLevel = (typeof SITE_LEVELS)[number];

/** How many articles the manifest lists (the portal's home shows the newest of every member). */
export const MANIFEST_NEWS = 20;
export const MANIFEST_NOTICES = 10;

const absolute = z.url({ protocol: /^https?$/ });
const text = (max: number) => z.string().trim().min(1).max(max);

const articleSchema = z.object({
  title: text(200),
  /** The article's own page: also its feed GUID. */
  url: absolute,
  publishedAt: z.iso.datetime({ offset: true }),
  summary: z.string().max(1000),
  community: text(100).optional(),
  topics: z.array(text(100)).max(20),
});
export type ManifestArticle = z.infer<typeof articleSchema>;

export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  version: z.literal(MANIFEST_VERSION),
  name: text(100),
  level: z.enum(SITE_LEVELS),
  /** The office above this one (a 社区's 街道), as named by it. */
  parent: text(100).optional(),
  /** The site's address, base path included, with a trailing slash. */
  url: absolute.refine((u) => u.endsWith('/'), 'ends with /'),
  builtAt: z.iso.datetime({ offset: true }),
  counts: z.object({ news: z.int().nonnegative(), communities: z.int().nonnegative(), honors: z.int().nonnegative() }),
  /** What the member's home page leads with. */
  lead: articleSchema.optional(),
  news: z.array(articleSchema).max(200),
  notices: z.array(articleSchema).max(50),
  feed: absolute,
  search: z.object({
    /** The Pagefind index's folder, and the list of its shards the browser reads. */
    index: absolute,
    shards: absolute,
    pagefind: text(40),
  }),
});
export type SiteManifest = z.infer<typeof manifestSchema>;

/** What the build knows of an article, for the manifest. */
export interface ArticleFacts {
  title: string;
  url: string;
  publishedAt: Date;
  summary: string;
  community?: string | undefined;
  topics: readonly string[];
}

const article = (a: ArticleFacts): ManifestArticle => ({
  title: a.title,
  url: a.url,
  publishedAt: a.publishedAt.toISOString(),
  summary: a.summary.slice(0, 1000),
  ...(a.community ? { community: a.community } : {}),
  topics: a.topics.slice(0, 20),
});

export interface ManifestInput {
  name: string;
  level: SiteLevel;
  parent?: string | undefined;
  url: string;
  builtAt: Date;
  counts: SiteManifest['counts'];
  lead: ArticleFacts | undefined;
  news: readonly ArticleFacts[];
  notices: readonly ArticleFacts[];
  feed: string;
  searchIndex: string;
  pagefindVersion: string;
}

/** The manifest for a built site, checked against the schema (a member never publishes one a portal would refuse). */
export function siteManifest(input: ManifestInput): SiteManifest {
  return manifestSchema.parse({
    format: MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    name: input.name,
    level: input.level,
    ...(input.parent ? { parent: input.parent } : {}),
    url: input.url,
    builtAt: input.builtAt.toISOString(),
    counts: input.counts,
    ...(input.lead ? { lead: article(input.lead) } : {}),
    news: input.news.slice(0, MANIFEST_NEWS).map(article),
    notices: input.notices.slice(0, MANIFEST_NOTICES).map(article),
    feed: input.feed,
    search: { index: input.searchIndex, shards: new URL('shards.json', input.searchIndex).href, pagefind: input.pagefindVersion },
  });
}

/** The manifest in `json`, or why it is not one (each problem with its field's path). */
export function readManifest(json: unknown): { manifest: SiteManifest } | { problems: string[] } {
  const result = manifestSchema.safeParse(json);
  if (result.success) return { manifest: result.data };
  return { problems: result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
}
