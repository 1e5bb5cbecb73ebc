import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/zh-CN.ts';
import { SITE } from '../../src/site.config.ts';
import { checkSave, type DeskCheck } from '../../src/node/desk-check.ts';
import { checkSaveFull } from '../../scripts/lib/bench/plain-save-check.ts';

const NOW = new Date(Date.UTC(2026, 0, 1));
const PATH = 'content/news/2024/xin-wen.md';
const ARTICLE = ['---', 'title: 新闻', 'publishedAt: 2024-06-02 09:00', 'source: 本站讯', 'community: taoyuan', 'review: { first: 甲, second: 乙, final: 丙 }'];
// The smallest JPEG the checker calls whole: start marker, end marker.
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x02, 0xff, 0xd9]);

let repo: string;
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'shequ-desk-check-'));
  cpSync(new URL('../fixtures/site-small', import.meta.url).pathname, join(repo, 'content'), { recursive: true });
});

describe('checkSave', () => {
  test('passes a whole article whose photo is only uploaded so far', () => {
    const text = [...ARTICLE, '---', '', '![居民](./images/xin-wen-1.jpg "说明")', ''].join('\n');
    expect(checkSave(repo, [{ path: PATH, text }], [{ path: 'content/news/2024/images/xin-wen-1.jpg', bytes: JPEG }], NOW)).toEqual({
      errors: [],
      warnings: [],
      problems: [],
    });
  });

  test('judges an uploaded photo by its bytes, in content:check’s words', () => {
    const text = [...ARTICLE, '---', '', '![居民](./images/xin-wen-1.jpg)', ''].join('\n');
    const cut = JPEG.subarray(0, 6);
    const { errors } = checkSave(repo, [{ path: PATH, text }], [{ path: 'content/news/2024/images/xin-wen-1.jpg', bytes: cut }], NOW);
    expect(errors).toEqual([
      `content/news/2024/xin-wen.md: body（第 9 行）: ${t('check.photo.truncated', { value: './images/xin-wen-1.jpg', size: '6 字节' })}`,
    ]);
  });

  test('replaces the entry on disk and reports only the saved file', () => {
    const text = ['---', 'title: 桃园社区义诊', 'draft: true', '---', ''].join('\n');
    const result = checkSave(repo, [{ path: 'content/news/2024/taoyuan-yizhen.md', text }], [], NOW);
    expect(result.errors).toEqual([]);
    expect(result.warnings.every((w) => w.startsWith('content/news/2024/taoyuan-yizhen.md: '))).toBe(true);
    expect(result.warnings.some((w) => w.includes('review.final'))).toBe(true);
  });
});

/** A fresh copy of the small site, so a test may change files on disk. */
function freshRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shequ-desk-check-'));
  cpSync(new URL('../fixtures/site-small', import.meta.url).pathname, join(dir, 'content'), { recursive: true });
  return dir;
}

/** The article text with `extra` front-matter lines and `body`. */
const article = (extra: readonly string[] = [], body = '正文。') => [...ARTICLE, ...extra, '---', '', body, ''].join('\n');

/** Both checks, which must agree; the fast one's verdict is returned. */
function bothChecks(dir: string, ...args: Parameters<typeof checkSave> extends [string, ...infer R] ? R : never): DeskCheck {
  const fast = checkSave(dir, ...args);
  expect(fast).toEqual(checkSaveFull(dir, ...args));
  return fast;
}

