/**
 * Build stage: the Chinese search index, in shards (`src/lib/search/shards.ts`).
 * Documents come from the checked content model (not from the rendered pages);
 * Chinese is pre-segmented; each shard
 * goes to Pagefind through its Node API, one shard at a time so the indexer's
 * memory stays bounded, and a shard whose documents are unchanged since the live
 * release is linked from it instead of indexed again. See docs/decisions.md
 * ("Search", "Search at city scale") for the measurements behind this design.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { PAGEFIND_VERSION } from '../../../../src/node/pagefind-version.ts';
import { documentHtml, searchDocuments, type SearchDocument, type SearchLabels } from '../../../../src/lib/search/documents.ts';
import { shardDocuments, type Shard, type ShardManifest } from '../../../../src/lib/search/shards.ts';
import { linkTree } from '../release.ts';
import { honorCategoryName, t } from '../../../../src/i18n/zh-CN.ts';
import type { Stage, StageContext } from '../pipeline.ts';

const BATCH = 200;
/**
 * Documents per older shard. Pagefind's search time in the browser grows with the
 * square of a shard's matching pages (its WebAssembly pairs every matching page
 * with every matched word), and its indexing time faster than linearly, so
 * shards of 5,000 search and index faster than one big index; the page re-ranks
 * the merged results by what they contain, which makes up for each shard scoring
 * with its own term statistics (docs/decisions.md, "Search that answers as you
 * type"). `SEARCH_SHARD_SIZE` overrides it, so tests can shard the small sample site.
 */
export const MAX_PER_SHARD = 5000;
/** So is the code that turns documents into Pagefind's HTML: a change to it re-indexes every shard. */
const INDEXER_CODE = [
  '../../../../src/lib/search/documents.ts',
  '../../../../src/lib/search/text.ts',
  '../../../../src/lib/feeds/xml.ts',
  '../../../../src/i18n/zh-CN.ts',
  './search-index.ts',
].map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'));
/** And ICU's word segmenter, which splits the indexed text: a Node upgrade may move its word boundaries. */
const SEGMENTER = [process.versions.icu, process.versions.unicode];

/** What decides a shard's index: its documents (plain data, made by one function, so keys come in one order), the indexer's code, Pagefind's version. */
const shardDigest = (docs: readonly SearchDocument[]): string =>
  createHash('sha1')
    .update(JSON.stringify([PAGEFIND_VERSION, INDEXER_CODE, SEGMENTER, docs]))
    .digest('base64url');

export const SEARCH_LABELS: SearchLabels = {
  type: { news: t('search.type.news'), honor: t('search.type.honor'), community: t('search.type.community') },
  category: honorCategoryName,
  honorTitle: (name, year, category) => t('feed.honorTitle', { name, year, category }),
  phone: t('community.phone'),
  noPhone: t('community.noPhone'),
};

