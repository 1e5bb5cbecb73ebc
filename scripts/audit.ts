/**
 * `npm run audit [DIR] [-- --strict] [--html PATH] [--launch TIME] [--dist PATH]`:
 * the compliance report (docs/audit.md) as of SITE_NOW, in the terminal and as
 * an HTML page for the office (reports/audit.html; never inside the site).
 * Exits 0 unless `--strict` and a single-veto item fails or a link is broken.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { t } from '../src/i18n/zh-CN.ts';
import { parseContent } from '../src/lib/check/check-all.ts';
import { siteFacts } from '../src/lib/check/site-facts.ts';
import { parseChinaTime, formatChinaDateTime } from '../src/lib/china-time.ts';
import { contentLinkProblems, type BuiltLinks } from '../src/lib/audit/links.ts';
import { auditPublishDates, launchOf } from '../src/lib/audit/publish-dates.ts';
import { auditSite, strictFailure, type AuditInput } from '../src/lib/audit/report.ts';
import { renderHtml } from '../src/lib/audit/render-html.ts';
import { renderText } from '../src/lib/audit/render-text.ts';
import { reportSections } from '../src/lib/audit/sections.ts';
import { checkedSiteModel } from '../src/lib/site/checked-model.ts';
import { siteColumns } from '../src/lib/site/columns.ts';
import { placeholderProblems } from '../src/lib/site/identity.ts';
import { displayPath, readContent } from '../src/node/content-files.ts';
import { readEnv } from '../src/env.ts';
import { readNewsHistory } from '../src/node/git-history.ts';
import { writeFileAtomic } from '../src/node/write-atomic.ts';
import { SITE } from '../src/site.config.ts';
import { releasesDirFor } from './lib/build/release.ts';
import { checkLinks } from './lib/build/stages/check-links.ts';

const inside = (dir: string, path: string): boolean => {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

function publishDates(contentDir: string, site: AuditInput['site'], now: Date, given: Date | undefined): AuditInput['publishDates'] {
  const history = readNewsHistory(contentDir);
  if (history.kind === 'unavailable') return history;
  const articles = site.news.flatMap((n) =>
    n.publishedAt ? [{ file: n.entry.file.path, publishedAt: n.publishedAt, addedAt: history.added.get(n.entry.file.rel) }] : [],
  );
  return auditPublishDates(articles, launchOf(history.firstAdd, now, given), now);
}

/** The live build's links, when there is one: the build refuses to publish a broken link, so this guards against a stale or hand-edited dist. */
function builtLinks(dist: string): BuiltLinks {
  if (!existsSync(dist)) return { kind: 'unbuilt' };
  const { files, problems } = checkLinks(dist);
  return { kind: 'checked', pages: files, broken: problems };
}

try {
  const cwd = process.cwd();
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      strict: { type: 'boolean' },
      html: { type: 'string', default: 'reports/audit.html' },
      launch: { type: 'string' },
      dist: { type: 'string', default: 'dist' },
    },
  });
  const env = readEnv();
  const contentDir = positionals[0] ? resolve(cwd, positionals[0]) : env.contentDir;
  const launchText = values.launch ?? SITE.launchedAt;
  const launch = launchText === undefined ? undefined : parseChinaTime(launchText);
  if (launch === null) throw new Error(t('audit.cli.badLaunch', { value: launchText ?? '' }));
  const dist = resolve(cwd, values.dist);
  const htmlPath = resolve(cwd, values.html);
  if (inside(dist, htmlPath) || inside(releasesDirFor(dist), htmlPath)) throw new Error(t('audit.cli.htmlInDist', { path: values.html }));
  if (!existsSync(contentDir)) throw new Error(t('audit.cli.noContent', { path: contentDir }));

  const now = env.now;
  const facts = siteFacts(parseContent(readContent(contentDir, cwd)), now);
  const site = checkedSiteModel(facts.content, now);
  const report = auditSite({
    now,
    site,
    columns: siteColumns(site, SITE.columns),
    rules: SITE.columns,
    identity: placeholderProblems(SITE, 'src/site.config.ts'),
    publishDates: publishDates(contentDir, site, now, launch),
    contentLinks: contentLinkProblems(
      site.news.map((n) => n.entry),
      facts.targets,
    ),
    builtLinks: builtLinks(dist),
  });
  const sections = reportSections(report);
  const title = t('audit.title');
  const intro = t('audit.asOf', { time: formatChinaDateTime(now) });
  process.stdout.write(renderText(title, intro, sections));
  writeFileAtomic(htmlPath, renderHtml(title, intro, sections, report.vetoes.length === 0));
  console.log(`\n${t('audit.cli.written', { path: displayPath(htmlPath, cwd) })}`);
  process.exitCode = values.strict && strictFailure(report) ? 1 : 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
