import { describe, expect, test } from 'vitest';
import type { Column } from '../../src/lib/site/columns.ts';
import { siteMapGroups } from '../../src/lib/site/site-map.ts';
import { findErrorUrl } from '../../src/lib/site/identity.ts';

const column = (key: string, group: Column['group'], name: string, kind: Column['kind'], count = 1): Column => ({
  key,
  group,
  kind,
  name,
  url: `/${key.replace('topic:', 'topics:').replace('community:', 'communities:').replace(':', '/')}/`,
  count,
  lastUpdated: undefined,
});

describe('siteMapGroups', () => {
  const columns = [
    column('news', 'section', 'news', 'dynamic', 22),
    column('topic:yizhen', 'topic', '义诊', 'feature', 3),
    column('topic:tongzhi-gonggao', 'topic', '通知公告', 'notice', 4),
    column('topic:zhuanti', 'topic', '防汛', 'notice', 1),
    column('topic:dangjian', 'topic', '党建动态', 'dynamic', 2),
    column('community:minghu', 'community', '明湖社区', 'other', 5),
  ];
  const settings = { topics: { 'tongzhi-gonggao': 'notice' as const }, topicDefault: 'feature' as const };
  const groups = siteMapGroups({ honorYears: [{ year: 2025, categories: [{ entries: ['王淑芬', '李东升', '周桂兰'] }] }] }, columns, settings);
  const group = (id: string) => groups.find((g) => g.id === id);

  test('has every column, 红榜 year and service page, with what each holds', () => {
    expect(groups.map((g) => g.id)).toEqual(['sections', 'topics', 'communities', 'honors', 'services']);
    // 主要栏目 is the nav: 通知公告 is a column there, with what it holds, and not repeated under 专题.
    expect(group('sections')?.links.map((l) => l.label)).toEqual(['首页', '新闻', '通知公告', '社区', '专题', '红榜', '归档', '互动交流']);
    expect(group('sections')?.links.find((l) => l.url === '/news/')?.note).toBe('22篇');
    expect(group('sections')?.links.find((l) => l.label === '通知公告')?.note).toBe('4篇');
    expect(group('communities')?.links).toEqual([{ label: '明湖社区', url: '/communities/minghu/', note: '5篇' }]);
    expect(group('honors')?.links).toEqual([{ label: '2025年度红榜', url: '/honors/2025/', note: '3人（户）' }]);
    expect(group('services')?.links.map((l) => l.url)).toEqual(['/search/', '/feeds/', '/accessibility/']);
  });

  test('tags a 专题 whose kind is not the usual one', () => {
    const kinds = Object.fromEntries(group('topics')?.links.map((l) => [l.label, l.kind]) ?? []);
    expect(kinds).toEqual({ 义诊: undefined, 防汛: 'notice', 党建动态: 'dynamic' });
  });

  test('leaves out a group with nothing in it (a site with no 红榜 yet)', () => {
    expect(siteMapGroups({ honorYears: [] }, columns, settings).map((g) => g.id)).not.toContain('honors');
  });
});

describe('findErrorUrl', () => {
  test('fills the 网站标识码 into the 找错 form', () => {
    expect(findErrorUrl({ siteCode: ' 3701020001 ', findErrorUrl: 'https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfoNew?sitecode={siteCode}' })).toBe(
      'https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfoNew?sitecode=3701020001',
    );
  });
  test('gives no link when the form needs a code the site does not have', () => {
    expect(findErrorUrl({ siteCode: '', findErrorUrl: 'https://example.gov.cn/jiucuo?code={siteCode}' })).toBeUndefined();
    expect(findErrorUrl({ siteCode: '', findErrorUrl: 'https://example.gov.cn/jiucuo' })).toBe('https://example.gov.cn/jiucuo');
  });
});
