/**
 * The desk's save check done the plain way: the whole content folder read and
 * checked twice, before and after the save. Too slow at city scale (5 s at
 * 10,000 articles); kept as the reference `checkSave` must agree with, in the
 * tests and the bench.
 */
import { join } from 'node:path';
import { checkContent, type ContentInput } from '../../../src/lib/check/check-all.ts';
import type { SourceFile } from '../../../src/lib/check/entries.ts';
import { formatProblem } from '../../../src/lib/check/problem.ts';
import { collectionOf, savedPhotos } from '../../../src/lib/check/apply-save.ts';
import type { Upload } from '../../../src/lib/desk/upload-names.ts';
import { filesIn, readContent, TOPICS_FILE } from '../../../src/node/content-files.ts';
import type { DeskCheck, PendingFile } from '../../../src/node/desk-check.ts';

const CONTENT = 'content/';

/**
 * Checks `files` and `photos` (both repository-relative, under content/) as if
 * written into `repoDir`, and `deleted` as if gone. Errors are the saved files'
 * own and any error the save would cause elsewhere (a link to an article made a
 * draft, a photo another article uses, a topic whose URL collides): those found
 * after but not before.
 */
export function checkSaveFull(
  repoDir: string,
  files: readonly PendingFile[],
  photos: readonly Upload[],
  now: Date,
  deleted: readonly string[] = [],
): DeskCheck {
  const contentDir = join(repoDir, 'content');
  const current = readContent(contentDir, repoDir);
  let input = current;
  for (const file of files) input = withFile(input, { path: file.path, rel: file.path.slice(CONTENT.length), text: file.text });
  const gone = new Set(deleted.map((p) => p.slice(CONTENT.length)));
  input = {
    ...input,
    news: input.news.filter((f) => !gone.has(f.rel)),
    honors: input.honors.filter((f) => !gone.has(f.rel)),
    communities: input.communities.filter((f) => !gone.has(f.rel)),
  };
  const pending = new Map(photos.map((p) => [p.path.slice(CONTENT.length), p.bytes]));
  const disk = filesIn(contentDir);
  const before = checkContent(current, { now, ...disk }).problems;
  const { problems } = checkContent(input, {
    now,
    exists: (rel) => !gone.has(rel) && (pending.has(rel) || disk.exists(rel)),
    photo: savedPhotos(disk.photo, pending, gone),
  });
  const saved = new Set(files.map((f) => f.path));
  const known = new Set(before.filter((p) => p.severity === 'error').map(formatProblem));
  const errors = problems.filter((p) => p.severity === 'error' && (saved.has(p.file) || !known.has(formatProblem(p))));
  return {
    errors: errors.map(formatProblem),
    warnings: problems.filter((p) => p.severity === 'warning' && saved.has(p.file)).map(formatProblem),
    problems: errors,
  };
}

/** The content with `file` replacing the entry at its path, or added to its collection. */
function withFile(input: ContentInput, file: SourceFile): ContentInput {
  if (file.rel === TOPICS_FILE) return { ...input, topics: file };
  const key = collectionOf(file.rel);
  if (key === undefined) return input;
  const others = input[key].filter((f) => f.rel !== file.rel);
  return { ...input, [key]: [...others, file], refused: input.refused?.filter((p) => p.file !== file.path) };
}
