/**
 * The bench corpus: the synthetic articles (synthetic-corpus.ts) with the sample
 * content merged in (so the search query table still has its pages), plus the
 * one-article edits that warm rebuilds are timed on.
 */
import { appendFileSync, cpSync, existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { makeCorpus, type CorpusSize } from './synthetic-corpus.ts';

/** The plain Hugo news site the bench compares against. */
export const HUGO_BASELINE = 'scripts/lib/bench/hugo-baseline';

/** A generated article: `news/<year>/<id>.md`. */
export interface CorpusArticle {
  id: string;
  year: string;
  rel: string;
}

/** Writes the synthetic corpus (covers drawn by sharp) into `dir`. Returns its seconds. */
export async function generateCorpus(dir: string, size: CorpusSize): Promise<number> {
  const start = performance.now();
  const corpus = makeCorpus(size);
  for (const file of corpus.files) {
    mkdirSync(dirname(join(dir, file.rel)), { recursive: true });
    writeFileSync(join(dir, file.rel), file.text);
  }
  for (const image of corpus.images) {
    mkdirSync(dirname(join(dir, image.rel)), { recursive: true });
    await sharp(Buffer.from(image.svg)).jpeg({ quality: 85 }).toFile(join(dir, image.rel));
  }
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
