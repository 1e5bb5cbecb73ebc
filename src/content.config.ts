/** Wires our loaders to the collection schemas; the field rules live in `src/lib/schemas/`. */
import { defineCollection } from 'astro:content';
import { readEnv } from './env.ts';
import { contentLoader } from './node/content-loader.ts';
import { communitySchema } from './lib/schemas/community.ts';
import { honorSchema } from './lib/schemas/honor.ts';
import { newsSchema } from './lib/schemas/news.ts';

// `npm run dev` previews drafts and scheduled articles (with a banner); a build never holds them.
// An explicit variable, not Astro's DEV flag: that is true whenever NODE_ENV is not
// `production`, e.g. in a build started from a test runner.
const { contentDir, now, previewDrafts, codeDigest } = readEnv();
const options = { contentDir, now, codeDigest, includeUnpublished: previewDrafts };

export const collections = {
  news: defineCollection({ loader: contentLoader('news', options), schema: ({ image }) => newsSchema(image()) }),
  honors: defineCollection({ loader: contentLoader('honors', options), schema: ({ image }) => honorSchema(image()) }),
  communities: defineCollection({ loader: contentLoader('communities', options), schema: ({ image }) => communitySchema(image()) }),
};
