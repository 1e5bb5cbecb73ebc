/**
 * Photos on the editing desk as a clerk gets them (#32): WeChat exports and
 * files named in Chinese, uploaded through the 图片 component at 1366×768,
 * published under the article's own names, and shown again — in Chinese, with
 * their thumbnails and captions — when the article is reopened.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chinaYear } from '../../src/lib/china-time.ts';
import { SITE } from '../../src/site.config.ts';
import { cleanChildEnv, ROOT } from '../support/build.ts';
import { useBrowser } from './support/browser.ts';
import { openDesk, type TestDesk } from './support/desk.ts';

const YEAR = chinaYear(new Date());
const SLUG = 'huodong-xianchang-zhaopian';
const ARTIFACTS = join(ROOT, 'tests/artifacts');
const PHOTOS = [
  { name: '微信图片_20261206150312.jpg', color: '#3a6', alt: '居民在广场上排队登记', caption: '志愿者为居民登记（摄影 张三）' },
  { name: '活动现场.jpg', color: '#36a', alt: '活动现场的舞台', caption: '文艺演出现场（摄影 李四）' },
] as const;

describe('photos with Chinese names on the editing desk', () => {
  const browser = useBrowser();
  let desk: TestDesk;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `desk-photos-${name}.png`) });

  beforeAll(async () => {
    desk = await openDesk(browser(), 'desk-photos');
    page = desk.page;
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const p of PHOTOS)
      await sharp({ create: { width: 1200, height: 800, channels: 3, background: p.color } })
        .jpeg()
        .toFile(join(desk.dir, p.name));
  });

  afterAll(async () => {
    await desk?.close();
  });

  const imagesDir = () => join(desk.clone, 'content/news', String(YEAR), 'images');

  test('uploaded through 图片, they are published as <slug>-1.jpg and <slug>-2.jpg with their captions', async () => {
    await page.goto(`${desk.url}#/collections/news/new`);
    await page.locator('input[id^="title"]').fill('社区文艺演出现场');
    await page.locator('input[id^="slug"]').fill(SLUG);
    await page.locator('input[id^="publishedAt"]').fill(`${YEAR}-03-08T09:30`);
    await page.locator('input[id^="source"]').fill('本站讯');
    await page.locator('input[id^="first"]').fill('刘丽君');
    await page.locator('input[id^="second"]').fill('王大鹏');
    await page.locator('input[id^="final"]').fill('孙玲姿');
    await page.locator('[data-slate-editor="true"]').first().click();
    await page.keyboard.type('社区举办文艺演出，居民踊跃参加。');
    for (const [i, p] of PHOTOS.entries()) {
      await page.getByRole('button', { name: '添加组件' }).click();
      await page.getByRole('menuitem', { name: '图片' }).click();
      await page.getByRole('button', { name: '选择图片' }).last().click();
      await page.locator('input[type=file]').setInputFiles(join(desk.dir, p.name));
      // The picture window lists the upload under the clerk's own name, selected.
      await page.getByText(p.name).waitFor();
      await shot(`1-upload-${i + 1}`);
      await page.getByRole('button', { name: '使用选中的照片' }).click();
      await page.getByLabel('图片内容').last().fill(p.alt);
      await page.getByLabel('图片说明').last().fill(p.caption);
    }
    await shot('2-form');

    await page.getByRole('button', { name: '发布' }).click();
    await page.getByText('发布（按发布时间显示）').click();
    const toast = page.locator('.Toastify');
    await toast
      .getByText(/已保存|失败/)
      .first()
      .waitFor({ timeout: 30_000 });
    await shot('3-published');
    expect(await toast.innerText()).toMatch(/已保存/);

    const text = readFileSync(join(desk.clone, 'content/news', String(YEAR), `${SLUG}.md`), 'utf8');
    expect(text).toContain(`![${PHOTOS[0].alt}](./images/${SLUG}-1.jpg "${PHOTOS[0].caption}")`);
    expect(text).toContain(`![${PHOTOS[1].alt}](./images/${SLUG}-2.jpg "${PHOTOS[1].caption}")`);
    const saved = readdirSync(imagesDir());
    expect(saved).toEqual(expect.arrayContaining([`${SLUG}-1.jpg`, `${SLUG}-2.jpg`]));
    expect(saved.filter((f) => /[^\x20-\x7e]/.test(f))).toEqual([]);
    // Numbered as the article shows them: -1 the green WeChat photo, -2 the blue one.
    const dominant = async (n: number) => (await sharp(join(imagesDir(), `${SLUG}-${n}.jpg`)).stats()).dominant;
    expect(await dominant(1)).toSatisfy((c: { g: number; b: number }) => c.g > c.b);
    expect(await dominant(2)).toSatisfy((c: { g: number; b: number }) => c.b > c.g);
    const check = execFileSync(process.execPath, ['scripts/check-content.ts', join(desk.clone, 'content')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: cleanChildEnv({}),
    });
    expect(check).toMatch(/0 个错误/);
  });

  test('reopened, the photo blocks are our Chinese 图片 with captions and loaded thumbnails, and no 用 URL 替代', async () => {
    await page.goto('about:blank');
    await page.goto(`${desk.url}#/collections/news/entries/${YEAR}/${SLUG}`);
    const captions = page.getByLabel('图片说明');
    await captions.first().waitFor();
    expect(await captions.count()).toBe(2);
    expect(await Promise.all([0, 1].map((i) => captions.nth(i).inputValue()))).toEqual(PHOTOS.map((p) => p.caption));
    expect(await Promise.all([0, 1].map((i) => page.getByLabel('图片内容').nth(i).inputValue()))).toEqual(PHOTOS.map((p) => p.alt));
    // Decap's own English component is not the one that read them.
    for (const english of ['ALT TEXT', 'TITLE']) expect(await page.getByText(english, { exact: true }).count()).toBe(0);
    // Decap's words and ours (locale.ts) for a photo by address: neither may show.
    for (const words of ['用 URL 替代', '从 URL 插入', '改用网址', '填写网址']) expect(await page.getByText(words).count()).toBe(0);

    // The thumbnails are the photos (1200 wide), not Decap's empty placeholder.
    const thumbnails = page.locator('[data-slate-editor="true"] img');
    await expect.poll(() => thumbnails.evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth)), { timeout: 15_000 }).toEqual([1200, 1200]);
    await thumbnails.first().scrollIntoViewIfNeeded();
    await shot('4-reopened');

    // The preview shows the site's name and the captions under the photos, as the site does.
    const preview = page.frameLocator('iframe').first();
    await preview.getByText('审稿进度').waitFor();
    expect(await preview.locator('.site-header').innerText()).toContain(SITE.name);
    expect(await preview.locator('.prose figure figcaption').allInnerTexts()).toEqual(PHOTOS.map((p) => p.caption));
    expect(await preview.locator('.prose figure img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth))).toEqual([1200, 1200]);
    await preview.locator('.prose figure').last().scrollIntoViewIfNeeded();
    await shot('5-preview');
    expect(existsSync(join(imagesDir(), `${SLUG}-1.jpg`))).toBe(true);
  });
});