describe('checkSave finds the errors a save causes elsewhere', () => {
  test('an article made a draft while another links to it', () => {
    const dir = freshRepo();
    const text = ['---', 'title: 桃园社区食堂开张', 'draft: true', '---', '', '草稿。', ''].join('\n');
    const { errors } = bothChecks(dir, [{ path: 'content/news/2024/taoyuan-shitang.md', text }], [], NOW);
    expect(errors).toEqual([`content/news/2024/taoyuan-yizhen.md: body（第 9 行）: ${t('check.unpublishedLink', { value: '/news/taoyuan-shitang/' })}`]);
  });

  test('a photo in use deleted', () => {
    const dir = freshRepo();
    const { errors } = bothChecks(dir, [], [], NOW, ['content/news/2024/images/photo.jpg']);
    expect(errors).toHaveLength(2);
    expect(errors.every((e) => e.startsWith('content/news/2024/taoyuan-shitang.md: '))).toBe(true);
  });

  test('a community renamed while articles and honors use its id', () => {
    const dir = freshRepo();
    const text = readFileSync(join(dir, 'content/communities/taoyuan.yaml'), 'utf8');
    const { errors } = bothChecks(dir, [{ path: 'content/communities/xinyuan.yaml', text }], [], NOW, ['content/communities/taoyuan.yaml']);
    const unknown = `community: ${t('check.unknownCommunity', { value: 'taoyuan' })}`;
    expect(errors).toEqual([
      `content/honors/2024/wang-laoshi.md: ${unknown}`,
      `content/news/2024/taoyuan-shitang.md: ${unknown}`,
      `content/news/2024/taoyuan-yizhen.md: ${unknown}`,
    ]);
  });

  test('a topic whose URL collides with another article’s', () => {
    const dir = freshRepo();
    const { errors } = bothChecks(dir, [{ path: PATH, text: article(['topics: [社区 食堂]']) }], [], NOW);
    expect(errors).toEqual([
      `content/topics.yaml: topics: ${t('check.topicSlugCollision', { name: '社区 食堂', other: '社区食堂', slug: 'she-qu-shi-tang' })}`,
    ]);
  });

  test('the same slug in another year', () => {
    const dir = freshRepo();
    const { errors } = bothChecks(dir, [{ path: 'content/news/2023/taoyuan-yizhen.md', text: article() }], [], NOW);
    // The 2023 file comes first by path, so the 2024 one, not saved, is the duplicate.
    expect(errors).toEqual([`content/news/2024/taoyuan-yizhen.md: slug: ${t('check.duplicateSlug', { other: 'content/news/2023/taoyuan-yizhen.md' })}`]);
  });
});

describe('checkSave on the saved file itself', () => {
  test('reports its own errors and warnings, not other files’ old ones', () => {
    const dir = freshRepo();
    const text = article(['cover: ./images/photo.jpg'], '[坏链接](/news/no-such-article/)')
      .replace('title: 新闻', `title: ${'长'.repeat(80)}`)
      .replace('taoyuan', 'nowhere');
    const { errors, warnings } = bothChecks(dir, [{ path: PATH, text }], [], NOW);
    expect([...errors, ...warnings].every((line) => line.startsWith(`${PATH}: `))).toBe(true);
    expect(errors).toEqual([
      `${PATH}: coverAlt: ${t('check.coverAltRequired')}`,
      `${PATH}: community: ${t('check.unknownCommunity', { value: 'nowhere' })}`,
      `${PATH}: body（第 10 行）: ${t('check.brokenLink', { value: '/news/no-such-article/' })}`,
    ]);
    expect(warnings).toEqual([`${PATH}: title: ${t('check.warning', { message: t('check.titleTooLong', { length: 80, max: SITE.titleWarnLength }) })}`]);
  });
});

describe('checkSave sees files changed on disk between saves', () => {
  const save = (dir: string) => checkSave(dir, [{ path: PATH, text: article([], '见[食堂](/news/taoyuan-shitang/)。') }], [], NOW);
  /** Moves a file's times back, so the cache would trust it were it not read again. */
  const age = (file: string) => utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));

  test('an article edited by hand is read again, even with its times set back', () => {
    const dir = freshRepo();
    const file = join(dir, 'content/news/2024/taoyuan-shitang.md');
    age(file);
    expect(save(dir).errors).toEqual([]);
    writeFileSync(file, readFileSync(file, 'utf8').replace('source: 本站讯', 'draft: true\nsource: 本站讯').replace('除夕前夜，', ''));
    age(file);
    expect(save(dir).errors).toEqual([`${PATH}: body（第 9 行）: ${t('check.unpublishedLink', { value: '/news/taoyuan-shitang/' })}`]);
  });

  test('a deleted article and a new one', () => {
    const dir = freshRepo();
    expect(save(dir).errors).toEqual([]);
    rmSync(join(dir, 'content/news/2024/taoyuan-shitang.md'));
    expect(save(dir).errors).toEqual([`${PATH}: body（第 9 行）: ${t('check.brokenLink', { value: '/news/taoyuan-shitang/' })}`]);
    mkdirSync(join(dir, 'content/news/2025'));
    writeFileSync(join(dir, 'content/news/2025/taoyuan-shitang.md'), article());
    expect(bothChecks(dir, [{ path: PATH, text: article([], '见[食堂](/news/taoyuan-shitang/)。') }], [], NOW).errors).toEqual([]);
  });
});

