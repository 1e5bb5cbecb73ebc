/**
 * The update rules the audit reads from site.config (`SITE.columns`) and the
 * single-veto thresholds of 《政府网站与政务新媒体检查指标》(国办秘函〔2019〕19号),
 * which are the document's, not the site's, so they are constants here.
 */
import type { ColumnKind } from '../../site.config.ts';

export interface UpdateRules {
  /** Days a column of each kind may go without a new article; null: no rule. */
  readonly maxIdleDays: Readonly<Record<ColumnKind, number | null>>;
  readonly warnDaysAhead: number;
  readonly homeMaxIdleDays: number;
}

/** Kinds the document names as 动态、要闻 and 通知公告、政策文件: their overdue columns count together. */
export const NEWS_AND_NOTICE_KINDS: readonly ColumnKind[] = ['dynamic', 'notice', 'policy'];

export const VETO_THRESHOLDS = {
  /** Overdue 动态要闻 / 通知公告 / 政策文件 columns, counted together. */
  staleNewsColumns: 5,
  /** Columns that have an update rule and are past it, of any kind. */
  staleColumns: 10,
  /** Columns that list nothing. */
  emptyColumns: 5,
} as const;

/** Single-veto items the audit can judge, in the order the report names them. */
export const VETO_IDS = ['home', 'staleNewsColumns', 'staleColumns', 'emptyColumns', 'typos', 'backdated'] as const;
export type VetoId = (typeof VETO_IDS)[number];
