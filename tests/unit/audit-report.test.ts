import { describe, expect, test } from 'vitest';
import { updateReminders } from '../../src/lib/audit/reminders.ts';
import { renderHtml } from '../../src/lib/audit/render-html.ts';
import { displayWidth, renderText } from '../../src/lib/audit/render-text.ts';
import { auditSite, strictFailure, type AuditInput } from '../../src/lib/audit/report.ts';
import type { UpdateRules } from '../../src/lib/audit/rules.ts';
import { reportSections } from '../../src/lib/audit/sections.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { siteColumns, type ColumnSettings } from '../../src/lib/site/columns.ts';
import { at, siteOf, type TestArticle } from '../support/audit-site.ts';

const NOW = at('2026-11-22 12:00');
const RULES: UpdateRules = { maxIdleDays: { dynamic: 14, notice: 183, policy: 183, feature: null, other: 365 }, warnDaysAhead: 3, homeMaxIdleDays: 14 };
const SETTINGS: ColumnSettings = { news: 'dynamic', honors: 'other', communities: 'other', topics: { 'tong-zhi-gong-gao': 'notice' }, topicDefault: 'feature' };

function input(news: readonly TestArticle[], communities: readonly string[], over: Partial<AuditInput> = {}): AuditInput {
  const site = siteOf(news, communities, NOW);
  return {
    now: NOW,
    site,
    columns: siteColumns(site, SETTINGS),
    rules: RULES,
    identity: [],
    publishDates: { kind: 'checked', launch: { at: at('2026-01-01'), given: false }, checked: 1, migrated: 3, uncommitted: [], backdated: [] },
    contentLinks: [],
    builtLinks: { kind: 'unbuilt' },
    ...over,
  };
}

const FRESH: TestArticle[] = [
  { slug: 'fresh', time: '2026-11-20 09:00', community: 'qingsongli', topics: ['通知公告'] },
  { slug: 'other', time: '2026-10-20 09:00', community: 'haitang' },
];

