/** Checks the editor CLIs share, pure: the scripts pass in what is on disk. */
import { SLUG_PATTERN } from '../schemas/fields.ts';
import { slugFromPath } from '../text/slug.ts';
import { t } from '../../i18n/zh-CN.ts';

/** Why `--community ID` cannot be used, or undefined when the community exists. */
export function communityError(id: string, exists: (rel: string) => boolean): string | undefined {
  if (!SLUG_PATTERN.test(id)) return t('import.error.badCommunityId', { id });
  return exists(`communities/${id}.yaml`) || exists(`communities/${id}.yml`) ? undefined : t('import.error.unknownCommunity', { id });
}

/**
 * Slugs already used by news files (paths relative to the content folder). A
 * slug is a URL, so it must be unique across all years, not just one folder.
 */
export function takenSlugs(newsRels: readonly string[]): Set<string> {
  return new Set(newsRels.map(slugFromPath));
}

/** The message for arguments `node:util`'s parseArgs refused, with the usage line. */
export function optionError(error: unknown, usage: string): string {
  return `${t('import.error.badOption', { detail: error instanceof Error ? error.message : String(error) })}\n${usage}`;
}

/**
 * Runs a CLI's main function and turns any unexpected error into a one-line
 * message (never a bare stack trace); returns the exit code.
 */
export async function runMain(main: () => number | Promise<number>, printError: (line: string) => void): Promise<number> {
  try {
    return await main();
  } catch (error) {
    printError(error instanceof Error ? error.message : String(error));
    return 1;
  }
}
