/** The build's second step: content:check, then the render plan Astro's pages wait for. */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { runContentCheck } from '../run-check.ts';
import { formatChinaDateTime, toChinaIso } from '../../../src/lib/china-time.ts';
import { nextScheduled } from '../../../src/lib/site/publish.ts';
import { t } from '../../../src/i18n/zh-CN.ts';
import type { CheckedSiteModel } from '../../../src/lib/site/checked-model.ts';
import { allPageRoutes } from '../../../src/lib/site/page-routes.ts';
import { planRebuild, routeDigests, type BuildManifest, type RebuildPlan } from '../../../src/lib/site/rebuild-plan.ts';
import { SITE } from '../../../src/site.config.ts';
import type { RenderPlan } from '../../../src/node/render-plan.ts';
import { liveRelease } from './release.ts';
import { entryDigests, readManifest } from './incremental.ts';
import { BuildFailed, NothingToPublish, type Build } from './start-build.ts';

/** What the check and the plan hand on to rendering. */
export interface Planned {
  /** The site model the pages show, built by content:check. */
  site: CheckedSiteModel;
  digests: Map<string, string>;
  plan: RebuildPlan;
  /** The live release's manifest, if it has one. */
  before: BuildManifest | undefined;
}

/**
 * Runs content:check, then plans the render against the live release's manifest and writes
 * the plan whole for Astro to read. Any error aborts the build before anything is published.
 */
export async function checkAndPlan(build: Build): Promise<Planned> {
  const { root, dist, env, log, cacheDir, previous, code, timed, abort, warmCheck, skipUnchanged, onChecked } = build;
  const report = await timed('content:check', () => runContentCheck(env.contentDir, env.now, root, log, warmCheck)).catch(abort);
  onChecked?.(report);
  if (report.errors > 0) abort(new BuildFailed(t('build.checkFailed', { errors: report.errors })));
  const next = nextScheduled(report.content.news);
  // A static site publishes a scheduled article only when rebuilt: say when that must happen.
  log(
    next?.data.publishedAt
      ? t('build.nextScheduled', { time: formatChinaDateTime(next.data.publishedAt), iso: toChinaIso(next.data.publishedAt), file: next.file.path })
      : t('build.noneScheduled'),
  );

  const { site } = report;
  const { digests, plan, before } = await timed('plan', () => {
    const routes = allPageRoutes(site);
    const entries = entryDigests(report.content, env.contentDir);
    const digests = routeDigests(routes, (key) => entries.get(key) ?? 'missing');
    const before = previous && existsSync(previous) ? readManifest(cacheDir, liveRelease(dist)) : undefined;
    return { digests, plan: planRebuild(before, code, digests), before };
  }).catch(abort);
  if (skipUnchanged && before && !plan.full && plan.render.length === 0 && plan.removed.length === 0) abort(new NothingToPublish());
  log(
    plan.full
      ? `[pipeline] rendering all ${plan.render.length} content pages${before ? ' (code or config changed)' : ''}`
      : `[pipeline] rendering ${plan.render.length} changed content pages, ` +
          `${plan.reuse.length} unchanged taken from the live release, ${plan.removed.length} removed`,
  );
  // Written whole, then renamed: Astro's pages wait for the name to appear.
  const renderPlan: RenderPlan = {
    render: plan.full ? null : plan.render,
    sitemap: [...digests.keys()].filter((url) => url.endsWith('/')).map((url) => new URL(url, SITE.url).href),
  };
  try {
    writeFileSync(`${build.planFile}.tmp`, JSON.stringify(renderPlan));
    renameSync(`${build.planFile}.tmp`, build.planFile);
  } catch (error) {
    abort(error);
  }
  return { site, digests, plan, before };
}
