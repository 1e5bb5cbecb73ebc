/**
 * The file-system side of rebuilding only what an edit touches
 * (`src/lib/site/rebuild-plan.ts` decides which pages): digests of the code and
 * of each content entry, the manifest kept beside the releases, and linking the
 * unchanged pages and their image variants from the live release.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { CheckedContent } from '../../../src/lib/check/check-all.ts';
import type { SourceFile } from '../../../src/lib/check/entries.ts';
import { resolveMarkdownRel, resolveRel } from '../../../src/lib/check/references.ts';
import { chinaYear } from '../../../src/lib/china-time.ts';
import { findImages, isExternal } from '../../../src/lib/text/markdown-refs.ts';
import { assetRefs, type BuildManifest, type RouteRecord } from '../../../src/lib/site/rebuild-plan.ts';
import { routeFile } from '../../../src/lib/site/page-routes.ts';
import type { BuildEnv } from '../../../src/env.ts';
import { linkFile } from './release.ts';
import { t } from '../../../src/i18n/zh-CN.ts';

/** What the pages are made with besides the content: a change to any of it renders everything. */
const CODE_PATHS = ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/**
 * Digest of everything a page depends on that is not one content entry: the
 * project's code and config, the topic list (names appear on every article),
 * the content folder (image paths), the year of "now" (the footer's ©) and Node's version.
 */
export function codeDigest(root: string, env: BuildEnv): string {
  const hash = createHash('sha1');
  for (const file of CODE_PATHS.flatMap((p) => filesUnder(join(root, p))))
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  const topics = join(env.contentDir, 'topics.yaml');
  // Node and its ICU sort and format Chinese: an upgrade renders everything.
  hash
    .update(existsSync(topics) ? readFileSync(topics) : '')
    .update(`\0${env.contentDir}\0${chinaYear(env.now)}\0${env.searchShardSize ?? ''}\0${process.version}\0${process.versions.icu ?? ''}`);
  return hash.digest('base64url');
}

/** An image file's size and time, so a replaced photo renders its pages again (reading every image's bytes would cost far more). */
function imageStamp(contentDir: string, file: SourceFile, src: string, markdown: boolean): string {
  if (isExternal(src) || src.startsWith('/')) return src;
  const path = join(contentDir, markdown ? resolveMarkdownRel(file, src) : resolveRel(file, src));
  try {
    const s = statSync(path);
    return `${src}:${s.size}:${s.mtimeMs}`;
  } catch {
    return `${src}:missing`;
  }
}

/**
 * Each content entry's digest by key (`news:<id>`, `honor:<year>/<id>`,
 * `community:<id>`): its file, its images, and its community's file, whose name
 * and contact card the entry's pages show.
 */
export function entryDigests(content: CheckedContent, contentDir: string): Map<string, string> {
  const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url');
  const stamps = (file: SourceFile, body: string, image: string | undefined) =>
    [...(image ? [imageStamp(contentDir, file, image, false)] : []), ...findImages(body).map((i) => imageStamp(contentDir, file, i.src, true))].join('\n');
  const communities = new Map(content.communities.map((c) => [c.id, `${c.file.text}\n${stamps(c.file, '', c.data.cover)}`]));
  const digests = new Map<string, string>();
  for (const [id, text] of communities) digests.set(`community:${id}`, sha1(text));
  for (const n of content.news)
    digests.set(`news:${n.id}`, sha1(`${n.file.text}\n${stamps(n.file, n.body, n.data.cover)}\n${communities.get(n.data.community ?? '') ?? ''}`));
  for (const h of content.honors)
    digests.set(`honor:${h.data.year}/${h.id}`, sha1(`${h.file.text}\n${stamps(h.file, h.body, h.data.photo)}\n${communities.get(h.data.community) ?? ''}`));
  return digests;
}

/** What Astro's content sync writes to the checkout's `.astro/` (not movable): which images and MDX modules the stored entries import. */
const ASTRO_IMPORT_MAPS = ['content-assets.mjs', 'content-modules.mjs'];

