/**
 * The sitemap lists every page's absolute URL from the build pipeline's render plan: a
 * rebuild renders only the pages an edit touches, and @astrojs/sitemap would otherwise
 * list only those. The plan is written while Astro runs, so the list is filled in at
 * `astro:build:done`, just before the sitemap integration (next in the list; Astro runs
 * each hook one integration after another) reads its `customPages` there.
 * tests/unit/integrations.test.ts checks that the installed @astrojs/sitemap still reads
 * them that late.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { renderPlan, type RenderPlan } from '../node/render-plan.ts';

/** Our collector and the sitemap integration, in that order; `plan` is the pipeline's (tests pass their own). */
export function sitemapFromPlan(plan: () => Promise<RenderPlan | undefined> = renderPlan): AstroIntegration[] {
  const pages: string[] = [];
  const collector: AstroIntegration = {
    name: 'sitemap-from-render-plan',
    hooks: {
      'astro:build:done': async () => {
        // One by one: spreading 160,000 arguments overflows the call stack.
        for (const url of (await plan())?.sitemap ?? []) pages.push(url);
      },
    },
  };
  return [collector, sitemap({ customPages: pages })];
}
