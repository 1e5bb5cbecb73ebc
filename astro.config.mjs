// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { SITE } from './src/site.config.ts';
import { figures } from './src/markdown/figures.ts';
import { missingImages } from './src/markdown/missing-images.ts';

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
  // Body images from Markdown get a WebP srcset with width and height; we write our own image CSS.
  image: { layout: 'constrained', responsiveStyles: false },
  integrations: [noDraftsInBuilds, mdx(), sitemap()],
  security: { csp: true },
  devToolbar: { enabled: false },
});
