/**
 * 发稿日期核对: an article whose publish time is more than a day earlier than
 * the commit that added its file was back-dated, as an inspector reads
 * 伪造发稿日期. Articles the site carried over when it went live are older
 * than their commit by design, so only articles added after the launch count.
 * The git reading is the caller's (src/node/git-history.ts); this is the rule.
 */
export interface DatedArticle {
  /** Path as editors see it. */
  file: string;
  publishedAt: Date;
  /** Commit time of the oldest commit that added the file; undefined when it was never committed. */
  addedAt: Date | undefined;
}

export interface BackdatedArticle extends DatedArticle {
  addedAt: Date;
}

/** When the site went live, and whether the office named it (`--launch`) or the history did. */
export interface Launch {
  at: Date;
  given: boolean;
}

export interface PublishDateAudit {
  kind: 'checked';
  /** The launch the rule used, if any commit had added news by `now`. */
  launch: Launch | undefined;
  /** Articles added after the launch, whose dates were compared. */
  checked: number;
  /** Articles added at or before the launch: carried over, not compared. */
  migrated: number;
  /** Files with no commit at or before `now` (new files, or commits later than a simulated `now`). */
  uncommitted: string[];
  backdated: BackdatedArticle[];
}

/** More than this earlier than its commit is back-dated: an article written up the day after an event is honest. */
export const BACKDATE_TOLERANCE_MS = 24 * 3600 * 1000;

/**
 * The launch: `given` when the office names it (`--launch`), else the first
 * commit that added anything under news/ — the day the site's content began —
 * provided that commit existed at `now`.
 */
export function launchOf(firstNewsAdd: Date | undefined, now: Date, given: Date | undefined): Launch | undefined {
  if (given) return { at: given, given: true };
  return firstNewsAdd && firstNewsAdd <= now ? { at: firstNewsAdd, given: false } : undefined;
}

/** Judges published articles; the audit is "as of `now`", so a commit after `now` is not yet history. */
export function auditPublishDates(articles: readonly DatedArticle[], launch: Launch | undefined, now: Date): PublishDateAudit {
  const result: PublishDateAudit = { kind: 'checked', launch, checked: 0, migrated: 0, uncommitted: [], backdated: [] };
  for (const article of articles) {
    const { addedAt } = article;
    if (!addedAt || addedAt > now || !launch) result.uncommitted.push(article.file);
    else if (addedAt <= launch.at) result.migrated++;
    else {
      result.checked++;
      if (addedAt.getTime() - article.publishedAt.getTime() > BACKDATE_TOLERANCE_MS) result.backdated.push({ ...article, addedAt });
    }
  }
  return result;
}
