/**
 * What our Astro integrations (src/integrations/) rely on in the installed Astro and
 * @astrojs/sitemap. These are internals, not API: after an upgrade this test says which
 * assumption broke, where the build would otherwise render an empty or stale site.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describe, expect, test } from 'vitest';
import { CHUNK_MODULE_ID, CHUNKS_DIR, contentStoreFromDisk, STORE_FILE, STORE_MODULE_ID, storeModule } from '../../src/integrations/content-store-from-disk.ts';
import { noDraftsInBuilds } from '../../src/integrations/no-drafts-in-builds.ts';
import { sitemapFromPlan } from '../../src/integrations/sitemap-from-plan.ts';
import { parseEnv } from '../../src/env.ts';

const ASTRO_DIST = join(import.meta.dirname, '../../node_modules/astro/dist');
/** Astro's own modules by file (its package exports do not reach them). */
const astroModule = <T>(path: string): Promise<T> => import(pathToFileURL(join(ASTRO_DIST, path)).href) as Promise<T>;
type Hook = (params: Record<string, unknown>) => unknown;
const hook = (integration: AstroIntegration, name: string): Hook => {
  const found = (integration.hooks as Record<string, Hook | undefined>)[name];
  if (!found) throw new Error(`${integration.name} has no ${name} hook`);
  return found;
};
const tempDir = (label: string) => mkdtempSync(join(tmpdir(), `shequ-${label}-`));

interface AstroContentConsts {
  RESOLVED_DATA_STORE_VIRTUAL_ID: string;
  RESOLVED_DATA_STORE_CHUNK_VIRTUAL_ID_PREFIX: string;
  RESOLVED_DATA_STORE_CHUNK_VIRTUAL_ID_SUFFIX: string;
  DATA_STORE_CHUNK_FILE_NAME_PATTERN: RegExp;
  DATA_STORE_FILE: string;
  DATA_STORE_DIR: string;
}

