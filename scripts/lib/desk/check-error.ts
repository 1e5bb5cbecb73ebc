/**
 * A save content:check refused. Decap shows `error` (the checker's lines, as
 * content:check prints them); the desk's form reads `problems` and shows each
 * at the field it concerns, another article named by its title.
 */
import { readFrontmatter } from '../../../src/lib/text/frontmatter.ts';
import { saveProblem, type SaveProblem } from '../../../src/lib/desk/save-problems.ts';
import type { DeskCheck } from '../../../src/node/desk-check.ts';
import { DeskError } from './desk-error.ts';
import { readText } from './files.ts';
import { t } from '../../../src/i18n/zh-CN.ts';

export class CheckError extends DeskError {
  readonly problems: SaveProblem[];

  constructor(check: DeskCheck, problems: SaveProblem[]) {
    super(422, `${t('desk.error.checkFailed')}\n${check.errors.join('\n')}`);
    this.problems = problems;
  }
}

/** The refusal of a save of `saved` (repository-relative paths) the check found errors in. */
export function checkError(repoDir: string, check: DeskCheck, saved: readonly string[]): CheckError {
  const own = new Set(saved);
  return new CheckError(
    check,
    check.problems.map((p) => (own.has(p.file) ? saveProblem(p, true) : saveProblem(p, false, titleOf(repoDir, p.file)))),
  );
}

/** An entry's title (an honor's name), when it has one. */
function titleOf(repoDir: string, path: string): string | undefined {
  const text = readText(repoDir, path);
  const fm = text === undefined ? undefined : readFrontmatter(text);
  if (fm?.ok !== true) return undefined;
  const { title, name } = fm.data as { title?: unknown; name?: unknown };
  return typeof title === 'string' ? title : typeof name === 'string' ? name : undefined;
}
