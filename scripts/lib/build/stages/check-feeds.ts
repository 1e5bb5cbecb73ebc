/**
 * Build stage: every feed in the staged site passes the RSS rules of
 * `src/lib/feeds/rss-validate.ts`, and the OPML file lists exactly the feeds that exist.
 * A broken feed is not published: subscribers' readers would drop it.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { validateRss } from '../../../../src/lib/feeds/rss-validate.ts';
import { SITE } from '../../../../src/site.config.ts';
import { unbased } from '../../../../src/lib/site/urls.ts';
import { t } from '../../../../src/i18n/zh-CN.ts';
import type { Stage } from '../pipeline.ts';

/**
 * Problems in the feeds of a built site folder, each naming the file. `files` lists the
 * site's files when known (one walk shared by the checks); `only` limits the RSS rules to
 * the feeds this build wrote (the others were checked when they were written).
 */
export function checkFeeds(
  dir: string,
  files: readonly string[] = globSync('**/rss.xml', { cwd: dir }),
  only?: ReadonlySet<string>,
): { feeds: number; problems: string[] } {
  const feeds = files.filter((f) => f === 'rss.xml' || f.endsWith('/rss.xml')).sort();
  const problems = feeds
    .filter((file) => !only || only.has(file))
    .flatMap((file) => {
      const url = new URL(file, SITE.url).href;
      return validateRss(readFileSync(join(dir, file), 'utf8'), url).problems.map((p) => `${file}: ${p}`);
    });
  const opml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(readFileSync(join(dir, 'feeds.opml'), 'utf8')) as {
    opml?: { body?: { outline?: unknown } };
  };
  const outlines = [opml.opml?.body?.outline ?? []].flat() as { '@xmlUrl'?: string }[];
  const listed = new Set(outlines.map((o) => (unbased(new URL(o['@xmlUrl'] ?? '', SITE.url).pathname) ?? o['@xmlUrl'] ?? '').replace(/^\//, '')));
  const existing = new Set(feeds);
  for (const file of feeds) if (!listed.has(file)) problems.push(`feeds.opml: does not list ${file}`);
  for (const file of listed) if (!existing.has(file)) problems.push(`feeds.opml: lists ${file}, which does not exist`);
  return { feeds: feeds.length, problems };
}

export const feedsStage: Stage = {
  name: 'feeds check',
  run: async (staging, { log, files, rendered }) => {
    const { feeds, problems } = checkFeeds(staging, files(), rendered);
    if (problems.length > 0) throw new Error(t('build.feedProblems', { count: problems.length, problems: problems.join('\n') }));
    log(`[pipeline] ${feeds} feeds valid`);
  },
};
