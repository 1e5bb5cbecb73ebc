import { describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/zh-CN.ts';
import type { Problem } from '../../src/lib/check/problem.ts';
import { newsRules } from '../../src/lib/check/rules.ts';
import { deskConfig } from '../../src/lib/desk/decap-config.ts';
import { fieldCandidates, formLabel, problemText, readSaveProblems, saveProblem, toastText } from '../../src/lib/desk/save-problems.ts';
import { newsCheckSchema } from '../../src/lib/schemas/news.ts';

const problem = (field: string, message: string): Problem => ({ file: 'content/news/2025/a.md', field, message, severity: 'error' });

describe('which form field a problem is shown at', () => {
  test.each([
    ['review.final', ['review.final', 'review']],
    ['title', ['title']],
    ['authors.1', ['authors']],
    ['body（第 9 行）', ['body']],
    ['frontmatter', []],
    ['', []],
  ])('%s → %j', (field, paths) => {
    expect(fieldCandidates(field)).toEqual(paths);
  });

  test('a field is found by the label editors know it by', () => {
    expect(formLabel('review.final')).toBe('终审人');
    expect(formLabel('body')).toBe(t('desk.field.body'));
    expect(formLabel('nothing')).toBeUndefined();
  });
});

describe('the words the desk shows', () => {
  test('the checker’s own words for most problems, and no path', () => {
    const p = saveProblem(problem('review.final', t('check.requiredToPublish.review.final')), true);
    expect(p).toEqual({
      file: 'content/news/2025/a.md',
      field: 'review.final',
      message: '缺少终审人——未经终审的稿件不能发布，请补上终审人姓名',
      severity: 'error',
      own: true,
    });
    expect(problemText(p)).toBe(p.message);
    expect(toastText([p])).toBe(`${t('desk.fields.toast')}\n${p.message}`);
    expect(toastText([p])).not.toMatch(/content\/|API_ERROR/);
  });

  test('time problems say to use the date box, not to type a format the box does not take', () => {
    const missing = saveProblem(problem('publishedAt', t('check.requiredToPublish.publishedAt')), true);
    expect(missing.message).toBe(t('desk.check.publishedAt'));
    const bad = saveProblem(problem('updatedAt', t('check.badDate', { value: '三月八日' })), true);
    expect(bad.message).toBe(t('desk.check.badDate'));
    for (const words of [missing.message, bad.message, t('desk.hint.publishedAt')]) expect(words).not.toContain('写成');
    // content:check keeps its words for hand-written files.
    expect(t('check.requiredToPublish.publishedAt')).toContain('2025-03-08 09:30');
  });

  test('another article is named by its title', () => {
    const p = saveProblem({ ...problem('body（第 9 行）', '链接指向尚未发布的稿件'), file: 'content/news/2024/b.md' }, false, '桃园社区义诊');
    expect(problemText(p)).toBe('另一篇稿件《桃园社区义诊》：链接指向尚未发布的稿件');
  });

  test('an answer’s problems are read defensively', () => {
    expect(readSaveProblems(undefined)).toEqual([]);
    expect(readSaveProblems([null, { field: 'x' }, { file: 'a', field: 'b', message: 'c', own: true, title: 7 }])).toEqual([
      { file: 'a', field: 'b', message: 'c', severity: 'error', own: true },
    ]);
  });
});

describe('发布必填', () => {
  interface Field {
    name: string;
    required: boolean;
    publish_required?: boolean;
    fields?: Field[];
  }
  const marked = (fields: readonly Field[], prefix = ''): string[] =>
    fields.flatMap((f) => [...(f.publish_required === true ? [prefix + f.name] : []), ...marked(f.fields ?? [], `${prefix}${f.name}.`)]);

  test('the news form marks exactly what content:check requires to publish, and none of it blocks a draft', () => {
    const news = (deskConfig({ topics: [], branch: 'main' })['collections'] as { name: string; fields: Field[] }[]).find((c) => c.name === 'news');
    const fields = news?.fields ?? [];
    const needed = newsRules('a.md', newsCheckSchema.parse({ title: '标题' }))
      .filter((p) => p.message === t(`check.requiredToPublish.${p.field}` as never))
      .map((p) => p.field);
    expect(marked(fields).sort()).toEqual(needed.sort());
    const all = (list: readonly Field[]): Field[] => list.flatMap((f) => [f, ...all(f.fields ?? [])]);
    expect(
      all(fields)
        .filter((f) => f.publish_required === true)
        .every((f) => !f.required),
    ).toBe(true);
    expect(fields.find((f) => f.name === 'title')?.required).toBe(true);
  });
});

describe('a photo without 图片内容', () => {
  test('is shown at the photo’s own 图片内容 box, without the file name or Markdown the clerk never saw', () => {
    const p = {
      file: 'content/news/2026/a.md',
      field: 'body（第 5 行）',
      message: t('check.missingAlt', { value: './images/a-3.jpg' }),
      severity: 'error' as const,
    };
    const shown = saveProblem(p, true);
    expect(shown.field).toBe('alt');
    expect(shown.message).toBe(t('desk.check.missingAlt'));
    expect(shown.message).not.toMatch(/images|!\[|a-3/);
  });
});
