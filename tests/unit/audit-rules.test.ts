import { describe, expect, test } from 'vitest';
import { auditColumns } from '../../src/lib/audit/columns.ts';
import { homeFreshness, homeVetoed } from '../../src/lib/audit/home.ts';
import { judgeIdle } from '../../src/lib/audit/idle.ts';
import type { UpdateRules } from '../../src/lib/audit/rules.ts';
import { addChinaDays, chinaDaysBetween, formatChinaDate } from '../../src/lib/china-time.ts';
import type { Column } from '../../src/lib/site/columns.ts';
import type { ColumnKind } from '../../src/site.config.ts';
import { at, siteOf } from '../support/audit-site.ts';

const NOW = at('2026-11-22 12:00');
const RULES: UpdateRules = { maxIdleDays: { dynamic: 14, notice: 183, policy: 183, feature: null, other: 365 }, warnDaysAhead: 3, homeMaxIdleDays: 14 };
const daysAgo = (days: number): Date => addChinaDays(NOW, -days);

const column = (key: string, kind: ColumnKind, lastDaysAgo: number | undefined): Column => ({
  key,
  group: 'topic',
  kind,
  name: key,
  url: `/topics/${key}/`,
  count: lastDaysAgo === undefined ? 0 : 1,
  lastUpdated: lastDaysAgo === undefined ? undefined : daysAgo(lastDaysAgo),
});
const many = (n: number, kind: ColumnKind, lastDaysAgo: number | undefined): Column[] =>
  Array.from({ length: n }, (_, i) => column(`${kind}-${i}`, kind, lastDaysAgo));

describe('China-time days', () => {
  test('counts calendar days in China, not 24-hour spans', () => {
    expect(chinaDaysBetween(at('2026-11-21 23:59'), at('2026-11-22 00:01'))).toBe(1);
    expect(chinaDaysBetween(at('2026-11-22 00:01'), at('2026-11-22 23:59'))).toBe(0);
    expect(chinaDaysBetween(at('2026-11-22 12:00'), at('2026-11-08 12:00'))).toBe(-14);
  });

  test('adds days to an instant', () => {
    expect(formatChinaDate(addChinaDays(at('2026-12-31 23:00'), 1))).toBe('2027年1月1日');
  });
});

describe('judgeIdle', () => {
  test.each([
    [10, 'ok'],
    [11, 'ok'],
    [12, 'soon'], // 3 days before the rule breaks on day 15
    [14, 'soon'],
    [15, 'overdue'],
  ] as const)('%i days after the last update a 14-day rule is %s', (days, status) => {
    expect(judgeIdle(daysAgo(days), NOW, 14, 3).status).toBe(status);
  });

  test('names the first day the rule is broken', () => {
    const verdict = judgeIdle(at('2026-11-01 09:00'), NOW, 14, 3);
    expect(formatChinaDate(verdict.breaksOn)).toBe('2026年11月16日');
    expect(verdict.days).toBe(21);
  });
});

describe('home page freshness', () => {
  test.each([
    [13, false, 'soon'],
    [14, false, 'soon'],
    [15, true, 'overdue'],
  ] as const)('newest article %i days ago: veto %s', (days, vetoed, status) => {
    const home = homeFreshness(daysAgo(days), NOW, RULES);
    expect(homeVetoed(home)).toBe(vetoed);
    expect(home.kind === 'dated' && home.status).toBe(status);
  });

  test('a site with no published article has nothing new on its home page', () => {
    expect(homeVetoed(homeFreshness(undefined, NOW, RULES))).toBe(true);
  });

  test('a scheduled article counts only from its time: before it, the home page is as old as the last published one', () => {
    const news = [
      { slug: 'old', time: '2026-11-05 09:00' },
      { slug: 'scheduled', time: '2026-11-23 09:00' },
    ];
    const before = siteOf(news, [], NOW);
    expect(before.news.map((n) => n.id)).toEqual(['old']);
    expect(homeVetoed(homeFreshness(before.news[0]?.publishedAt, NOW, RULES))).toBe(true);
    const after = at('2026-11-23 09:00');
    const site = siteOf(news, [], after);
    const home = homeFreshness(site.news[0]?.publishedAt, after, RULES);
    expect(home.kind === 'dated' && home.days).toBe(0);
  });

  test('a draft never freshens the home page', () => {
    const site = siteOf(
      [
        { slug: 'old', time: '2026-11-01 09:00' },
        { slug: 'draft', time: '2026-11-21 09:00', draft: true },
      ],
      [],
      NOW,
    );
    expect(site.news[0]?.id).toBe('old');
  });
});

describe('columns against their rules', () => {
  test('each column is ok, about to break (with the day it breaks), overdue, empty or without a rule', () => {
    const audit = auditColumns(
      [
        column('news', 'dynamic', 12),
        column('notice', 'notice', 100),
        column('stale', 'dynamic', 30),
        column('none', 'other', undefined),
        column('feature', 'feature', 900),
      ],
      NOW,
      RULES,
    );
    expect(audit.rows.map((r) => [r.column.key, r.state, r.days])).toEqual([
      ['news', 'soon', 12],
      ['notice', 'ok', 100],
      ['stale', 'overdue', 30],
      ['none', 'empty', undefined],
      ['feature', 'noRule', 900],
    ]);
    expect(formatChinaDate(audit.rows[0]?.breaksOn ?? new Date(NaN))).toBe('2026年11月25日');
  });

  test.each([
    [4, false],
    [5, true],
  ])('%i overdue 动态要闻/通知公告/政策文件 columns together: veto %s', (n, vetoed) => {
    const columns = [...many(2, 'dynamic', 20), ...many(n - 2, 'policy', 200), ...many(3, 'notice', 10)];
    const audit = auditColumns(columns, NOW, RULES);
    expect(audit.staleNews).toHaveLength(n);
    expect(audit.vetoes.staleNewsColumns).toBe(vetoed);
  });

  test.each([
    [9, false],
    [10, true],
  ])('%i columns past their rule, of any kind with a rule: veto %s', (n, vetoed) => {
    const columns = [...many(n - 1, 'other', 400), ...many(1, 'dynamic', 20), ...many(5, 'feature', 2000)];
    const audit = auditColumns(columns, NOW, RULES);
    expect(audit.stale).toHaveLength(n);
    expect(audit.vetoes.staleColumns).toBe(vetoed);
    expect(audit.vetoes.staleNewsColumns).toBe(false);
  });

  test.each([
    [4, false],
    [5, true],
  ])('%i empty columns: veto %s', (n, vetoed) => {
    const audit = auditColumns([...many(n, 'other', undefined), column('news', 'dynamic', 1)], NOW, RULES);
    expect(audit.empty).toHaveLength(n);
    expect(audit.vetoes.emptyColumns).toBe(vetoed);
    expect(audit.stale).toHaveLength(0); // an empty column is counted once, as empty
  });
});