describe('contentStoreFromDisk', () => {
  test('intercepts the virtual module ids the installed Astro loads the store by', async () => {
    const astro = await astroModule<AstroContentConsts>('content/consts.js');
    expect(astro.RESOLVED_DATA_STORE_VIRTUAL_ID).toBe(STORE_MODULE_ID);
    const chunkId = `${astro.RESOLVED_DATA_STORE_CHUNK_VIRTUAL_ID_PREFIX}0123456789abcdef.txt${astro.RESOLVED_DATA_STORE_CHUNK_VIRTUAL_ID_SUFFIX}`;
    expect(CHUNK_MODULE_ID.exec(chunkId)?.[1]).toBe('0123456789abcdef.txt');
    expect(astro.DATA_STORE_CHUNK_FILE_NAME_PATTERN.test('0123456789abcdef.txt')).toBe(true);
    // Astro's loader still handles these ids (ours runs before it, with order: 'pre').
    const plugin = readFileSync(join(ASTRO_DIST, 'content/vite-plugin-content-virtual-mod.js'), 'utf8');
    expect(plugin).toMatch(/load:\s*\{\s*filter:[\s\S]*RESOLVED_DATA_STORE_VIRTUAL_ID[\s\S]*RESOLVED_DATA_STORE_CHUNK_VIRTUAL_ID_PREFIX/);
  });

  test('reads the store from where the installed Astro writes it in a build (config.cacheDir)', async () => {
    const { getDataStoreFile, getDataStoreDir } = await astroModule<{
      getDataStoreFile: (s: unknown, dev: boolean) => URL;
      getDataStoreDir: (s: unknown, dev: boolean) => URL;
    }>('content/paths.js');
    const cacheDir = new URL('file:///cache/');
    const settings = { config: { cacheDir }, dotAstroDir: new URL('file:///dot-astro/') };
    expect(getDataStoreFile(settings, false).href).toBe(new URL(STORE_FILE, cacheDir).href);
    expect(getDataStoreDir(settings, false).href).toBe(new URL(CHUNKS_DIR, cacheDir).href);
  });

  test('its load hook returns a module that reads the store and its chunks from disk', async () => {
    const cache = tempDir('store');
    mkdirSync(join(cache, 'data-store'));
    writeFileSync(join(cache, STORE_FILE), JSON.stringify({ news: ['lantern'] }));
    writeFileSync(join(cache, 'data-store/0123456789abcdef.txt'), 'chunk text');
    const updates: { vite: { plugins: { load: { order: string; handler: (id: string) => string | null } }[] } }[] = [];
    hook(
      contentStoreFromDisk(),
      'astro:config:setup',
    )({ command: 'build', config: { cacheDir: pathToFileURL(`${cache}/`), experimental: {} }, updateConfig: (u: (typeof updates)[number]) => updates.push(u) });
    const load = updates[0]?.vite.plugins[0]?.load;
    expect(load?.order).toBe('pre');
    const asModule = async (code: string | null | undefined) => {
      const file = join(cache, `m${Math.random().toString(36).slice(2)}.mjs`);
      writeFileSync(file, code ?? 'throw new Error("no module")');
      return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
    };
    expect(await asModule(load?.handler(STORE_MODULE_ID))).toEqual({ news: ['lantern'] });
    expect(await asModule(load?.handler('\0astro:data-layer-content-chunk:0123456789abcdef.txt.mjs'))).toBe('chunk text');
    expect(load?.handler('\0astro:content')).toBeNull();
  });

  test('leaves the store to Astro outside a build, and a chunked store’s whole-store module', () => {
    const updates: unknown[] = [];
    hook(
      contentStoreFromDisk(),
      'astro:config:setup',
    )({ command: 'dev', config: { cacheDir: new URL('file:///x/'), experimental: {} }, updateConfig: (u: unknown) => updates.push(u) });
    expect(updates).toEqual([]);
    expect(storeModule(STORE_MODULE_ID, new URL('file:///nowhere/'), false)).toBeNull();
  });
});

describe('sitemapFromPlan', () => {
  test('@astrojs/sitemap reads customPages at astro:build:done, after ours filled them in', async () => {
    const urls = ['https://example.cn/news/lantern/', 'https://example.cn/topics/'];
    const [collector, sitemap] = sitemapFromPlan(async () => ({ render: null, sitemap: urls }));
    if (!collector || !sitemap) throw new Error('expected our collector and the sitemap integration');
    expect(sitemap.name).toBe('@astrojs/sitemap');
    const out = tempDir('sitemap');
    hook(sitemap, 'astro:routes:resolved')({ routes: [] });
    await hook(sitemap, 'astro:config:done')({ config: { site: 'https://example.cn', base: '/', trailingSlash: 'always', build: { format: 'directory' } } });
    const logger = { warn: (m: string) => console.warn(m), error: (m: string) => console.error(m), info: () => undefined };
    const done = { dir: pathToFileURL(`${out}/`), pages: [], logger };
    await hook(collector, 'astro:build:done')(done);
    await hook(sitemap, 'astro:build:done')(done);
    const xml = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    for (const url of urls) expect(xml).toContain(`<loc>${url}</loc>`);
  });

  test('Astro runs astro:build:done one integration after another, in order', () => {
    const hooks = readFileSync(join(ASTRO_DIST, 'integrations/hooks.js'), 'utf8');
    const start = hooks.indexOf('async function runHookBuildDone(');
    const body = hooks.slice(start, hooks.indexOf('\nasync function ', start + 1));
    expect(start).toBeGreaterThan(-1);
    expect(body).toMatch(
      /for \(const integration of settings\.config\.integrations\) \{\s*await runHookInternal\(\{\s*integration,\s*hookName: "astro:build:done"/,
    );
  });
});

describe('noDraftsInBuilds', () => {
  const setup = (vars: Record<string, string>, command: string) => () =>
    hook(noDraftsInBuilds(parseEnv(vars, '/').previewDrafts), 'astro:config:setup')({ command });
  test('refuses a build with PREVIEW_DRAFTS=1', () => {
    expect(setup({ PREVIEW_DRAFTS: '1' }, 'build')).toThrow('PREVIEW_DRAFTS=1 is for `npm run dev` only');
  });
  test('allows the dev server with it, and a build without it', () => {
    expect(setup({ PREVIEW_DRAFTS: '1' }, 'dev')).not.toThrow();
    expect(setup({}, 'build')).not.toThrow();
  });
});
