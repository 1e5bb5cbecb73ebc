// @ts-check
/**
 * The district portal (`npm run portal`): the same components and styles as a member site, its
 * own pages (src/portal/pages/), no content collections. Its search loads the members' indexes
 * in the reader's browser, so its CSP names their origins.
 */
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { SITE } from '../site.config.ts';
import { BASE_PATH } from '../lib/site/urls.ts';

const here = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));
const origins = [...new Set((SITE.district?.members ?? []).map((m) => new URL(m.url).origin))].filter((o) => o !== new URL(SITE.url).origin);

export default defineConfig({
  // Its own root, so Astro's generated types (.astro/) are the portal's, not written over the site's.
  // Absolute: `astro build --config` resolves relative folders against the working directory. Its own
  // root (made by `npm run portal`), so Astro's generated types (.astro/) never overwrite the site's.
  root: here('../../node_modules/.portal-root/'),
  srcDir: here('./'),
  publicDir: here('../../public'),
  cacheDir: here('../../node_modules/.astro-portal'),
  site: SITE.url,
  base: BASE_PATH,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    cacheDir: here('../../node_modules/.vite-portal'),
    build: {
      assetsInlineLimit: 0,
      rollupOptions: { output: { entryFileNames: '_astro/[hash].js', chunkFileNames: '_astro/[hash].js', assetFileNames: '_astro/[hash][extname]' } },
    },
  },
  scopedStyleStrategy: 'class',
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        `connect-src 'self'${origins.map((o) => ` ${o}`).join('')}`,
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
});
