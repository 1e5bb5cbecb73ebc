/**
 * Astro content loader for our three collections. It reads front matter itself
 * (YAML 1.2, see `lib/text/frontmatter.ts`) so the build and `content:check` read
 * every date the same way, and it keeps drafts and scheduled articles out of the
 * store in a build: Astro fails a build on a missing image in *any* stored
 * entry, and a draft may still be waiting for its photos.
 */
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parseFile, type SourceFile } from '../lib/check/entries.ts';
import { mdxProblems } from '../lib/check/mdx.ts';
import { formatProblem } from '../lib/check/problem.ts';
import { SITE } from '../site.config.ts';
import { t } from '../i18n/zh-CN.ts';
import { resolveMarkdownRel, resolveRel } from '../lib/check/references.ts';
import { findImages, isExternal } from '../lib/text/markdown-refs.ts';
import { publishState, type PublishState } from '../lib/site/publish.ts';
import { slugFromPath } from '../lib/text/slug.ts';
import { summarySource } from '../lib/text/summary.ts';
import { communityCheckSchema } from '../lib/schemas/community.ts';
import { honorCheckSchema } from '../lib/schemas/honor.ts';
import { newsCheckSchema } from '../lib/schemas/news.ts';
import { COLLECTION_GLOBS, existsIn, listFiles, readSourceFile } from './content-files.ts';

export type CollectionName = keyof typeof COLLECTION_GLOBS;

export interface LoaderOptions {
  contentDir: string;
  now: Date;
  /** Keep drafts and scheduled articles (the dev server's preview); never in a build. */
  includeUnpublished: boolean;
  /** The pipeline's digest of the code (empty outside it): stored entries made by other Markdown plugins or schemas are made again. */
  codeDigest: string;
}

const SCHEMAS = { news: newsCheckSchema, honors: honorCheckSchema, communities: communityCheckSchema } as const;
const IMAGE_FIELDS = { news: 'cover', honors: 'photo', communities: 'cover' } as const;

export function contentLoader(collection: CollectionName, options: LoaderOptions): Loader {
  return {
    name: `shequ-${collection}-loader`,
    load: (ctx) => loadCollection(collection, options, ctx),
  };
}