describe('checkSave agrees with the full two-pass check', () => {
  const ARTICLES = ['news/2024/taoyuan-shitang.md', 'news/2024/taoyuan-yizhen.md', 'news/2023/taoyuan-shitang.md', 'news/2024/xin-wen.md'];
  const LINKS = [
    '/news/taoyuan-shitang/',
    '/news/xin-wen/',
    './taoyuan-shitang.md',
    '/communities/taoyuan/',
    '/communities/xinyuan/',
    '/topics/she-qu-shi-tang/',
    '/honors/2024/wang-laoshi/',
  ];
  const PHOTOS = ['./images/photo.jpg', './images/new.jpg', './images/gone.jpg'];
  const articleText = fc
    .record({
      state: fc.constantFrom(['draft: true'], ['publishedAt: 2024-06-02 09:00'], ['publishedAt: 2027-01-01 08:00']),
      community: fc.constantFrom([], ['community: taoyuan'], ['community: xinyuan']),
      topics: fc.subarray(['社区食堂', '社区 食堂', '义诊']),
      cover: fc.option(fc.constantFrom(...PHOTOS), { nil: undefined }),
      links: fc.subarray(LINKS),
    })
    .map(({ state, community, topics, cover, links }) =>
      [
        '---',
        'title: 新闻',
        ...state,
        'source: 本站讯',
        ...community,
        `topics: [${topics.join(', ')}]`,
        ...(cover ? [`cover: ${cover}`, 'coverAlt: 图'] : []),
        'review: { first: 甲, second: 乙, final: 丙 }',
        '---',
        '',
        ...links.map((l) => `[链接](${l})`),
        '',
      ].join('\n'),
    );
  const community = fc.constantFrom('name: 新苑社区\ndistrict: 区\nsubdistrict: 街道\nsummary: 简介。\n', 'name: [坏');
  const file = fc.oneof(
    fc.tuple(fc.constantFrom(...ARTICLES), articleText),
    fc.tuple(fc.constantFrom('communities/taoyuan.yaml', 'communities/xinyuan.yaml'), community),
    fc.tuple(fc.constant('topics.yaml'), fc.constantFrom('社区食堂: she-qu-shi-tang\n', '义诊: she-qu-shi-tang\n', '义诊: [坏')),
    fc.tuple(
      fc.constant('honors/2024/wang-laoshi.md'),
      fc.constantFrom('---\nname: 王老师\ncategory: dedication\nyear: 2024\ncommunity: taoyuan\nheadline: 好\ndraft: true\n---\n', '---\nname: 王老师\n---\n'),
    ),
  );
  const photo = fc.tuple(fc.constantFrom('news/2024/images/new.jpg', 'news/2024/images/photo.jpg'), fc.constantFrom(JPEG, JPEG.subarray(0, 6)));
  const gone = fc.constantFrom('news/2024/images/photo.jpg', 'news/2024/taoyuan-shitang.md', 'communities/taoyuan.yaml', 'honors/2024/wang-laoshi.md');
  const save = fc.record({
    files: fc.array(file, { maxLength: 3 }),
    photos: fc.array(photo, { maxLength: 2 }),
    deleted: fc.subarray(['news/2024/images/photo.jpg', 'news/2024/taoyuan-shitang.md', 'communities/taoyuan.yaml', 'honors/2024/wang-laoshi.md']),
  });
  const c = (rel: string) => `content/${rel}`;

  test('on random saves of the small site, with files changed on disk between two saves', () => {
    fc.assert(
      fc.property(
        save,
        fc.array(
          fc.oneof(
            file.map(([rel, text]) => ({ rel, text })),
            gone.map((rel) => ({ rel, text: undefined })),
          ),
          { maxLength: 3 },
        ),
        save,
        (first, diskEdits, second) => {
          const dir = freshRepo();
          const run = (s: typeof first) =>
            bothChecks(
              dir,
              s.files.map(([rel, text]) => ({ path: c(rel), text })),
              s.photos.map(([rel, bytes]) => ({ path: c(rel), bytes })),
              NOW,
              s.deleted.map(c),
            );
          run(first);
          for (const edit of diskEdits) {
            const abs = join(dir, 'content', edit.rel);
            if (edit.text === undefined) rmSync(abs, { force: true });
            else {
              mkdirSync(dirname(abs), { recursive: true });
              writeFileSync(abs, edit.text);
            }
          }
          run(second);
        },
      ),
      { numRuns: 60 },
    );
  });
});
