/**
 * The bench corpus: the reference generator's synthetic articles with the sample
 * content merged in (so the search query table still has its pages), plus the
 * one-article edits that warm rebuilds are timed on.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, globSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * The reference corpus generator and the plain Hugo news site, copied in from the
 * team's shared bench folder so a clone alone runs `npm test`'s smoke bench.
 */
export const GEN_CORPUS = 'scripts/lib/bench/reference/gen-corpus.mjs';
export const HUGO_BASELINE = 'scripts/lib/bench/reference/hugo';

/** A generated article: `news/<year>/<id>.md`. */
export interface CorpusArticle {
  id: string;
  year: string;
  rel: string;
}

/** Runs the generator from the project root, where it finds sharp for the cover images. Returns its seconds. */
export function generateCorpus(root: string, dir: string, news: number, images: number): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, [join(root, GEN_CORPUS), dir, '--news', String(news), '--images', String(images)], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`gen-corpus failed (${run.status}): ${run.stderr || run.stdout}`);
  return (performance.now() - start) / 1000;
}

/** Generated news articles, sorted by id (the generator names them n000000, n000001…). */
export function corpusArticles(dir: string): CorpusArticle[] {
  return globSync('news/*/n[0-9]*.md', { cwd: dir })
    .map((rel) => rel.split('\\').join('/'))
    .map((rel) => {
      const [, year = '', file = ''] = rel.split('/');
      return { id: file.replace(/\.md$/, ''), year, rel };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Text of every generated content file, for deciding which queries the corpus also matches. */
export function corpusTexts(dir: string): string[] {
  return globSync('{news,honors}/**/*.md', { cwd: dir })
    .concat(globSync('communities/*.yaml', { cwd: dir }))
    .map((rel) => readFileSync(join(dir, rel), 'utf8'));
}

/** Sample files that would overwrite a generated one (ids never clash today: the corpus uses c00…/n000000…, the sample pinyin). */
export function clashes(sampleDir: string, corpusDir: string): string[] {
  return globSync('**/*', { cwd: sampleDir, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(sampleDir, join(d.parentPath, d.name)))
    .filter((rel) => existsSync(join(corpusDir, rel)));
}

/** Copies the sample content (news, honors, communities, topics.yaml) into the corpus. */
export function mergeSample(sampleDir: string, corpusDir: string): void {
  const clash = clashes(sampleDir, corpusDir);
  if (clash.length > 0) throw new Error(`sample content would overwrite generated files: ${clash.slice(0, 5).join(', ')}`);
  cpSync(sampleDir, corpusDir, { recursive: true });
}

/** A sentence appended to one article's body: the smallest real edit an editor makes. */
export const EDIT_SENTENCE = '\n（编者补记：本文于基准测试中补充了一句话。）\n';

export function editArticle(corpusDir: string, article: CorpusArticle): void {
  appendFileSync(join(corpusDir, article.rel), EDIT_SENTENCE);
}

/**
 * Adds a new article beside `like`, written as a copy of it with a new title, so it
 * is valid by construction (same community, reviewers and cover path). Returns its slug.
 */
export function addArticle(corpusDir: string, like: CorpusArticle): string {
  const slug = 'bench-xin-wenzhang';
  const text = readFileSync(join(corpusDir, like.rel), 'utf8').replace(/^title: .*$/m, 'title: "基准测试新增的一篇社区新闻"');
  writeFileSync(join(dirname(join(corpusDir, like.rel)), `${slug}.md`), text);
  return slug;
}
