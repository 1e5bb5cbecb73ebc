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
    while (!existsSync(file)) {
      // The pipeline that would write it is gone: stop rather than wait for ever.
      if (!pipelineAlive()) throw new Error(`the build pipeline stopped before writing ${file}`);
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
  const check = () => {
    if (!pipelineAlive()) process.exit(1);
  };
  check();
  setInterval(check, 250).unref();
}

/**
 * Whether the pipeline that started this process is still its parent. Compared with the
 * pid the pipeline passed down, not with the parent seen at start: a pipeline killed
 * while Astro was still loading has already handed it to another parent by then.
 */
function pipelineAlive(pid: number | undefined = readEnv().pipelinePid): boolean {
  return pid === undefined || process.ppid === pid;
}
