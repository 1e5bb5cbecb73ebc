/**
 * 栏目更新 and 空白栏目: each column against its kind's rule, and the single-veto
 * counts. Our reading of "应更新而未更新的栏目": a column whose kind has a rule
 * (not a 专题, which may rest once finished) and is past it. An empty column is
 * counted once, as empty, not also as overdue.
 */
import { chinaDaysBetween } from '../china-time.ts';
import type { Column } from '../site/columns.ts';
import { judgeIdle, type IdleStatus } from './idle.ts';
import { NEWS_AND_NOTICE_KINDS, VETO_THRESHOLDS, type UpdateRules } from './rules.ts';

export type ColumnState = IdleStatus | 'empty' | 'noRule';

export interface ColumnRow {
  column: Column;
  maxIdleDays: number | null;
  state: ColumnState;
  /** Days since the last update, when it has one. */
  days: number | undefined;
  /** When a rule applies and the column is not empty: the first day it is broken. */
  breaksOn: Date | undefined;
}

export interface ColumnAudit {
  rows: ColumnRow[];
  /** Overdue 动态要闻 / 通知公告 / 政策文件 columns. */
  staleNews: ColumnRow[];
  /** Overdue columns of any kind with a rule. */
  stale: ColumnRow[];
  empty: ColumnRow[];
  vetoes: { staleNewsColumns: boolean; staleColumns: boolean; emptyColumns: boolean };
}

function judgeColumn(column: Column, now: Date, rules: UpdateRules): ColumnRow {
  const maxIdleDays = rules.maxIdleDays[column.kind];
  const last = column.lastUpdated;
  if (column.count === 0 || !last) return { column, maxIdleDays, state: 'empty', days: undefined, breaksOn: undefined };
  if (maxIdleDays === null) return { column, maxIdleDays, state: 'noRule', days: chinaDaysBetween(last, now), breaksOn: undefined };
  const verdict = judgeIdle(last, now, maxIdleDays, rules.warnDaysAhead);
  return { column, maxIdleDays, state: verdict.status, days: verdict.days, breaksOn: verdict.breaksOn };
}

export function auditColumns(columns: readonly Column[], now: Date, rules: UpdateRules): ColumnAudit {
  const rows = columns.map((c) => judgeColumn(c, now, rules));
  const stale = rows.filter((r) => r.state === 'overdue');
  const staleNews = stale.filter((r) => NEWS_AND_NOTICE_KINDS.includes(r.column.kind));
  const empty = rows.filter((r) => r.state === 'empty');
  return {
    rows,
    staleNews,
    stale,
    empty,
    vetoes: {
      staleNewsColumns: staleNews.length >= VETO_THRESHOLDS.staleNewsColumns,
      staleColumns: stale.length >= VETO_THRESHOLDS.staleColumns,
      emptyColumns: empty.length >= VETO_THRESHOLDS.emptyColumns,
    },
  };
}
