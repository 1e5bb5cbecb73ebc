/**
 * content:check for a save the editing desk has not written yet, in the words
 * content:check prints: the saved files' own problems, and the errors the save
 * would cause elsewhere (a link to an article made a draft, a photo another
 * article uses, a community renamed, a topic whose URL collides).
 *
 * It gives the verdicts of checking the whole site before and after the save
 * (`checkSaveFull`, kept as the reference), at a fraction of the cost: parsed
 * files are kept between saves (content-cache.ts) and only the files whose
 * problems can differ (save-impact.ts) are judged, twice.
 */
import { join } from 'node:path';
import { applySave, savedPhotos } from '../lib/check/apply-save.ts';
import { sortProblems } from '../lib/check/check-all.ts';
import { communityProblems, honorProblems, newsProblems, topicsProblems } from '../lib/check/file-problems.ts';
import type { ParsedContent } from '../lib/check/parse-content.ts';
import { formatProblem, type Problem } from '../lib/check/problem.ts';
import type { PhotoLookup } from '../lib/check/references.ts';
import { mayChange } from '../lib/check/save-impact.ts';
import { siteFacts, type SiteFacts } from '../lib/check/site-facts.ts';
import type { Upload } from '../lib/desk/upload-names.ts';
import { cachedContent } from './content-cache.ts';
import { filesIn } from './content-files.ts';

export { collectionOf } from '../lib/check/apply-save.ts';

/** A file the desk means to write; `path` is relative to the repository (`content/news/2024/a.md`). */
export interface PendingFile {
  path: string;
  text: string;
}

/** The checker's lines for the saved files, errors (which block the save) apart from warnings. */
export interface DeskCheck {
  errors: string[];
  warnings: string[];
  /** The same errors, unprinted: the desk shows each at the field it concerns. */
  problems: Problem[];
}

const CONTENT = 'content/';

/** One state of the site (before or after the save) and how photos look in it. */
interface Side {
  content: ParsedContent;
  facts: SiteFacts;
  photo: PhotoLookup;
}

/**
 * Checks `files` and `photos` (both repository-relative, under content/) as if
 * written into `repoDir`, and `deleted` as if gone. Errors are the saved files'
 * own and any error the save would cause elsewhere: those found after but not
 * before. Files changed on disk since the last call are read again.
 */
export function checkSave(repoDir: string, files: readonly PendingFile[], photos: readonly Upload[], now: Date, deleted: readonly string[] = []): DeskCheck {
  const contentDir = join(repoDir, 'content');
  const current = cachedContent(contentDir, repoDir);
  const gone = new Set(deleted.map((p) => p.slice(CONTENT.length)));
  const pending = new Map(photos.map((p) => [p.path.slice(CONTENT.length), p.bytes]));
  const savedFiles = files.map((f) => ({ path: f.path, rel: f.path.slice(CONTENT.length), text: f.text }));
  const disk = filesIn(contentDir).photo;
  const afterContent = applySave(current.parsed, savedFiles, gone);
  const before: Side = { content: current.parsed, facts: siteFacts(current.parsed, now, current.topicIndex), photo: disk };
  // Same topics.yaml, same index: it remembers the pinyin of every topic name.
  const afterTopics = afterContent.topics === current.parsed.topics ? current.topicIndex : undefined;
  const after: Side = { content: afterContent, facts: siteFacts(afterContent, now, afterTopics), photo: savedPhotos(disk, pending, gone) };

  const saved = new Set(files.map((f) => f.path));
  const touched = (rel: string) => gone.has(rel) || pending.has(rel);
  const problems: Problem[] = [...afterContent.refused.filter((p) => saved.has(p.file))];
  const judge = (path: string, rel: string, problemsAt: (side: Side) => Problem[]) => {
    if (saved.has(path)) problems.push(...problemsAt(after));
    else if (rel === '' || isAffected(rel)) problems.push(...newErrors(problemsAt(before), problemsAt(after)));
  };
  const isAffected = (rel: string) => {
    const refs = current.refs.get(rel);
    return refs === undefined || mayChange(refs, before.facts, after.facts, touched);
  };
  for (const c of afterContent.communities) judge(c.file.path, c.file.rel, (side) => communityProblems(c, side.photo));
  for (const h of afterContent.honors) judge(h.file.path, h.file.rel, (side) => honorProblems(h, side.facts, side.photo));
  for (const n of afterContent.news) judge(n.file.path, n.file.rel, (side) => newsProblems(n, side.facts, side.photo));
  // Topic collisions read every article's topics: always judged (cheap, the slugs are remembered).
  const topics = (side: Side) => topicsProblems(side.content.topics, side.facts);
  judge(afterContent.topics?.file.path ?? '', '', topics);

  const sorted = sortProblems(problems);
  const errors = sorted.filter((p) => p.severity === 'error');
  return {
    errors: errors.map(formatProblem),
    warnings: sorted.filter((p) => p.severity === 'warning' && saved.has(p.file)).map(formatProblem),
    problems: errors,
  };
}

/** The errors in `after` that `before` did not have (compared as printed, as editors see them). */
function newErrors(before: readonly Problem[], after: readonly Problem[]): Problem[] {
  const known = new Set(before.filter((p) => p.severity === 'error').map(formatProblem));
  return after.filter((p) => p.severity === 'error' && !known.has(formatProblem(p)));
}
