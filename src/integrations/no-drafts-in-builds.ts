/** Refuses `astro build` with the drafts preview on: only `npm run dev` may show drafts. */
import type { AstroIntegration } from 'astro';

/** `previewDrafts`: readEnv().previewDrafts (`PREVIEW_DRAFTS=1`). */
export function noDraftsInBuilds(previewDrafts: boolean): AstroIntegration {
  return {
    name: 'no-drafts-in-builds',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && previewDrafts) {
          throw new Error('PREVIEW_DRAFTS=1 is for `npm run dev` only: a build must never contain drafts.');
        }
      },
    },
  };
}