/** Peak resident memory of Pagefind's helper process, in MB (Linux /proc), when it can be read. */
function helperPeakMb(): number | undefined {
  try {
    const pids = execFileSync('pgrep', ['-P', String(process.pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    const kb = pids.map((pid) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0));
    return Math.round(Math.max(0, ...kb) / 1024);
  } catch {
    return undefined;
  }
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((sum, d) => sum + statSync(join(d.parentPath, d.name)).size, 0);
}

/** The pages an index holds (public pages only), beside its shard manifest, so a rebuild can tell whether one left. */
const URLS_FILE = 'urls.json';

function previousUrls(previous: string | undefined): string[] | undefined {
  if (!previous) return undefined;
  try {
    return JSON.parse(readFileSync(join(previous, 'pagefind', URLS_FILE), 'utf8')) as string[];
  } catch {
    return undefined;
  }
}

/** The manifest of the live release's index, if it has one. */
function previousManifest(previous: string | undefined): Map<string, string> {
  const file = previous && join(previous, 'pagefind', 'shards.json');
  if (!file || !existsSync(file)) return new Map();
  try {
    return new Map((JSON.parse(readFileSync(file, 'utf8')) as ShardManifest).shards.map((s) => [s.id, s.digest]));
  } catch {
    return new Map();
  }
}

/**
 * Indexes one shard with a fresh Pagefind helper, closed afterwards so its memory is returned.
 * Each batch's HTML is made just before it is sent, so the whole shard's HTML is never in memory.
 * Returns the helper's peak MB.
 */
async function indexShard(docs: readonly SearchDocument[], outputPath: string): Promise<number | undefined> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(t('build.search.create', { errors: errors.join('; ') }));
  try {
    for (let i = 0; i < docs.length; i += BATCH) {
      const results = await Promise.all(
        docs.slice(i, i + BATCH).map((doc) => index.addHTMLFile({ url: doc.url, content: documentHtml(doc, SEARCH_LABELS.type[doc.type]) })),
      );
      const failed = results.flatMap((r) => r.errors);
      if (failed.length > 0) throw new Error(t('build.search.index', { errors: failed.join('; ') }));
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(t('build.search.write', { errors: written.errors.join('; ') }));
    return helperPeakMb();
  } finally {
    await pagefind.close();
  }
}

const planned = new WeakMap<object, { shard: Shard; digest: string }[]>();

/** The shards of this build's documents, each with its digest (computed once per site model). */
function plannedShards(context: StageContext): { shard: Shard; digest: string }[] {
  let shards = planned.get(context.site);
  if (!shards) {
    shards = shardDocuments(searchDocuments(context.site, SEARCH_LABELS), context.env.searchShardSize ?? MAX_PER_SHARD).map((shard) => ({
      shard,
      digest: shardDigest(shard.docs),
    }));
    planned.set(context.site, shards);
  }
  return shards;
}

export const searchStage: Stage = {
  name: 'search index',
  output: 'pagefind',
  // Pages go live first with the live release's index and the re-indexed shard follows
  // (see pipeline.ts); but not when a page left the index (deleted, withdrawn to a draft):
  // search must not offer it, even for a minute.
  follows: (context) => {
    const before = previousManifest(context.previous);
    const shards = plannedShards(context);
    if (before.size === 0 || shards.every(({ shard, digest }) => before.get(shard.id) === digest)) return false;
    const indexed = previousUrls(context.previous);
    const now = new Set(shards.flatMap(({ shard }) => shard.docs.map((d) => d.url)));
    return indexed !== undefined && indexed.every((url) => now.has(url));
  },
  run: async (dir, context) => {
    const { log, previous } = context;
    const shards = plannedShards(context);
    const before = previousManifest(previous);
    const manifest: ShardManifest = { shards: [] };
    const root = join(dir, 'pagefind');
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    let reused = 0;
    let peak: number | undefined;
    for (const { shard, digest } of shards) {
      const old = previous && join(previous, 'pagefind', shard.id);
      if (old && before.get(shard.id) === digest && existsSync(old)) {
        linkTree(old, join(root, shard.id));
        reused++;
      } else {
        const shardPeak = await indexShard(shard.docs, join(root, shard.id));
        if (shardPeak !== undefined) peak = Math.max(peak ?? 0, shardPeak);
      }
      manifest.shards.push({ id: shard.id, years: shard.years, count: shard.docs.length, digest });
    }
    writeFileSync(join(root, 'shards.json'), JSON.stringify(manifest));
    writeFileSync(join(root, URLS_FILE), JSON.stringify(shards.flatMap(({ shard }) => shard.docs.map((d) => d.url))));
    const documents = manifest.shards.reduce((n, s) => n + s.count, 0);
    log(
      `[pipeline] search index: ${documents} documents in ${shards.length} shards (${reused} unchanged, reused), ` +
        `${(folderBytes(root) / 1048576).toFixed(1)} MB${peak === undefined ? '' : `, Pagefind peak memory ${peak} MB`}`,
    );
  },
};