async function loadCollection(
  collection: CollectionName,
  { contentDir, now, includeUnpublished, codeDigest: code }: LoaderOptions,
  ctx: LoaderContext,
): Promise<void> {
  const { store } = ctx;
  const digestOf = (text: string, dir: string, missing: readonly string[]) => ctx.generateDigest([text, dir, code, ...missing].join('\n'));
  const untouched = new Set(store.keys());
  const exists = existsIn(contentDir);
  const cwd = fileURLToPath(ctx.config.root);
  const failures: string[] = [];
  // The store writes itself to disk 500 ms after its last change: set inside this loop, a
  // pause longer than that (a major garbage collection, with 100,000 articles in memory)
  // wrote the whole store again, many times per sync. So the entries are collected first
  // and stored together at the end.
  const writes: (() => void)[] = [];

  for (const rel of listFiles(contentDir, COLLECTION_GLOBS[collection])) {
    const file = readSourceFile(contentDir, rel, cwd);
    if (!('text' in file)) {
      failures.push(formatProblem(file));
      continue;
    }
    // A build skips a file stored unchanged since the last sync before parsing it (most of
    // a rebuild's files): it was valid then, and it stays only while it is still published.
    if (!includeUnpublished) {
      const id = slugFromPath(rel);
      const stored = store.get(id);
      if (stored?.digest === digestOf(file.text, contentDir, [])) {
        if (stateOf(collection, stored.data, now) === 'published') untouched.delete(id);
        continue;
      }
    }
    const parsed = parseFile(file, SCHEMAS[collection] as z.ZodType, collection === 'communities' ? 'yaml' : 'markdown');
    // MDX compiles to code that runs at build: a file with anything but allowed components never reaches the compiler.
    const mdx = rel.endsWith('.mdx') && parsed.entry ? mdxProblems(file.path, parsed.entry.body, parsed.entry.bodyLine, SITE.mdxComponents) : [];
    const errors = [...parsed.problems, ...mdx].filter((p) => p.severity === 'error');
    if (!parsed.entry || errors.length > 0) {
      failures.push(...errors.map(formatProblem));
      continue;
    }
    const { id, body, raw } = parsed.entry;
    const state = stateOf(collection, parsed.entry.data, now);
    if (state !== 'published' && !includeUnpublished) continue;

    untouched.delete(id);
    // The same text in another content folder resolves its images elsewhere; and in the
    // preview a missing image renders as a placeholder, so its arrival must re-render the entry.
    const missing = includeUnpublished ? missingImages(file, body, raw, collection, exists) : [];
    const digest = digestOf(file.text, contentDir, missing);
    const existing = store.get(id);
    // Unchanged since the last sync: keep the stored data and rendered HTML (the store
    // rebuilds its asset and module imports from its entries on write).
    if (existing?.digest === digest) continue;
    const abs = join(contentDir, rel);
    // The store wants paths relative to the project root, even for a content folder elsewhere.
    const filePath = relative(cwd, abs).split(sep).join('/');
    const storedData = await ctx.parseData({ id, data: rawData(file, raw, collection, includeUnpublished, exists), filePath: abs });
    if (rel.endsWith('.mdx')) {
      writes.push(() => store.set({ id, data: storedData, body, filePath, digest, deferredRender: true }));
    } else if (collection === 'communities') {
      writes.push(() => store.set({ id, data: storedData, filePath, digest }));
    } else {
      const rendered = await ctx.renderMarkdown(body, { fileURL: pathToFileURL(abs) });
      // Pages render the stored HTML; of the body only the part a summary is made from is kept (docs/decisions.md).
      writes.push(() =>
        store.set({ id, data: storedData, body: summarySource(body), filePath, digest, rendered, assetImports: rendered.metadata?.imagePaths ?? [] }),
      );
    }
  }
  for (const write of writes) write();
  for (const id of untouched) store.delete(id);
  if (failures.length > 0) {
    const message = t('build.loaderFailed', { problems: failures.join('\n') });
    if (!includeUnpublished) throw new Error(message);
    ctx.logger.error(message);
  }
}

/** Whether an entry is on the site at `now`: news by its publish time, the others unless drafts. */
function stateOf(collection: CollectionName, data: unknown, now: Date): PublishState {
  const d = data as { draft?: boolean; publishedAt?: Date };
  if (collection === 'news') return publishState({ draft: d.draft ?? false, publishedAt: d.publishedAt }, now);
  return d.draft ? 'draft' : 'published';
}

/**
 * The front matter as written, for Astro's own schema pass (which turns image
 * paths into assets). In the dev preview a missing cover is dropped rather than
 * failing the page; a build never gets here with one.
 */
function missingImages(file: SourceFile, body: string, raw: Record<string, unknown>, collection: CollectionName, exists: (rel: string) => boolean): string[] {
  const image = raw[IMAGE_FIELDS[collection]];
  const local = (src: string) => !isExternal(src) && !src.startsWith('/');
  return [
    ...findImages(body)
      .map((i) => i.src)
      .filter((src) => local(src) && !exists(resolveMarkdownRel(file, src))),
    ...(typeof image === 'string' && local(image) && !exists(resolveRel(file, image)) ? [image] : []),
  ];
}

function rawData(
  file: SourceFile,
  raw: Record<string, unknown>,
  collection: CollectionName,
  preview: boolean,
  exists: (rel: string) => boolean,
): Record<string, unknown> {
  const field = IMAGE_FIELDS[collection];
  const image = raw[field];
  if (!preview || typeof image !== 'string' || exists(resolveRel(file, image))) return raw;
  const { [field]: _missing, ...rest } = raw;
  return rest;
}
