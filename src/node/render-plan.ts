/**
 * The render plan the build pipeline hands to `astro build` (`SHEQU_RENDER_PLAN`): which
 * content pages to render (null: all) and every page's address for the sitemap. Astro is
 * started before the plan is known, so its pages wait for the file to appear.
 */
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { readEnv } from '../env.ts';

export interface RenderPlan {
  render: string[] | null;
  sitemap: string[];
}

let plan: Promise<RenderPlan | undefined> | undefined;

/** The plan, once the pipeline has written it; undefined when Astro runs on its own (`astro build`, `astro dev`). */
export function renderPlan(file: string | undefined = readEnv().renderPlan): Promise<RenderPlan | undefined> {
  plan ??= (async () => {
    if (!file) return undefined;
    const parent = process.ppid;
    while (!existsSync(file)) {
      // The pipeline that would write it is gone: stop rather than wait for ever.
      if (process.ppid !== parent) throw new Error(`the build pipeline stopped before writing ${file}`);
      await sleep(25);
    }
    return JSON.parse(readFileSync(file, 'utf8')) as RenderPlan;
  })();
  return plan;
}

/**
 * Ends this `astro build` when the pipeline that started it is gone (killed with
 * SIGKILL, say): left running, it would go on writing into a staging folder the
 * next build has already taken over.
 */
export function exitWithPipeline(): void {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.exit(1);
  }, 250).unref();
}
