/**
 * The portal's report, as content:check reports files: one line per problem, naming the member
 * (its name and address) and what is wrong, then what the portal did about it, then a summary.
 */
import { t } from '../../../src/i18n/zh-CN.ts';
import type { MemberData } from '../../../src/lib/district/portal-model.ts';

export function portalReport(data: readonly MemberData[], formatTime: (iso: string) => string): string[] {
  const lines: string[] = [];
  let stale = 0;
  let none = 0;
  for (const d of data) {
    if (d.problems.length === 0) continue;
    const who = t('portal.report.member', { name: d.member.name, url: d.member.url });
    for (const problem of d.problems) lines.push(`${who}: ${problem}`);
    if (d.fetchedAt) stale++;
    else none++;
    lines.push(`${who}: ${d.fetchedAt ? t('portal.report.stale', { time: formatTime(d.fetchedAt) }) : t('portal.report.none')}`);
  }
  lines.push(t('portal.report.summary', { count: data.length, fresh: data.length - stale - none, stale, none }));
  return lines;
}