/**
 * Astro's cache folder for one content folder, beside the releases, made ready. Astro's
 * default, `node_modules/.astro`, is one per checkout: two builds of different content at
 * once wrote the same content store, and one read the other's back while rendering
 * (content-store-from-disk), so a site could show the other's articles. The store is
 * therefore kept per content folder (and per site, as `.releases/` is); processed images
 * stay shared through a link to the checkout's image cache (`assets/`, files named by
 * the digest of what they hold), so a new output folder does not process every photo
 * again (the sample site: 32 s cold, 9 s with it).
 *
 * Astro rewrites its import maps in the checkout's `.astro/` (not movable) only when a
 * stored entry changed: with a store of its own unchanged, a build would use the map
 * another content folder's build left there (keyed by file paths, so its photos are not
 * found and the build fails). They are removed so that every sync writes them; the
 * pipeline runs one `astro build` per checkout at a time, so no other build writes them
 * meanwhile (nor Astro's `.astro/.prerender/`, used when the output is outside the checkout).
 */
export function prepareAstroCache(root: string, cacheDir: string, contentDir: string): string {
  const dir = join(cacheDir, 'astro', createHash('sha1').update(contentDir).digest('hex').slice(0, 16));
  const images = join(root, 'node_modules', '.astro', 'assets');
  mkdirSync(images, { recursive: true });
  mkdirSync(dir, { recursive: true });
  if (!lstatSync(join(dir, 'assets'), { throwIfNoEntry: false })) symlinkSync(images, join(dir, 'assets'));
  for (const name of ASTRO_IMPORT_MAPS) rmSync(join(root, '.astro', name), { force: true });
  return dir;
}

const MANIFEST = 'build-manifest.json';

/** The manifest of the live release, if it was written for that release. */
export function readManifest(cacheDir: string, liveRelease: string | undefined): BuildManifest | undefined {
  const file = join(cacheDir, MANIFEST);
  if (!liveRelease || !existsSync(file)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as BuildManifest;
    return manifest.version === 1 && manifest.release === liveRelease ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** Every file of a site folder, relative POSIX paths, sorted: one walk, shared by the checks that need the whole tree. */
export function listSiteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

export function writeManifest(cacheDir: string, manifest: BuildManifest): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, MANIFEST), JSON.stringify(manifest));
}

function link(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  linkFile(from, to);
}

/** Image variants and originals Astro writes to `_astro/`; scripts and styles are left alone (they import one another). */
const IMAGE_FILE = /\.(?:avif|gif|jpe?g|png|svg|webp)$/i;

/** Pages and feeds Astro wrote in this build (content pages it rendered and the static routes), by path in the site folder. */
export function renderedFiles(staging: string): string[] {
  return listSiteFiles(staging).filter((rel) => /\.(?:html|xml|opml)$/.test(rel) && !rel.startsWith('_astro/') && !rel.startsWith('pagefind/'));
}

/**
 * Takes the unchanged pages from the previous release into the staged one, with
 * the `_astro/` files they reference that this build did not write, and returns
 * every page's record for the new manifest. Images no page or feed references
 * are removed (Astro writes some, e.g. originals of images it did not transform
 * in a partial build), so a rebuild holds exactly what a full build holds.
 */
export function assembleRelease(
  staging: string,
  previous: string | undefined,
  before: BuildManifest | undefined,
  digests: ReadonlyMap<string, string>,
  reuse: ReadonlySet<string>,
): { routes: Record<string, RouteRecord>; rendered: string[] } {
  const referenced = new Set<string>();
  const refsOf = new Map<string, string[]>();
  const rendered = renderedFiles(staging);
  for (const file of rendered) {
    const refs = assetRefs(readFileSync(join(staging, file), 'utf8'));
    refsOf.set(file, refs);
    for (const ref of refs) referenced.add(ref);
  }
  const routes: Record<string, RouteRecord> = {};
  const missing: string[] = [];
  for (const [url, digest] of digests) {
    const file = routeFile(url);
    const old = before?.routes[url];
    if (reuse.has(url) && previous && old) {
      link(join(previous, file), join(staging, file));
      for (const asset of old.assets) {
        if (!existsSync(join(staging, asset))) link(join(previous, asset), join(staging, asset));
        referenced.add(asset);
      }
      routes[url] = { digest, assets: old.assets };
    } else {
      if (!refsOf.has(file)) missing.push(file);
      routes[url] = { digest, assets: refsOf.get(file) ?? [] };
    }
  }
  // Astro renders an empty collection rather than fail when its content store cannot be loaded.
  if (missing.length > 0) throw new Error(t('build.pagesMissing', { count: missing.length, examples: missing.slice(0, 3).join('、') }));
  const assets = join(staging, '_astro');
  if (existsSync(assets))
    for (const name of readdirSync(assets)) if (IMAGE_FILE.test(name) && !referenced.has(`_astro/${name}`)) unlinkSync(join(assets, name));
  return { routes, rendered };
}
