/** The import corpus's scorer: each expectation one check, and a miss says what it expected and got. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/zh-CN.ts';
import { expectationSchema } from '../../scripts/lib/import-corpus/expectation.ts';
import { familyScores, type PageScore } from '../../scripts/lib/import-corpus/corpus.ts';
import { scoreImport } from '../../scripts/lib/import-corpus/score.ts';

const expectation = expectationSchema.parse({
  family: 'news-portal',
  page: 'test',
  frontmatter: { title: '社区食堂开张', publishedAt: '2025-11-03', authors: ['韩雪'], editor: '王丽' },
  body: { contains: ['老人吃饭不用愁。'], absent: ['分享让更多人看到'], figures: ['志愿者送餐'], headings: [] },
  report: { dayOnly: true, chrome: ['分享让更多人看到'], assumed: [{ line: '江北区民政局', as: 'source' }] },
});

const markdown = (front: string, body: string) => `---\n${front}\ndraft: true\n---\n\n${body}\n`;
const good = markdown(
  'title: 社区食堂开张\npublishedAt: "2025-11-03"\nauthors: [韩雪]\neditor: 王丽',
  '老人吃饭不用愁。\n\n![志愿者送餐](./images/a-1.jpg "志愿者送餐")',
);
const report = [
  t('import.todo.dayOnly', { day: '2025-11-03' }),
  t('import.todo.assumed.source', { text: '江北区民政局' }),
  t('import.report.chromeLines'),
  t('import.report.chromeLine', { text: '分享让更多人看到' }),
].join('\n');

describe('scoreImport', () => {
  test('a page that matches passes every check, one per expectation', () => {
    const checks = scoreImport(expectation, good, report);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    // 4 fields, 1 contains, 1 absent, count + 1 caption, headings, dayOnly, 1 chrome, 1 assumed
    expect(checks).toHaveLength(12);
  });

  test('an unreadable front matter fails all twelve checks, not one', () => {
    const checks = scoreImport(expectation, '---\ntitle: [社区\n---\n正文', report);
    expect(checks).toHaveLength(12);
    expect(checks.filter((c) => c.ok)).toEqual([]);
  });

  test('a split name, an extra field, a kept share line, a heading and a missing figure are each a miss', () => {
    const bad = markdown(
      'title: 社区食堂开张\npublishedAt: "2025-11-03"\nauthors: [韩, 雪]\neditor: 王丽\nsubtitle: 江北区民政局',
      '## 老人吃饭不用愁。\n\n分享让更多人看到',
    );
    const missed = scoreImport(expectation, bad, '').filter((c) => !c.ok);
    expect(missed.map((c) => c.what)).toEqual([
      'frontmatter.authors',
      'frontmatter.subtitle (not on the page)',
      'body.absent',
      'body.figures.count',
      'body.figures.caption',
      'body.headings',
      'report.dayOnly',
      'report.chrome',
      'report.assumed',
    ]);
    expect(missed[0]).toMatchObject({ expected: ['韩雪'], actual: ['韩', '雪'] });
  });

  test('a chrome line the report cut short with … still counts as listed', () => {
    const long = '人民网版权所有，未经书面授权禁止使用，违者必究并追究法律责任';
    const expectLong = expectationSchema.parse({ ...expectation, report: { chrome: [long] } });
    const cut = [t('import.report.chromeLines'), t('import.report.chromeLine', { text: `${Array.from(long).slice(0, 30).join('')}…` })].join('\n');
    expect(scoreImport(expectLong, good, cut).find((c) => c.what === 'report.chrome')?.ok).toBe(true);
  });

  test('an expectation with a misspelt key is refused, not silently ignored', () => {
    expect(expectationSchema.safeParse({ ...expectation, frontmatter: { title: 'x', author: ['韩雪'] } }).success).toBe(false);
    expect(expectationSchema.safeParse({ ...expectation, frontmatter: { title: 'x', publishedAt: '2025/11/03' } }).success).toBe(false);
  });
});

describe('familyScores', () => {
  test('accuracy is checks passed over checks, per family and overall', () => {
    const page = (family: string, oks: boolean[]): PageScore => ({
      page: { family, name: 'x', raw: 'x', expect: expectation },
      markdown: '',
      report: '',
      checks: oks.map((ok) => ({ what: 'x', ok, expected: 1 })),
    });
    const scores = familyScores([page('a', [true, false]), page('a', [true, true]), page('b', [false])]);
    expect(scores.map((s) => [s.family, s.passed, s.checks, s.perfect])).toEqual([
      ['a', 3, 4, 1],
      ['b', 0, 1, 0],
      ['all', 3, 5, 1],
    ]);
  });
});

test('no test reads a held-out batch of the corpus (only npm run bench -- --import does)', () => {
  const dir = new URL('../', import.meta.url).pathname;
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:ts|mjs|js)$/.test(f) && !f.endsWith('import-corpus-score.test.ts'));
  expect(files.filter((f) => readFileSync(join(dir, f), 'utf8').includes("'held-out"))).toEqual([]);
});
