/**
 * The report in words: the same sections, in the same order, for the terminal
 * and the HTML page, so the two never say different things.
 */
import { t, isUiKey } from '../../i18n/zh-CN.ts';
import { chinaDaysBetween, formatChinaDate, formatChinaDateTime } from '../china-time.ts';
import { formatProblem, fieldLabel } from '../check/problem.ts';
import type { Column } from '../site/columns.ts';
import type { ColumnRow } from './columns.ts';
import type { AuditReport } from './report.ts';
import { VETO_THRESHOLDS, type VetoId } from './rules.ts';
import { TYPOS } from './typo-list.ts';
import type { TypoFinding } from './typos.ts';

export interface ReportTable {
  head: string[];
  rows: string[][];
}

export interface ReportSection {
  title: string;
  lines: string[];
  table?: ReportTable | undefined;
}

/** A column's name as readers see it: sections by their menu name. */
export function columnName(column: Column): string {
  const key = `nav.${column.name}`;
  return column.group === 'section' && isUiKey(key) ? t(key) : column.name;
}

function statusText(row: { state: ColumnRow['state']; breaksOn: Date | undefined }): string {
  if (row.state === 'soon' && row.breaksOn) return t('audit.status.soon', { date: formatChinaDate(row.breaksOn) });
  return t(`audit.status.${row.state === 'soon' ? 'ok' : row.state}`);
}

function vetoLine(id: VetoId, report: AuditReport): string {
  switch (id) {
    case 'home':
      return t('audit.veto.home', { max: report.rules.homeMaxIdleDays });
    case 'staleNewsColumns':
      return t('audit.veto.staleNewsColumns', { count: report.columns.staleNews.length, threshold: VETO_THRESHOLDS.staleNewsColumns });
    case 'staleColumns':
      return t('audit.veto.staleColumns', { count: report.columns.stale.length, threshold: VETO_THRESHOLDS.staleColumns });
    case 'emptyColumns':
      return t('audit.veto.emptyColumns', { count: report.columns.empty.length, threshold: VETO_THRESHOLDS.emptyColumns });
    case 'typos':
      return t('audit.veto.typos', { count: report.typos.length });
    case 'backdated':
      return t('audit.veto.backdated', { count: report.publishDates.kind === 'unavailable' ? 0 : report.publishDates.backdated.length });
  }
}

function verdict(report: AuditReport): ReportSection {
  const head = report.vetoes.length === 0 ? t('audit.verdict.pass') : t('audit.verdict.fail', { count: report.vetoes.length });
  const points = report.brokenLinks > 0 ? [t('audit.verdict.points', { count: report.brokenLinks })] : [];
  // A pass with sample values still in place is not ready to show an inspector: say so next to the verdict.
  const placeholders = report.identity.length > 0 ? [t('audit.verdict.placeholders', { count: report.identity.length })] : [];
  return { title: t('audit.section.verdict'), lines: [head, ...report.vetoes.map((id) => `· ${vetoLine(id, report)}`), ...points, ...placeholders] };
}

function home(report: AuditReport): ReportSection {
  const h = report.home;
  const line =
    h.kind === 'none'
      ? t('audit.home.none')
      : t('audit.home.dated', {
          date: formatChinaDateTime(h.newest),
          days: h.days,
          max: report.rules.homeMaxIdleDays,
          status: statusText({ state: h.status, breaksOn: h.breaksOn }),
        });
  return { title: t('audit.section.home'), lines: [line] };
}

function columns(report: AuditReport): ReportSection {
  const c = report.columns;
  const rows = c.rows.map((r) => [
    columnName(r.column),
    t(`column.kind.${r.column.kind}`),
    r.column.lastUpdated ? formatChinaDate(r.column.lastUpdated) : t('audit.columns.none'),
    r.days === undefined ? t('audit.columns.none') : String(r.days),
    r.maxIdleDays === null ? t('audit.columns.none') : t('audit.columns.ruleDays', { days: r.maxIdleDays }),
    statusText(r),
  ]);
  const head = (['name', 'kind', 'last', 'days', 'rule', 'status'] as const).map((k) => t(`audit.columns.${k}`));
  const summary = t('audit.columns.summary', {
    total: c.rows.length,
    overdue: c.stale.length,
    soon: c.rows.filter((r) => r.state === 'soon').length,
    empty: c.empty.length,
  });
  return { title: t('audit.section.columns'), lines: [summary], table: { head, rows } };
}