describe('auditSite', () => {
  test('a fresh site with no findings passes, and --strict has nothing to fail on', () => {
    const report = auditSite(input(FRESH, ['qingsongli', 'haitang']));
    expect(report.vetoes).toEqual([]);
    expect(strictFailure(report)).toBe(false);
  });

  test('names every failing single-veto item', () => {
    const stale: TestArticle[] = [{ slug: 'old', time: '2026-01-05 09:00', title: '截止目前的工作', topics: ['通知公告'] }];
    const report = auditSite(
      input(stale, ['a', 'b', 'c', 'd', 'e'], {
        publishDates: {
          kind: 'checked',
          launch: { at: at('2026-01-01'), given: false },
          checked: 1,
          migrated: 0,
          uncommitted: [],
          backdated: [{ file: 'x.md', publishedAt: at('2026-01-05'), addedAt: at('2026-03-01') }],
        },
      }),
    );
    expect(report.vetoes).toEqual(['home', 'emptyColumns', 'typos', 'backdated']);
    const text = renderText('t', 'i', reportSections(report));
    expect(text).toContain('不通过：触犯 4 项单项否决');
    expect(text).toContain('· 首页超过 14 天没有新信息');
    // Five communities, 红榜 (no roll) and the site's two nav columns (通知公告, 政策文件 in site.config), which no article here uses.
    expect(text).toContain('· 空白栏目 8 个（5 个即否决）');
    expect(text).toContain('content/news/2026/old.md：标题：“截止目前”应为“截至目前”');
    expect(text).toContain('x.md：发稿时间 2026年1月5日 00:00，提交时间 2026年3月1日 00:00，早了 55 天');
  });

  test('a broken link costs points: --strict fails, the verdict still passes', () => {
    const report = auditSite(input(FRESH, ['qingsongli', 'haitang'], { builtLinks: { kind: 'checked', pages: 40, broken: ['/news/: /nope/（不存在）'] } }));
    expect(report.vetoes).toEqual([]);
    expect(strictFailure(report)).toBe(true);
    expect(renderText('t', 'i', reportSections(report))).toContain('扣分项：失效链接 1 个');
  });

  test('a pass with sample values left says they must be replaced, beside the verdict', () => {
    const identity = [{ file: 'src/site.config.ts', field: 'icp', message: '示例值', severity: 'warning' as const }];
    const verdict = reportSections(auditSite(input(FRESH, ['qingsongli', 'haitang'], { identity })))[0]?.lines ?? [];
    expect(verdict[0]).toBe('通过：没有触犯单项否决项');
    expect(verdict[1]).toContain('还有 1 项站点信息是示例值');
    expect(reportSections(auditSite(input(FRESH, ['qingsongli', 'haitang'])))[0]?.lines).toHaveLength(1);
  });

  test('checked before the launch, it says so instead of counting articles as not yet committed', () => {
    const launch = { at: at('2026-12-08'), given: true };
    const report = auditSite(
      input(FRESH, ['qingsongli', 'haitang'], {
        publishDates: { kind: 'checked', launch, checked: 0, migrated: 0, uncommitted: ['a.md', 'b.md'], backdated: [] },
      }),
    );
    const text = renderText('t', 'i', reportSections(report));
    expect(text).toContain('核对时刻在上线之前：2 篇都是上线前的稿件');
    expect(text).not.toContain('还没有提交');
  });

  test('says the history was not available instead of guessing', () => {
    const report = auditSite(input(FRESH, ['qingsongli', 'haitang'], { publishDates: { kind: 'unavailable', gap: 'shallow' } }));
    expect(renderText('t', 'i', reportSections(report))).toContain('仓库是浅克隆');
    expect(report.vetoes).toEqual([]);
  });

  test('the column table has the six columns the office reads, one row per column', () => {
    const [, , columns] = reportSections(auditSite(input(FRESH, ['qingsongli', 'haitang'])));
    expect(columns?.table?.head).toEqual(['栏目', '类型', '最近更新', '距今天数', '规则', '状态']);
    expect(columns?.table?.rows[0]).toEqual(['新闻', '动态要闻', '2026年11月20日', '2', '14 天内更新', '正常']);
  });
});

describe('rendering', () => {
  const report = auditSite(
    input(FRESH, ['qingsongli', 'haitang'], { identity: [{ file: 'src/site.config.ts', field: 'icp', message: '<b>示例</b>', severity: 'warning' }] }),
  );
  const html = renderHtml('网站检查自查报告', '核对时刻', reportSections(report), true);

  test('the HTML page is self-contained and kept out of search engines', () => {
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
    expect(html).toContain('&lt;b&gt;示例&lt;/b&gt;');
  });

  test('the HTML page carries every line the terminal shows', () => {
    const sections = reportSections(report);
    for (const line of sections.flatMap((s) => [s.title, ...s.lines]))
      expect(html).toContain(line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;'));
  });

  test('a terminal table pads Chinese text by its display width', () => {
    expect(displayWidth('新闻ab')).toBe(6);
  });
});

describe('content:check 提醒', () => {
  test('the home page and each column about to break or past its rule, as warnings naming the page', () => {
    const news: TestArticle[] = [
      { slug: 'a', time: '2026-11-09 09:00', community: 'qingsongli' },
      { slug: 'b', time: '2025-06-01 09:00', community: 'haitang' },
    ];
    const site = siteOf(news, ['qingsongli', 'haitang'], NOW);
    const lines = updateReminders(site.news[0]?.publishedAt, siteColumns(site, SETTINGS), NOW, RULES, 'content').map(formatProblem);
    expect(lines).toEqual([
      'content: /: 提醒：首页已 13 天没有新稿件，2026年11月24日起超过 14 天（单项否决）——请及时发布',
      'content: /news/: 提醒：栏目“新闻”（动态要闻）已 13 天没有新稿件，2026年11月24日起超过 14 天的更新要求——请及时更新',
      'content: /communities/haitang/: 提醒：栏目“haitang社区”（其他）已 539 天没有新稿件，超过 365 天的更新要求——请尽快更新',
    ]);
  });
});
