import { readFileSync } from 'node:fs';
// The ESM build (untyped): the package's main entry needs a window.
// @ts-expect-error -- no declaration file for this path
import zh_Hans from '../../node_modules/decap-cms-locales/dist/esm/zh_Hans/index.js';
import { describe, expect, test } from 'vitest';
import { liveLabel } from '../../src/lib/desk/live-label.ts';
import { DECAP_OVERRIDES, deskLocale } from '../../scripts/lib/desk/client/locale.ts';
import { t } from '../../src/i18n/zh-CN.ts';
import { goesLive } from '../../src/lib/desk/goes-live.ts';
import { saveStatusText } from '../../src/lib/desk/save-status.ts';
import { summaryDate } from '../../src/lib/desk/summary-date.ts';
import { deskConfig } from '../../src/lib/desk/decap-config.ts';
import { SITE } from '../../src/site.config.ts';

const NOW = new Date('2026-12-06T07:00:00Z'); // 15:00 China time

describe('goesLive', () => {
  test.each([
    ['a past publish time', { publishedAt: '2026-12-01 09:00' }, { kind: 'next-build' }],
    ['a future publish time', { publishedAt: '2026-12-08 09:00' }, { kind: 'scheduled', at: '2026-12-08T01:00:00.000Z' }],
    ['a draft with a future time', { publishedAt: '2026-12-08 09:00', draft: true }, { kind: 'draft' }],
    ['a draft', { publishedAt: '2026-12-01', draft: true }, { kind: 'draft' }],
    ['no publish time (红榜)', { name: '王老师' }, { kind: 'next-build' }],
    ['a draft without a publish time', { draft: true }, { kind: 'draft' }],
    ['a Date value', { publishedAt: new Date('2027-01-01T00:00:00Z') }, { kind: 'scheduled', at: '2027-01-01T00:00:00.000Z' }],
  ])('%s', (_what, data, expected) => {
    expect(goesLive(data, NOW)).toEqual(expected);
  });
});

describe('saveStatusText', () => {
  test.each([
    ['published for the next build', { state: 'published', goesLive: { kind: 'next-build' } }, '已提交，网站将在约 10 分钟内更新'],
    ['a take-down (no goesLive)', { state: 'published' }, '已提交，网站将在约 10 分钟内更新'],
    ['scheduled', { state: 'published', goesLive: { kind: 'scheduled', at: '2026-12-08T01:00:00.000Z' } }, '定时发布：2026年12月8日 09:00 起显示'],
    ['a draft', { state: 'published', goesLive: { kind: 'draft' } }, '草稿：不会出现在网站上'],
    ['pending', { state: 'pending', goesLive: { kind: 'next-build' } }, '已保存在本机，待推送'],
    ['pending and a draft', { state: 'pending', goesLive: { kind: 'draft' } }, '已保存在本机，待推送；草稿：不会出现在网站上'],
    ['unchanged', { state: 'unchanged', goesLive: { kind: 'next-build' } }, '没有新的修改需要保存'],
  ] as const)('%s', (_what, outcome, expected) => {
    expect(saveStatusText(outcome, 10)).toBe(expected);
  });
});

describe('summaryDate', () => {
  test.each([
    ['2019-11-05 09:30', '2019年11月5日 09:30'],
    ['2019-11-05 09:30:00', '2019年11月5日 09:30'],
    ['2019-05-01', '2019年5月1日 00:00'],
    ['2019-05-01T09:30:00+08:00', '2019年5月1日 09:30'],
    ['2019-05-01T01:30:00Z', '2019年5月1日 09:30'],
    [new Date('2019-05-01T01:30:00Z'), '2019年5月1日 09:30'],
    ['下周一', '下周一'],
    [undefined, ''],
  ])('%j → %s', (value, expected) => {
    expect(summaryDate(value)).toBe(expected);
  });
});

describe('the publish interval', () => {
  test('SITE.publishEveryMinutes is the systemd timer’s interval', () => {
    const timer = readFileSync(new URL('../../deploy/systemd/shequ-publish.timer', import.meta.url), 'utf8');
    expect(/^OnCalendar=\*:0\/(\d+)$/m.exec(timer)?.[1]).toBe(String(SITE.publishEveryMinutes));
  });
});

describe('the desk’s list', () => {
  const news = (deskConfig({ topics: [], branch: 'main' })['collections'] as Record<string, unknown>[]).find((c) => c['name'] === 'news') ?? {};
  test('is newest first by publish time', () => {
    expect(news['sortable_fields']).toEqual([{ field: 'publishedAt', default_sort: 'desc' }, 'title']);
  });
  test('shows first whether the article is on the site, then the one date spelling the file format fills', () => {
    expect(news['summary']).toMatch(/^【\{\{deskLiveText\}\}】\{\{deskPublishedText\}\}/);
  });
});

describe('liveLabel: the list’s first word on each article', () => {
  const now = new Date('2026-12-06T12:00:00+08:00');
  test.each([
    ['published', { publishedAt: '2026-12-01 09:00' }, '已发布'],
    ['scheduled', { publishedAt: '2026-12-14 09:00' }, '定时 2026年12月14日 09:00'],
    ['a draft', { publishedAt: '2026-12-01 09:00', draft: true }, '草稿，网站不显示'],
    ['a draft without a time', { draft: true }, '草稿，网站不显示'],
  ])('%s', (_what, data, label) => {
    expect(liveLabel(data, now)).toBe(label);
  });
});

describe('the line after a take-down', () => {
  test('says the site stops showing it and that it is kept', () => {
    expect(saveStatusText({ state: 'published', goesLive: { kind: 'withdrawn' } }, 10)).toBe(
      '已撤下：网站将在约 10 分钟内不再显示它（稿件作为草稿保留，取消“草稿标记”可重新发布）',
    );
  });
});

describe('deskLocale', () => {
  const locale = deskLocale(zh_Hans as Record<string, unknown>);
  const at = (tree: unknown, path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);
  test.each(Object.entries(DECAP_OVERRIDES))('%s replaces a string Decap has (or misses)', (path, key) => {
    if (path !== 'ui.settingsDropdown.account') expect(typeof at(zh_Hans, path)).toBe('string');
    expect(at(locale, path)).toBe(t(key));
  });
  test('keeps the rest, and 撤下 for 删除', () => {
    expect(at(locale, 'editor.editorToolbar.publish')).toBe('发布');
    expect(at(locale, 'editor.editorToolbar.deleteEntry')).toBe(t('desk.takeDown.button'));
  });
  test('says no 集合 or 项目 where the desk shows them', () => {
    expect(JSON.stringify([at(locale, 'collection.sidebar'), at(locale, 'mediaLibrary'), at(locale, 'editor.editorToolbar')])).not.toMatch(/集合|项目/);
  });
});
