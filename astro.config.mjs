// @ts-check
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { SITE } from './src/site.config.ts';
import { bodyText } from './src/markdown/body-text.ts';
import { figures } from './src/markdown/figures.ts';
import { missingImages } from './src/markdown/missing-images.ts';
import { sanitizeRaw } from './src/markdown/sanitize-raw.ts';
import { BUILD_ENV } from './src/env.ts';
import { COLLECTION_GLOBS, listFiles } from './src/node/content-files.ts';
import { renderPlan } from './src/node/render-plan.ts';

/**
 * Past this many articles Astro's content store is written in chunks. As one file it is
 * read back as one string, and Node refuses a string of more than ~536 MB. The store keeps
 * ~4.3 KB an article (43 MB at 10,000, since it keeps only the part of each body a summary
 * is made from), so one file serves to ~120,000. Chunks are slow to write (at 100,000 one
 * 20 MB chunk every ~20 s, 11 minutes for the store), so sites below this keep one file.
 * See docs/decisions.md.
 */
const CHUNKED_STORE_FROM = 110_000;
const articles = listFiles(BUILD_ENV.contentDir, COLLECTION_GLOBS.news).length;

/**
 * Every page's absolute URL, from the build pipeline's render plan: a rebuild renders only
 * the pages an edit touches, and the sitemap integration would otherwise list only those.
 * The plan is written while Astro runs, so the list is filled in just before the sitemap
 * integration reads it (its `astro:build:done` runs after ours).
 */
/** @type {string[]} */
const sitemapPages = [];
/** @type {import('astro').AstroIntegration} */
const sitemapFromPlan = {
  name: 'sitemap-from-render-plan',
  hooks: {
    'astro:build:done': async () => {
      // One by one: spreading 160,000 arguments overflows the call stack.
      for (const url of (await renderPlan())?.sitemap ?? []) sitemapPages.push(url);
    },
  },
};

/** @type {import('astro').AstroIntegration} */
const noDraftsInBuilds = {
  name: 'no-drafts-in-builds',
  hooks: {
    'astro:config:setup': ({ command }) => {
      if (command === 'build' && process.env.PREVIEW_DRAFTS === '1') {
        throw new Error('PREVIEW_DRAFTS=1 is for `npm run dev` only: a build must never contain drafts.');
      }
    },
  },
};

/**
 * `astro build` bundles the whole content store into the server build as one string
 * module (`export default JSON.parse("…")`): at 10,000 articles a 67 MB module that
 * Vite parses and writes on every build, whatever it renders. Here the bundle reads the
 * store's file when the pages are rendered instead (the build runs where the file is).
 * The chunked store's modules (past CHUNKED_STORE_FROM) are read from disk the same way.
 * Measured in docs/performance.md ("Publish latency").
 */
/** @type {import('astro').AstroIntegration} */
const contentStoreFromDisk = {
  name: 'content-store-from-disk',
  hooks: {
    'astro:config:setup': ({ command, config, updateConfig }) => {
      if (command !== 'build') return;
      const store = new URL('data-store.json', config.cacheDir);
      const chunks = new URL('data-store/', config.cacheDir);
      const chunked = config.experimental.collectionStorage === 'chunked';
      /** @param {URL} url @param {boolean} parse */
      // Astro swallows an error loading the store and renders an empty site (the pipeline then
      // finds the pages missing): say why here.
      const read = (url, parse) =>
        `import { readFileSync } from 'node:fs';\nlet text;\ntry { text = readFileSync(${JSON.stringify(fileURLToPath(url))}, 'utf8'); } catch (error) { console.error('content store could not be read:', error); throw error; }\nexport default ${parse ? 'JSON.parse(text)' : 'text'};`;
      updateConfig({
        vite: {
          plugins: [
            {
              name: 'content-store-from-disk',
              enforce: 'pre',
              // Before Astro's own loader of these modules (a plugin's place in the list is not enough).
              load: {
                order: 'pre',
                handler(id) {
                  if (id === '\0astro:data-layer-content' && !chunked && existsSync(store)) return read(store, true);
                  const chunk = /^\0astro:data-layer-content-chunk:([a-f0-9]{16}\.txt)\.mjs$/.exec(id);
                  return chunk?.[1] ? read(new URL(chunk[1], chunks), false) : null;
                },
              },
            },
          ],
        },
      });
    },
  },
};

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  // Stylesheets as files, not inlined into every page: cached once instead of re-sent with each article.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  // Scripts as files too (cached across pages), and scoped styles by class, not a data attribute on every element.
  // Hash-only names: a page links its scripts and stylesheets by these names, and
  // `ReadingControls.astro_astro_type_script_index_0_lang.<hash>.js` cost ~150 bytes an article.
  vite: { build: { assetsInlineLimit: 0, rollupOptions: { output: { entryFileNames: '_astro/[hash].js', chunkFileNames: '_astro/[hash].js', assetFileNames: '_astro/[hash][extname]' } } } },
  scopedStyleStrategy: 'class',
  // Sätteri (Astro 7's default engine) with our plugins: see docs/decisions.md and docs/security.md.
  markdown: {
    processor: satteri({ mdastPlugins: [missingImages], hastPlugins: [sanitizeRaw, figures, bodyText] }),
    // News has no code listings, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
  },
  // Body images from Markdown get a WebP srcset with width and height; we write our own image CSS.
  // The service is Astro's sharp service with photos capped at 1440 px (src/lib/photo-width.ts).
  image: { layout: 'constrained', responsiveStyles: false, service: { entrypoint: './src/image-service.ts' } },
  integrations: [noDraftsInBuilds, contentStoreFromDisk, mdx(), sitemapFromPlan, sitemap({ customPages: sitemapPages })],
  security: {
    csp: {
      // Embeds only from the hosts editors may use (docs/security.md); every page is otherwise same-origin.
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", `frame-src ${SITE.iframeHosts.map((h) => `https://${h}`).join(' ')}`],
    },
  },
  experimental: { collectionStorage: articles > CHUNKED_STORE_FROM ? 'chunked' : 'single-file' },
  devToolbar: { enabled: false },
});
