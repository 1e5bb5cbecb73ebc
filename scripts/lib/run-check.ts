/** Runs content:check over a folder and prints its report; shared by the CLI and the build. */
import { existsSync } from 'node:fs';
import { checkParsed, parseContent, type CheckResult } from '../../src/lib/check/check-all.ts';
import type { ParsedContent } from '../../src/lib/check/parse-content.ts';
import { cachedContent } from '../../src/node/content-cache.ts';
import { formatProblem, type Problem } from '../../src/lib/check/problem.ts';
import { t } from '../../src/i18n/zh-CN.ts';
import { updateReminders } from '../../src/lib/audit/reminders.ts';
import { checkedSiteModel, type CheckedSiteModel } from '../../src/lib/site/checked-model.ts';
import { siteColumns } from '../../src/lib/site/columns.ts';
import { displayPath, filesIn, readContent } from '../../src/node/content-files.ts';
import { placeholderProblems } from '../../src/lib/site/identity.ts';
import { SITE } from '../../src/site.config.ts';

export interface CheckReport extends CheckResult {
  errors: number;
  warnings: number;
  /** The site model a build at `now` publishes, built from `content` (the build reuses it). */
  site: CheckedSiteModel;
}

/**
 * The 提醒 section after the files' own problems: the home page and columns about
 * to break, or past, their update rule (the same rules as `npm run audit`).
 */
export function siteReminders(site: CheckedSiteModel, now: Date, contentDir: string, cwd: string): Problem[] {
  return updateReminders(site.news[0]?.publishedAt, siteColumns(site, SITE.columns), now, SITE.columns, displayPath(contentDir, cwd));
}

/**
 * content:check over `contentDir`, its report printed through `log`. `cached`: files
 * unchanged since this process last read them are not read again (the resident publisher).
 */
export function runContentCheck(contentDir: string, now: Date, cwd: string, log: (line: string) => void = console.log, cached = false): CheckReport {
  if (!existsSync(contentDir)) throw new Error(t('build.noContentDir', { path: contentDir }));
  const warm = cached ? cachedContent(contentDir, cwd) : undefined;
  const input: ParsedContent = warm?.parsed ?? parseContent(readContent(contentDir, cwd));
  const checked = checkParsed(input, { now, ...filesIn(contentDir) }, warm?.topicIndex);
  const site = checkedSiteModel(checked.content, now);
  // The site's own identity is checked with the content: both go live together.
  const problems = [...placeholderProblems(SITE, 'src/site.config.ts'), ...checked.problems, ...siteReminders(site, now, contentDir, cwd)];
  const result = { ...checked, problems };
  for (const p of result.problems) log(formatProblem(p));
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  const files = input.news.length + input.honors.length + input.communities.length + (input.topics ? 1 : 0) + input.refused.length;
  log(t('check.summaryOk', { files, errors, warnings }));
  return { ...result, errors, warnings, site };
}
