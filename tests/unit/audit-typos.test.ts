import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runContentCheck } from '../../scripts/lib/run-check.ts';
import { publishedText } from '../../src/lib/audit/report.ts';
import { TYPOS } from '../../src/lib/audit/typo-list.ts';
import { findTypos, type TextField } from '../../src/lib/audit/typos.ts';
import { at, siteOf } from '../support/audit-site.ts';
import { ROOT } from '../../scripts/lib/repo-root.ts';

const body = (text: string): TextField => ({ file: 'a.md', field: 'body', text, line: 12 });

describe('the typo list', () => {
  test('has one entry per wrong form, each with a different correct form', () => {
    expect(new Set(TYPOS.map((e) => e.wrong)).size).toBe(TYPOS.length);
    expect(TYPOS.filter((e) => e.wrong === e.right)).toEqual([]);
    expect(TYPOS.length).toBeGreaterThanOrEqual(20);
  });

  test.each(TYPOS.map((e) => [e.wrong, e.right]))('finds %s in a sentence and says %s', (wrong, right) => {
    expect(findTypos([body(`社区工作${wrong}，居民满意。`)]).map((f) => [f.wrong, f.right])).toEqual([[wrong, right]]);
  });

  test.each(TYPOS.map((e) => [e.right]))('the correct form %s is not flagged', (right) => {
    expect(findTypos([body(`社区工作${right}，居民满意。`)])).toEqual([]);
  });

  test.each(['发布署名文章', '疫苗不良反应问题', '化学反应问题', '抽签定顺序', '标签定期更换', '轻松驰骋'])(
    'a correct text with a listed form across a word boundary is not flagged: %s',
    (text) => {
      expect(findTypos([body(text)])).toEqual([]);
    },
  );

  test('says the file, field, body line and a short context', () => {
    const [finding] = findTypos([
      { file: 'a.md', field: 'title', text: '截止目前', line: undefined },
      body('第一段。\n\n社区党员再接再励，继续为居民办实事，把好事办好办实。'),
    ]);
    expect(finding).toEqual({ file: 'a.md', field: 'title', line: undefined, wrong: '截止目前', right: '截至目前', context: '截止目前' });
    const [, second] = findTypos([
      { file: 'a.md', field: 'title', text: '截止目前', line: undefined },
      body('第一段。\n\n社区党员再接再励，继续为居民办实事，把好事办好办实。'),
    ]);
    expect(second).toMatchObject({ field: 'body', line: 14, context: '第一段。 社区党员再接再励，继续为居民办实事，' });
  });

  test('gives no false hit on the sample content', () => {
    const now = at('2030-01-01 00:00'); // every dated article published
    const { content } = runContentCheck(join(ROOT, 'content'), now, ROOT, () => {});
    const fields = content.news.flatMap((n) => [
      { file: n.file.path, field: 'title' as const, text: n.data.title, line: undefined },
      { file: n.file.path, field: 'summary' as const, text: n.data.summary ?? '', line: undefined },
      { file: n.file.path, field: 'body' as const, text: n.body, line: n.bodyLine },
    ]);
    expect(fields.length).toBeGreaterThan(30);
    expect(findTypos(fields)).toEqual([]);
  });

  test('reads only published text: a draft’s or scheduled article’s typo is not reported', () => {
    const now = at('2026-11-22 12:00');
    const site = siteOf(
      [
        { slug: 'published', time: '2026-11-01 09:00', summary: '截止目前已完成', body: '再接再励' },
        { slug: 'draft', time: '2026-11-02 09:00', draft: true, body: '一如继往' },
        { slug: 'scheduled', time: '2026-12-01 09:00', body: '迫不急待' },
      ],
      [],
      now,
    );
    expect(findTypos(publishedText(site)).map((f) => [f.file, f.field, f.wrong])).toEqual([
      ['content/news/2026/published.md', 'summary', '截止目前'],
      ['content/news/2026/published.md', 'body', '再接再励'],
    ]);
  });
});
