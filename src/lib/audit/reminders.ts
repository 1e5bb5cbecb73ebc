/**
 * The audit's update rules as content:check 提醒: the home page and each column
 * about to break its rule or past it. Advice only: the check never fails on
 * them (a quiet week is not an error in any one file).
 */
import { t } from '../../i18n/zh-CN.ts';
import { formatChinaDate } from '../china-time.ts';
import type { Problem } from '../check/problem.ts';
import type { Column } from '../site/columns.ts';
import { auditColumns } from './columns.ts';
import { homeFreshness } from './home.ts';
import type { UpdateRules } from './rules.ts';
import { columnName } from './sections.ts';

/** `file` is the content folder as editors see it; the field names the page (`/`, a column's URL). */
export function updateReminders(newest: Date | undefined, columns: readonly Column[], now: Date, rules: UpdateRules, file: string): Problem[] {
  const remind = (field: string, message: string): Problem => ({ file, field, message, severity: 'warning' });
  const found: Problem[] = [];
  const home = homeFreshness(newest, now, rules);
  const max = rules.homeMaxIdleDays;
  if (home.kind === 'none') found.push(remind('/', t('audit.remind.home.none')));
  else if (home.status !== 'ok') found.push(remind('/', t(`audit.remind.home.${home.status}`, { days: home.days, max, date: formatChinaDate(home.breaksOn) })));
  for (const row of auditColumns(columns, now, rules).rows) {
    if ((row.state !== 'soon' && row.state !== 'overdue') || row.maxIdleDays === null || row.breaksOn === undefined) continue;
    const params = {
      name: columnName(row.column),
      kind: t(`column.kind.${row.column.kind}`),
      days: row.days ?? 0,
      max: row.maxIdleDays,
      date: formatChinaDate(row.breaksOn),
    };
    found.push(remind(row.column.url, t(`audit.remind.column.${row.state}`, params)));
  }
  return found;
}
