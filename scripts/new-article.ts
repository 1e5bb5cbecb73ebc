/**
 * `npm run new -- "标题" [--community ID]`: scaffolds a draft in
 * `content/news/<China year>/<slug>.md` with every field in place and prints its
 * path. `CONTENT_DIR` and `SITE_NOW` are honoured; an existing file is never overwritten.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chinaYear } from '../src/lib/china-time.ts';
import { articleSlug, uniqueSlug } from '../src/lib/import/article-slug.ts';
import { communityError, optionError, runMain, takenSlugs } from '../src/lib/import/cli-support.ts';
import { t } from '../src/i18n/zh-CN.ts';
import { scaffoldArticle } from '../src/lib/import/scaffold.ts';
import { COLLECTION_GLOBS, displayPath, existsIn, listFiles } from '../src/node/content-files.ts';
import { readEnv } from '../src/env.ts';

const cwd = process.cwd();
const usage = t('import.error.usageNew');

function run(): number {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { community: { type: 'string' } } });
  } catch (error) {
    return fail(optionError(error, usage));
  }
  const title = args.positionals.join(' ').trim();
  if (title === '') return fail(t('import.error.noNewTitle', { usage }));
  const env = readEnv();
  const community = args.values.community;
  const problem = community === undefined ? undefined : communityError(community, existsIn(env.contentDir));
  if (problem) return fail(problem);

  const dir = join(env.contentDir, 'news', String(chinaYear(env.now)));
  const taken = takenSlugs(listFiles(env.contentDir, COLLECTION_GLOBS.news));
  const slug = uniqueSlug(articleSlug(title), (s) => taken.has(s));
  const file = join(dir, `${slug}.md`);
  try {
    mkdirSync(dir, { recursive: true });
    // `wx`: never overwrite, even if a file appeared since the slug was chosen.
    writeFileSync(file, scaffoldArticle({ title, slug, now: env.now, community }), { flag: 'wx' });
  } catch (error) {
    return fail(t('import.error.writeFailed', { path: displayPath(file, cwd), detail: error instanceof Error ? error.message : String(error) }));
  }
  console.log(displayPath(file, cwd));
  return 0;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

process.exitCode = await runMain(run, console.error);
