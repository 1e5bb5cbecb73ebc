// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { SITE } from './src/site.config.ts';
import { BASE_PATH } from './src/lib/site/urls.ts';
import { bodyText } from './src/markdown/body-text.ts';
import { figures } from './src/markdown/figures.ts';
import { missingImages } from './src/markdown/missing-images.ts';
import { sanitizeRaw } from './src/markdown/sanitize-raw.ts';
import { readEnv } from './src/env.ts';
import { contentStoreFromDisk } from './src/integrations/content-store-from-disk.ts';
import { noDraftsInBuilds } from './src/integrations/no-drafts-in-builds.ts';
import { sitemapFromPlan } from './src/integrations/sitemap-from-plan.ts';
import { COLLECTION_GLOBS, listFiles } from './src/node/content-files.ts';
import { exitWithPipeline } from './src/node/render-plan.ts';

const env = readEnv();
// Under the build pipeline, stop if the pipeline is killed.
exitWithPipeline();

/**
 * Past this many articles Astro's content store is written in chunks. As one file it is
 * read back as one string, and Node refuses a string of more than ~536 MB. The store keeps
 * ~4.3 KB an article (43 MB at 10,000, since it keeps only the part of each body a summary
 * is made from), so one file serves to ~120,000. Chunks are slow to write (at 100,000 one
 * 20 MB chunk every ~20 s, 11 minutes for the store), so sites below this keep one file.
 * See docs/decisions.md.
 */
const CHUNKED_STORE_FROM = 110_000;
const articles = listFiles(env.contentDir, COLLECTION_GLOBS.news).length;

export default defineConfig({
  site: SITE.url,
  // A district's member may be served under a path (`/jiedao-a/`): every URL the site makes carries it (src/lib/site/urls.ts).
  base: BASE_PATH,
  // The pipeline's cache for this content folder (prepareAstroCache in scripts/lib/build/incremental.ts); else Astro's node_modules/.astro.
  ...(env.astroCacheDir ? { cacheDir: env.astroCacheDir } : {}),
  trailingSlash: 'always',
  // Stylesheets as files, not inlined into every page: cached once instead of re-sent with each article.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  // Scripts as files too (cached across pages), with hash-only names: a page links its scripts and stylesheets
  // by these names, and `ReadingControls.astro_astro_type_script_index_0_lang.<hash>.js` cost ~150 bytes an article.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: { output: { entryFileNames: '_astro/[hash].js', chunkFileNames: '_astro/[hash].js', assetFileNames: '_astro/[hash][extname]' } },
    },
  },
  // Scoped styles by class, not a data attribute on every element.
  scopedStyleStrategy: 'class',
  // Sätteri (Astro 7's default engine) with our plugins: see docs/decisions.md and docs/security.md.
  markdown: {
    processor: satteri({ mdastPlugins: [missingImages], hastPlugins: [sanitizeRaw, figures, bodyText] }),
    // News has no code listings, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
  },
  // Body images from Markdown get a WebP srcset with width and height; we write our own image CSS.
  // The service is Astro's sharp service with photos capped at 1440 px (src/lib/photos/photo-width.ts).
  image: { layout: 'constrained', responsiveStyles: false, service: { entrypoint: './src/image-service.ts' } },
  integrations: [noDraftsInBuilds(env.previewDrafts), contentStoreFromDisk(), mdx(), ...sitemapFromPlan()],
  security: {
    csp: {
      // Embeds only from the hosts editors may use (docs/security.md); every page is otherwise same-origin.
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        `frame-src ${SITE.iframeHosts.map((h) => `https://${h}`).join(' ')}`,
      ],
    },
  },
  experimental: { collectionStorage: articles > CHUNKED_STORE_FROM ? 'chunked' : 'single-file' },
  devToolbar: { enabled: false },
});
