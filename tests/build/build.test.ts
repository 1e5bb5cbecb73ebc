import { existsSync, readFileSync, readlinkSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE } from '../../src/site.config.ts';
import { copyFixture, diffTrees, filesContaining, ROOT, runBuild, tempDir, treeDigest } from '../support/build.ts';

const SMALL = join(ROOT, 'tests/fixtures/site-small');
const NOW = '2026-11-22T12:00:00+08:00';

describe('the sample site', () => {
  const out = join(tempDir('sample'), 'dist');
  const run = runBuild({ CONTENT_DIR: join(ROOT, 'content'), SITE_NOW: NOW, OUT_DIR: out });

  test('builds, with the seed articles published', () => {
    expect(run.status, run.output).toBe(0);
    const page = readFileSync(join(out, 'news/yuhuangyuan-youren-qi/index.html'), 'utf8');
    expect(page).toContain('这个社区“有人气”');
    expect(page).toContain('<time datetime="2021-01-25T15:54:00+08:00">2021年1月25日 15:54</time>');
    expect(page).toContain('初审：刘丽君　复审：王大鹏　终审：孙玲姿');
  });

  test('an article carries sharing metadata WeChat and search engines read, with China-time dates', () => {
    const page = readFileSync(join(out, 'news/qingsongli-yinling-zhijia/index.html'), 'utf8');
    expect(page).toMatch(/<link rel="canonical" href="https:\/\/shequ\.example\.cn\/news\/qingsongli-yinling-zhijia\/">/);
    expect(page).toMatch(/<meta property="og:title" content="[^"]+">/);
    expect(page).toMatch(/<meta property="og:image" content="https:\/\/shequ\.example\.cn\/_astro\/[^"]+\.jpe?g">/);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)?.[1] ?? '{}') as Record<string, string>;
    expect(jsonLd['@type']).toBe('NewsArticle');
    expect(jsonLd['datePublished']).toMatch(/^2026-09-28T\d{2}:\d{2}:00\+08:00$/);
  });

  test('every page footer shows the ICP and 公安 filing numbers', () => {
    for (const path of ['index.html', 'news/index.html', 'communities/index.html', '404.html']) {
      const page = readFileSync(join(out, path), 'utf8');
      expect(page, path).toContain(SITE.icp);
      expect(page, path).toContain(SITE.policeBeian);
    }
  });

  test('the sitemap lists published pages only, and robots.txt points to it', () => {
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://shequ.example.cn/news/yuhuangyuan-youren-qi/</loc>');
    expect(sitemap).not.toContain('404');
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain('Sitemap: https://shequ.example.cn/sitemap-index.xml');
  });

  test.each(['草稿专用标记词甲', '定时专用标记词乙', 'draft-caogao-shili', 'scheduled-dingshi-shili'])(
    'no file of dist/ mentions the unpublished article marker %s',
    (marker) => {
      expect(filesContaining(out, marker)).toEqual([]);
    },
  );
});

describe('builds are independent of the build machine time zone', () => {
  test('TZ=UTC and TZ=America/Los_Angeles give byte-identical sites', () => {
    const utc = join(tempDir('utc'), 'dist');
    const la = join(tempDir('la'), 'dist');
    expect(runBuild({ CONTENT_DIR: SMALL, SITE_NOW: NOW, OUT_DIR: utc, TZ: 'UTC' }).status).toBe(0);
    expect(runBuild({ CONTENT_DIR: SMALL, SITE_NOW: NOW, OUT_DIR: la, TZ: 'America/Los_Angeles' }).status).toBe(0);
    expect(diffTrees(treeDigest(utc), treeDigest(la))).toEqual([]);
    // 2024-12-31 23:30 China time is still 2024 in China, already 2025 in UTC… and shows as such.
    const page = readFileSync(join(la, 'news/taoyuan-shitang/index.html'), 'utf8');
    expect(page).toContain('<time datetime="2024-12-31T23:30:00+08:00">2024年12月31日 23:30</time>');
  });
});

describe('scheduling follows SITE_NOW', () => {
  test('a scheduled article appears once SITE_NOW passes its publish time, and a draft never does', () => {
    const before = join(tempDir('before'), 'dist');
    const after = join(tempDir('after'), 'dist');
    expect(runBuild({ CONTENT_DIR: SMALL, SITE_NOW: '2026-12-31T23:59:59+08:00', OUT_DIR: before }).status).toBe(0);
    expect(runBuild({ CONTENT_DIR: SMALL, SITE_NOW: '2027-01-01T08:00:00+08:00', OUT_DIR: after }).status).toBe(0);
    expect(filesContaining(before, 'zxqvschedmarker')).toEqual([]);
    expect(filesContaining(after, 'zxqvschedmarker')).toContain('news/scheduled-zxqv-marker/index.html');
    expect(filesContaining(after, 'zxqvdraftmarker')).toEqual([]);
  });
});

describe('a failed build publishes nothing', () => {
  const out = join(tempDir('atomic'), 'dist');

  test('a content error leaves the previous dist/ byte-for-byte as it was', () => {
    expect(runBuild({ CONTENT_DIR: SMALL, SITE_NOW: NOW, OUT_DIR: out }).status).toBe(0);
    const before = treeDigest(out);
    const link = readlinkSync(out);
    const run = runBuild({ CONTENT_DIR: join(ROOT, 'tests/fixtures/check-errors'), SITE_NOW: NOW, OUT_DIR: out });
    expect(run.status).toBe(1);
    expect(run.output).toContain('review.final: 缺少终审人');
    expect(run.output).toContain('dist/ 保持原样');
    expect(readlinkSync(out)).toBe(link);
    expect(diffTrees(before, treeDigest(out))).toEqual([]);
  });

  test('a render error (a corrupt photo) leaves dist/ untouched and no staging folder behind', () => {
    const content = copyFixture('site-small');
    writeFileSync(join(content, 'news/2024/images/photo.jpg'), 'this is not a jpeg');
    const before = treeDigest(out);
    const run = runBuild({ CONTENT_DIR: content, SITE_NOW: NOW, OUT_DIR: out });
    expect(run.status).toBe(1);
    expect(diffTrees(before, treeDigest(out))).toEqual([]);
    expect(readdirSync(join(out, '../.releases')).filter((n) => n.startsWith('staging-'))).toEqual([]);
  });

  test('the next good build publishes again', () => {
    const run = runBuild({ CONTENT_DIR: SMALL, SITE_NOW: '2027-06-01T00:00:00+08:00', OUT_DIR: out });
    expect(run.status, run.output).toBe(0);
    expect(existsSync(join(out, 'news/scheduled-zxqv-marker/index.html'))).toBe(true);
  });
});
