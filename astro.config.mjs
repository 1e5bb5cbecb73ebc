// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { SITE } from './src/site.config.ts';
import { figures } from './src/markdown/figures.ts';
import { missingImages } from './src/markdown/missing-images.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Sätteri (Astro 7's default engine) with our two plugins: see docs/decisions.md.
  markdown: {
    processor: satteri({ mdastPlugins: [missingImages], hastPlugins: [figures] }),
    // News has no code listings, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
  },
  integrations: [mdx(), sitemap()],
  security: { csp: true },
  devToolbar: { enabled: false },
});