function empty(report: AuditReport): ReportSection {
  const names = report.columns.empty.map((r) => columnName(r.column));
  const line =
    names.length === 0
      ? t('audit.empty.none')
      : t('audit.empty.count', { count: names.length, threshold: VETO_THRESHOLDS.emptyColumns, names: names.join('、') });
  return { title: t('audit.section.empty'), lines: [line] };
}

function dates(report: AuditReport): ReportSection {
  const d = report.publishDates;
  const title = t('audit.section.dates');
  if (d.kind === 'unavailable') return { title, lines: [t(`audit.dates.${d.gap}`)] };
  if (!d.launch)
    return { title, lines: [t('audit.dates.noLaunch'), t('audit.dates.uncommitted', { count: d.uncommitted.length, files: summarizeFiles(d.uncommitted) })] };
  const launchLine = t(d.launch.given ? 'audit.dates.launchGiven' : 'audit.dates.launchFromHistory', { date: formatChinaDateTime(d.launch.at) });
  // Checked as of a moment before the launch (a test's clock, a look back): nothing has been published on this system yet.
  if (d.launch.at > report.now) return { title, lines: [launchLine, t('audit.dates.beforeLaunch', { count: d.migrated + d.checked + d.uncommitted.length })] };
  const lines = [launchLine, t('audit.dates.migrated', { count: d.migrated }), t('audit.dates.checked', { count: d.checked })];
  if (d.uncommitted.length > 0) lines.push(t('audit.dates.uncommitted', { count: d.uncommitted.length, files: summarizeFiles(d.uncommitted) }));
  if (d.backdated.length === 0) lines.push(t('audit.dates.ok'));
  for (const b of d.backdated) {
    lines.push(
      t('audit.dates.backdated', {
        file: b.file,
        published: formatChinaDateTime(b.publishedAt),
        added: formatChinaDateTime(b.addedAt),
        days: chinaDaysBetween(b.publishedAt, b.addedAt),
      }),
    );
  }
  return { title, lines };
}

/** A long list of files shortened to its first few, so the line stays readable. */
function summarizeFiles(files: readonly string[], shown = 5): string {
  return files.length <= shown ? files.join('、') : t('audit.filesMore', { files: files.slice(0, shown).join('、') });
}

function typoField(f: TypoFinding): string {
  return f.field === 'body' && f.line !== undefined ? t('audit.typos.bodyLine', { line: f.line }) : fieldLabel(f.field);
}

function typos(report: AuditReport): ReportSection {
  const lines =
    report.typos.length === 0
      ? [t('audit.typos.none', { entries: TYPOS.length })]
      : report.typos.map((f) => t('audit.typos.found', { file: f.file, field: typoField(f), wrong: f.wrong, right: f.right, context: f.context }));
  return { title: t('audit.section.typos'), lines };
}

function identity(report: AuditReport): ReportSection {
  const lines = report.identity.length === 0 ? [t('audit.identity.none')] : report.identity.map(formatProblem);
  return { title: t('audit.section.identity'), lines };
}

function links(report: AuditReport): ReportSection {
  const lines =
    report.contentLinks.length === 0
      ? [t('audit.links.contentOk')]
      : [t('audit.links.contentBroken', { count: report.contentLinks.length }), ...report.contentLinks.map(formatProblem)];
  const b = report.builtLinks;
  if (b.kind === 'unbuilt') lines.push(t('audit.links.unbuilt'));
  else if (b.broken.length === 0) lines.push(t('audit.links.builtOk', { pages: b.pages }));
  else lines.push(t('audit.links.builtBroken', { pages: b.pages, count: b.broken.length }), ...b.broken);
  return { title: t('audit.section.links'), lines };
}

/** Every section of the report, in the order the brief and the inspector read them. */
export function reportSections(report: AuditReport): ReportSection[] {
  return [verdict(report), home(report), columns(report), empty(report), dates(report), typos(report), identity(report), links(report)];
}
