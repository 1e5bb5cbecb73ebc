/**
 * The compliance report: every rule family judged as of `now`, and which
 * single-veto items fail. Pure; `npm run audit` gathers the inputs (content,
 * git history, the built site) and renders it (sections.ts).
 */
import type { Problem } from '../check/problem.ts';
import type { CheckedSiteModel } from '../site/checked-model.ts';
import type { Column } from '../site/columns.ts';
import { auditColumns, type ColumnAudit } from './columns.ts';
import { homeFreshness, homeVetoed, type HomeFreshness } from './home.ts';
import type { BuiltLinks } from './links.ts';
import type { PublishDateAudit } from './publish-dates.ts';
import type { UpdateRules, VetoId } from './rules.ts';
import { findTypos, type TextField, type TypoFinding } from './typos.ts';

/** Why the git history could not be read. */
export type HistoryGap = 'noGit' | 'notRepo' | 'shallow';

export interface AuditInput {
  now: Date;
  /** The site as a build at `now` publishes it. */
  site: CheckedSiteModel;
  columns: readonly Column[];
  rules: UpdateRules;
  /** Placeholder identity fields (site-identity.ts). */
  identity: readonly Problem[];
  publishDates: PublishDateAudit | { kind: 'unavailable'; gap: HistoryGap };
  contentLinks: readonly Problem[];
  builtLinks: BuiltLinks;
}

export interface AuditReport extends Omit<AuditInput, 'site' | 'columns'> {
  home: HomeFreshness;
  columns: ColumnAudit;
  typos: TypoFinding[];
  /** Failing single-veto items, in VETO_IDS order. */
  vetoes: VetoId[];
  brokenLinks: number;
}

/** Title, summary and body of every article the site shows. */
export function publishedText(site: CheckedSiteModel): TextField[] {
  return site.news.flatMap(({ entry }): TextField[] => {
    const file = entry.file.path;
    const fields: TextField[] = [{ file, field: 'title', text: entry.data.title, line: undefined }];
    if (entry.data.summary) fields.push({ file, field: 'summary', text: entry.data.summary, line: undefined });
    fields.push({ file, field: 'body', text: entry.body, line: entry.bodyLine });
    return fields;
  });
}

export function auditSite(input: AuditInput): AuditReport {
  const { site, columns: siteColumns, ...rest } = input;
  const home = homeFreshness(site.news[0]?.publishedAt, input.now, input.rules);
  const columns = auditColumns(siteColumns, input.now, input.rules);
  const typos = findTypos(publishedText(site));
  const backdated = input.publishDates.kind === 'unavailable' ? 0 : input.publishDates.backdated.length;
  const failing: Record<VetoId, boolean> = {
    home: homeVetoed(home),
    staleNewsColumns: columns.vetoes.staleNewsColumns,
    staleColumns: columns.vetoes.staleColumns,
    emptyColumns: columns.vetoes.emptyColumns,
    typos: typos.length > 0,
    backdated: backdated > 0,
  };
  const vetoes = (Object.keys(failing) as VetoId[]).filter((id) => failing[id]);
  const brokenLinks = input.contentLinks.length + (input.builtLinks.kind === 'checked' ? input.builtLinks.broken.length : 0);
  return { ...rest, home, columns, typos, vetoes, brokenLinks };
}

/** What `--strict` fails on: a single-veto item, or an error-level finding (a broken link costs points). */
export const strictFailure = (report: AuditReport): boolean => report.vetoes.length > 0 || report.brokenLinks > 0;
