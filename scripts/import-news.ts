/**
 * `npm run import -- INPUT [--out DIR] [--community ID] [--stdout]`: turns a
 * crawled or copied article (text or HTML) into one clean draft in
 * `content/news/<year>/` (or `undated/`), then prints what it changed and what an
 * editor still has to do. With `--stdout` the Markdown goes to stdout and the
 * report to stderr, so the output can be piped. Bad input writes nothing and exits 1.
 * Photos the page links from another site are downloaded beside the article.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { communityError, optionError, runMain, takenSlugs } from '../src/lib/import/cli-support.ts';
import { importArticle } from '../src/lib/import/import-article.ts';
import { ImportError } from '../src/lib/import/import-error.ts';
import { formatReport, type ImportReport } from '../src/lib/import/report.ts';
import { t } from '../src/i18n/zh-CN.ts';
import { resavePhoto } from '../src/node/photo-convert.ts';
import { downloadPhoto } from '../src/node/remote-photo.ts';
import { COLLECTION_GLOBS, displayPath, existsIn, listFiles } from '../src/node/content-files.ts';
import { readEnv } from '../src/env.ts';

const cwd = process.cwd();
const usage = t('import.error.usageImport');

async function run(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { out: { type: 'string' }, community: { type: 'string' }, stdout: { type: 'boolean' } },
    });
  } catch (error) {
    return fail(optionError(error, usage));
  }
  const { positionals, values } = args;
  if (positionals.length === 0) return fail(t('import.error.noInput', { usage }));
  if (positionals.length > 1) return fail(t('import.error.tooManyInputs', { count: positionals.length, usage }));
  const input = positionals[0] ?? '';
  const env = readEnv();
  const community = values.community;
  const problem = community === undefined ? undefined : communityError(community, existsIn(env.contentDir));
  if (problem) return fail(problem);

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(cwd, input));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? t('import.error.notFound', { input }) : t('import.error.unreadable', { input, detail: String(error) }));
  }

  const outDir = (folder: string) => (values.out === undefined ? join(env.contentDir, 'news', folder) : resolve(cwd, values.out));
  const taken = takenSlugs(listFiles(env.contentDir, COLLECTION_GLOBS.news));
  const outTaken = (dir: string) => new Set(listFiles(dir, '*.{md,mdx}').map((rel) => rel.replace(/\.mdx?$/, '')));
  let result;
  try {
    result = importArticle(bytes, { community, isTaken: (slug, folder) => taken.has(slug) || outTaken(outDir(folder)).has(slug) });
  } catch (error) {
    if (error instanceof ImportError) return fail(error.describe(input));
    throw error;
  }

  const dir = outDir(result.folder);
  const imageDir = join(dir, 'images');
  if (values.stdout) {
    process.stdout.write(result.markdown);
    process.stderr.write(`${formatReport(result.report, displayPath(imageDir, cwd)).join('\n')}\n`);
    return 0;
  }
  const file = join(dir, `${result.slug}.md`);
  try {
    mkdirSync(dir, { recursive: true });
    // `wx`: never overwrite, even if a file appeared since the slug was chosen.
    writeFileSync(file, result.markdown, { flag: 'wx' });
  } catch (error) {
    return fail(t('import.error.writeFailed', { path: displayPath(file, cwd), detail: error instanceof Error ? error.message : String(error) }));
  }
  const downloads = await downloadPhotos(result.report.images, imageDir);
  const left = { ...result.report, images: result.report.images.filter((image) => !downloads.saved.has(image.file)) };
  console.log([t('import.report.written', { path: displayPath(file, cwd) }), ...downloads.lines, ...formatReport(left, displayPath(imageDir, cwd))].join('\n'));
  return 0;
}

/**
 * Photos the page linked from its own site (WeChat's mmbiz.qpic.cn, a portal)
 * are fetched into the article's images/ folder under the names the Markdown
 * already uses; those the host refuses stay on the editor's list.
 */
async function downloadPhotos(images: ImportReport['images'], dir: string): Promise<{ saved: Set<string>; lines: string[] }> {
  const saved = new Set<string>();
  const lines: string[] = [];
  for (const image of images) {
    if (!image.src || !/^(?:https?:)?\/\//i.test(image.src)) continue;
    const path = join(dir, image.file);
    try {
      const photo = await downloadPhoto(image.src);
      // The Markdown names every photo .jpg: other formats are saved as JPEG under that name.
      const bytes = photo.format === 'jpeg' ? photo.bytes : await resavePhoto(photo.bytes, 'jpeg');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path, bytes, { flag: 'wx' });
      saved.add(image.file);
      lines.push(t('fix.downloaded', { url: image.src, path: displayPath(path, cwd) }));
    } catch (error) {
      lines.push(t('fix.downloadFailed', { url: image.src, detail: error instanceof Error ? error.message : String(error) }));
    }
  }
  return { saved, lines };
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

process.exitCode = await runMain(run, console.error);
