/**
 * Photos as phones and editors hand them over (issue #18): EXIF orientation,
 * an 8000 px / 20 MB phone photo, and file names with an upper-case extension,
 * a space or Han characters. Every photo is generated here with sharp, into one
 * content folder built once; the assertions read the built site as a reader's
 * browser would (the <img> and its files).
 */
import { spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findAll, findOne, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_PHOTO_WIDTH } from '../../src/lib/photos/photo-width.ts';
import { SITE } from '../../src/site.config.ts';
import { cleanChildEnv, ROOT, tempDir } from '../support/build.ts';

type Element = ReturnType<typeof findAll>[number];

const NOW = '2026-11-22T12:00:00+08:00';
/** The widest image the site asks for: covers and og:image (src/layouts/ArticleLayout.astro, src/components/LeadStory.astro). */
const LARGEST_WIDTH = 1200;
/** Peak resident memory a build of a handful of articles may use, in bytes. */
const MEMORY_LIMIT = 2 * 1024 ** 3;

type Rgb = readonly [number, number, number];
const RED: Rgb = [255, 0, 0];
const GREEN: Rgb = [0, 200, 0];
const BLUE: Rgb = [0, 0, 255];
const YELLOW: Rgb = [255, 255, 0];
/** One colour a photo, so a published file can be told to come from the right one. */
const COLORS = { upper: [255, 0, 255], space: [0, 255, 255], percent: [255, 128, 0], han: [128, 0, 255] } as const satisfies Record<string, Rgb>;

const content = tempDir('photos');
const out = join(tempDir('photos-out'), 'dist');
const images = join(content, 'news/2024/images');
const BIG = join(images, 'big-phone.jpg');

/**
 * 1200×800 as stored, four quadrants (top-left red, top-right green, bottom-left
 * yellow, bottom-right blue), EXIF Orientation 6: a phone held upright. Shown
 * upright (turned 90° clockwise) it is 800×1200 with yellow top-left, red
 * top-right, blue bottom-left and green bottom-right.
 */
async function writeRotated(path: string): Promise<void> {
  const [w, h] = [1200, 800];
  const raw = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const color = y < h / 2 ? (x < w / 2 ? RED : GREEN) : x < w / 2 ? YELLOW : BLUE;
      raw.set(color, (y * w + x) * 3);
    }
  }
  await sharp(raw, { raw: { width: w, height: h, channels: 3 } })
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .toFile(path);
}

/**
 * An 8000×6000 JPEG of ~21 MB, like a 48-megapixel phone's: noise (4×4 blocks
 * of random low-contrast colour) that JPEG cannot shrink, at quality 95.
 */
async function writeBig(path: string): Promise<void> {
  const [w, h] = [4000, 3000];
  const raw = randomFillSync(Buffer.alloc(w * h * 3));
  for (let i = 0; i < raw.length; i++) raw[i] = (raw[i]! & 0x1f) + 64;
  await sharp(raw, { raw: { width: w, height: h, channels: 3 } })
    .resize(8000, 6000, { kernel: 'nearest' })
    .jpeg({ quality: 95 })
    .toFile(path);
}

const solid = (path: string, color: Rgb) =>
  sharp({ create: { width: 900, height: 600, channels: 3, background: { r: color[0], g: color[1], b: color[2] } } })
    .jpeg({ quality: 90 })
    .toFile(path);

function article(slug: string, title: string, publishedAt: string, cover: string | undefined, body: string): void {
  const front = [
    '---',
    `title: ${title}`,
    `publishedAt: "${publishedAt}"`,
    'source: 本站讯',
    'community: taoyuan',
    ...(cover ? [`cover: ${cover}`, `coverAlt: ${title}的封面`] : []),
    'review: { first: 测试甲, second: 测试乙, final: 测试丙 }',
    '---',
  ];
  writeFileSync(join(content, 'news/2024', `${slug}.md`), `${front.join('\n')}\n\n${title}，正文第一段。\n\n${body}\n`);
}

async function writeContent(): Promise<void> {
  mkdirSync(images, { recursive: true });
  mkdirSync(join(content, 'communities'));
  cpSync(join(ROOT, 'tests/fixtures/site-small/communities/taoyuan.yaml'), join(content, 'communities/taoyuan.yaml'));
  await Promise.all([
    writeRotated(join(images, 'rotated.jpg')),
    writeBig(BIG),
    solid(join(images, 'UPPER.JPG'), COLORS.upper),
    solid(join(images, 'my photo.jpg'), COLORS.space),
    solid(join(images, 'our photo.jpg'), COLORS.percent),
    solid(join(images, '活动照片.jpg'), COLORS.han),
  ]);
  article('xuanzhuan', '竖拍的照片', '2024-06-01 09:00:00', './images/rotated.jpg', '![竖拍的居民合影](./images/rotated.jpg "竖拍的照片")');
  article('dazhaopian', '手机原图', '2024-06-02 09:00:00', './images/big-phone.jpg', '![居民活动现场](./images/big-phone.jpg "手机原图")');
  article(
    'wenjianming',
    '各种文件名',
    '2024-06-03 09:00:00',
    './images/UPPER.JPG',
    [
      '![大写扩展名的照片](./images/UPPER.JPG "大写扩展名")',
      '![带空格的照片](<./images/my photo.jpg> "空格尖括号")',
      '![带空格的照片](./images/our%20photo.jpg "空格百分号")',
      '![汉字名的照片](./images/活动照片.jpg "汉字文件名")',
    ].join('\n\n'),
  );
  article('kongge-fengmian', '空格封面', '2024-06-04 09:00:00', './images/my photo.jpg', '');
  article('hanzi-fengmian', '汉字封面', '2024-06-05 09:00:00', './images/活动照片.jpg', '');
}

interface MemoryRecord {
  argv: string;
  /** bytes */
  maxRSS: number;
}

interface Build {
  status: number | null;
  output: string;
  seconds: number;
  memory: MemoryRecord[];
}

/**
 * `npm run build`, with every Node process it starts (the pipeline and its
 * `astro build` child, where sharp runs) writing its peak resident memory when
 * it exits, through a NODE_OPTIONS --import hook.
 */
function buildMeasured(): Build {
  const dir = tempDir('photos-rss');
  const log = join(dir, 'rss.jsonl');
  const hook = join(dir, 'rss-hook.mjs');
  const record = "JSON.stringify({ argv: process.argv.slice(1).join(' '), maxRSS: process.resourceUsage().maxRSS * 1024 }) + '\\n'";
  writeFileSync(hook, `import { appendFileSync } from 'node:fs';\nprocess.on('exit', () => appendFileSync(${JSON.stringify(log)}, ${record}));\n`);
  const started = performance.now();
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: cleanChildEnv({
      CONTENT_DIR: content,
      OUT_DIR: out,
      SITE_NOW: NOW,
      NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import=${pathToFileURL(hook).href}`.trim(),
    }),
  });
  const seconds = (performance.now() - started) / 1000;
  const memory = existsSync(log)
    ? readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as MemoryRecord)
    : [];
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, seconds, memory };
}

// ---- reading the built site -------------------------------------------------

const page = (path: string) => parseDocument(readFileSync(join(out, path), 'utf8'));
const isTag =
  (name: string) =>
  (n: { type: string; name?: string }): n is Element =>
    n.type === 'tag' && n.name === name;

interface Published {
  url: string;
  /** The width the srcset promises (`480w`), if it came from a srcset. */
  w?: number;
}

/** Every file a browser may load for this <img>: its src, its srcset and its <picture>'s <source>s. */
function filesOf(img: Element): Published[] {
  const srcsets = [img.attribs['srcset'] ?? ''];
  const picture = img.parent && isTag('picture')(img.parent as Element) ? (img.parent as Element) : undefined;
  if (picture) for (const source of picture.children.filter(isTag('source'))) srcsets.push(source.attribs['srcset'] ?? '');
  const found: Published[] = [{ url: img.attribs['src'] ?? '' }];
  for (const entry of srcsets
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [url = '', descriptor = ''] = entry.split(/\s+/);
    const w = /^(\d+)w$/.exec(descriptor)?.[1];
    found.push({ url, ...(w ? { w: Number(w) } : {}) });
  }
  return found;
}

/** The file in OUT_DIR a site URL (`/_astro/…` or `https://site/_astro/…`) names. */
function fileOf(url: string): string {
  const path = url.startsWith(SITE.url) ? url.slice(SITE.url.length) : url.replace(/^\//, '');
  return join(out, decodeURIComponent(path.replace(/[?#].*$/, '')));
}

/** The <img> of an article's cover. */
function coverImg(path: string): Element {
  const figure = findOne((n) => isTag('figure')(n) && (n.attribs['class'] ?? '').split(/\s+/).includes('cover'), page(path).children);
  const img = figure && findOne(isTag('img'), figure.children);
  if (!img) throw new Error(`no cover <img> in ${path}`);
  return img;
}

/** The <img> of the body figure captioned `caption`. */
function figureImg(path: string, caption: string): Element {
  const figure = findAll(isTag('figure'), page(path).children).find((f) => {
    const figcaption = findOne(isTag('figcaption'), f.children);
    return figcaption !== null && textContent(figcaption).trim() === caption;
  });
  const img = figure && findOne(isTag('img'), figure.children);
  if (!img) throw new Error(`no <figure> captioned “${caption}” in ${path}`);
  return img;
}

/** The og:image URL of an article page. */
function ogImage(path: string): string {
  const meta = findOne((n) => isTag('meta')(n) && n.attribs['property'] === 'og:image', page(path).children);
  if (!meta?.attribs['content']) throw new Error(`no og:image in ${path}`);
  return meta.attribs['content'];
}

/** The thumbnail <img> of the news list card linking to `href`. */
function cardImg(path: string, href: string): Element {
  const card = findAll((n) => isTag('article')(n) && n.attribs['class'] === 'news-card', page(path).children).find((c) =>
    findAll(isTag('a'), c.children).some((a) => a.attribs['href'] === href),
  );
  const img = card && findOne(isTag('img'), card.children);
  if (!img) throw new Error(`no card <img> for ${href} in ${path}`);
  return img;
}

interface Decoded {
  file: string;
  width: number;
  height: number;
  orientation: number | undefined;
  /** Mean colour of a 9×9 square around (fx·width, fy·height) of the pixels as stored. */
  at: (fx: number, fy: number) => Rgb;
  mean: Rgb;
}

async function decode(url: string): Promise<Decoded> {
  const file = fileOf(url);
  expect(existsSync(file), `${url} is published (${file})`).toBe(true);
  const meta = await sharp(file).metadata();
  const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (fx: number, fy: number): Rgb => {
    const cx = Math.round(fx * info.width);
    const cy = Math.round(fy * info.height);
    const sum = [0, 0, 0];
    let n = 0;
    for (let y = cy - 4; y <= cy + 4; y++) {
      for (let x = cx - 4; x <= cx + 4; x++) {
        const i = (y * info.width + x) * info.channels;
        for (let c = 0; c < 3; c++) sum[c]! += data[i + c]!;
        n++;
      }
    }
    return [sum[0]! / n, sum[1]! / n, sum[2]! / n];
  };
  const stats = await sharp(file).stats();
  const mean: Rgb = [stats.channels[0]!.mean, stats.channels[1]!.mean, stats.channels[2]!.mean];
  return { file, width: info.width, height: info.height, orientation: meta.orientation, at, mean };
}

const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
/** Which of the four quadrant colours `c` is. */
const quadrantColor = (c: Rgb): string =>
  Object.entries({ red: RED, green: GREEN, blue: BLUE, yellow: YELLOW }).sort(([, a], [, b]) => distance(c, a) - distance(c, b))[0]![0];

/** A published file of the rotated photo: portrait, 2:3, upright (no orientation left for the browser to apply), turned clockwise. */
async function expectUpright(url: string): Promise<void> {
  const d = await decode(url);
  expect(d.orientation ?? 1, `${url} carries no EXIF rotation`).toBe(1);
  expect(d.height, `${url} is portrait`).toBeGreaterThan(d.width);
  expect(d.height / d.width).toBeCloseTo(1.5, 1);
  const corners = [d.at(0.25, 0.25), d.at(0.75, 0.25), d.at(0.25, 0.75), d.at(0.75, 0.75)].map(quadrantColor);
  expect(corners, `${url}: top-left, top-right, bottom-left, bottom-right`).toEqual(['yellow', 'red', 'blue', 'green']);
}

/** A published file shows the one-colour photo `color`, at the width its srcset says. */
async function expectShows(published: Published, color: Rgb): Promise<void> {
  const d = await decode(published.url);
  if (published.w !== undefined) expect(d.width, published.url).toBe(published.w);
  expect(distance(d.mean, color), `${published.url} shows the photo (mean colour ${d.mean.map(Math.round).join(',')})`).toBeLessThan(30);
}

// ---- the build --------------------------------------------------------------

let build: Build;
let check: { status: number | null; output: string };

beforeAll(async () => {
  await writeContent();
  const run = spawnSync(process.execPath, ['scripts/check-content.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: cleanChildEnv({ CONTENT_DIR: content, SITE_NOW: NOW }),
  });
  check = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  build = buildMeasured();
  const peak = Math.max(0, ...build.memory.map((m) => m.maxRSS));
  console.info(
    `[photos] build ${build.seconds.toFixed(1)} s; peak RSS ${(peak / 1024 ** 2).toFixed(0)} MB\n` +
      build.memory.map((m) => `  ${(m.maxRSS / 1024 ** 2).toFixed(0)} MB  ${m.argv}`).join('\n'),
  );
}, 240_000);

// The 21 MB photo and its site are not worth keeping in /tmp after every run.
afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(dirname(out), { recursive: true, force: true });
});

describe('photos as phones and editors send them (issue #18)', () => {
  test('content:check accepts them all, and the site builds', () => {
    expect(check.status, check.output).toBe(0);
    expect(check.output).toContain('0 个错误');
    // Only reminders about the site (its config, its columns' freshness): nothing said about the articles or their photos.
    expect(check.output).not.toContain(`${content}/`);
    expect(build.status, build.output).toBe(0);
  });

  describe('EXIF orientation: a photo taken upright shows upright', () => {
    test('the cover <img> is portrait, and every file behind it is turned clockwise', async () => {
      const img = coverImg('news/xuanzhuan/index.html');
      expect(Number(img.attribs['height'])).toBeGreaterThan(Number(img.attribs['width']));
      expect([img.attribs['width'], img.attribs['height']]).toEqual(['800', '1200']);
      for (const { url } of filesOf(img)) await expectUpright(url);
    });

    test('the body figure <img> is portrait with its caption, every file turned clockwise', async () => {
      const img = figureImg('news/xuanzhuan/index.html', '竖拍的照片');
      expect(img.attribs['alt']).toBe('竖拍的居民合影');
      expect([img.attribs['width'], img.attribs['height']]).toEqual(['800', '1200']);
      for (const { url } of filesOf(img)) await expectUpright(url);
    });

    test('the share image (og:image) is upright too', async () => {
      await expectUpright(ogImage('news/xuanzhuan/index.html'));
    });

    test('the news list thumbnail (cropped to 4:3) is cut from the upright photo', async () => {
      const img = cardImg('news/index.html', '/news/xuanzhuan/');
      for (const { url } of filesOf(img)) {
        const d = await decode(url);
        expect(d.orientation ?? 1).toBe(1);
        // 4:3 cut from the middle of the 2:3 portrait: its top half is the photo's top (yellow | red).
        expect([d.at(0.25, 0.25), d.at(0.75, 0.25), d.at(0.25, 0.75), d.at(0.75, 0.75)].map(quadrantColor), url).toEqual(['yellow', 'red', 'blue', 'green']);
      }
    });
  });

  describe('an 8000×6000, 20 MB phone photo as a cover and a body image', () => {
    test('is really that big', async () => {
      expect(statSync(BIG).size).toBeGreaterThan(15 * 1024 ** 2);
      const meta = await sharp(BIG).metadata();
      expect([meta.width, meta.height]).toEqual([8000, 6000]);
    });

    test('builds within memory', () => {
      expect(build.status, build.output).toBe(0);
      const astro = build.memory.find((m) => m.argv.includes('astro.mjs build'));
      expect(astro, 'the astro build child reported its memory').toBeDefined();
      for (const m of build.memory) expect(m.maxRSS, m.argv).toBeLessThan(MEMORY_LIMIT);
    });

    test('its srcset and share image are resized to at most the largest width the site uses', async () => {
      const path = 'news/dazhaopian/index.html';
      const img = coverImg(path);
      // Aspect ratio kept (4:3), so the page does not jump while the photo loads.
      expect(Number(img.attribs['width']) * 3).toBe(Number(img.attribs['height']) * 4);
      const srcset = filesOf(img).filter((p) => p.w !== undefined);
      expect(srcset.map((p) => p.w)).toContain(LARGEST_WIDTH);
      for (const p of srcset) {
        const d = await decode(p.url);
        expect(d.width, p.url).toBe(p.w);
        expect(d.width, p.url).toBeLessThanOrEqual(LARGEST_WIDTH);
        expect(d.height * 4).toBeCloseTo(d.width * 3, -1);
      }
      const og = await decode(ogImage(path));
      expect(og.width).toBeLessThanOrEqual(LARGEST_WIDTH);
      // The fallback <img src> is published and is the same photo (its size: the test.fails below).
      const fallback = fileOf(img.attribs['src'] ?? '');
      expect(existsSync(fallback), fallback).toBe(true);
      const { width = 0, height = 0 } = await sharp(fallback).metadata();
      expect(height * 4).toBeCloseTo(width * 3, -1);
      await sharp(fallback).resize(64).toBuffer(); // decodes
      const thumb = filesOf(cardImg('news/index.html', '/news/dazhaopian/'));
      for (const p of thumb) expect((await decode(p.url)).width, p.url).toBeLessThanOrEqual(320);
    });

    // Without a width, Astro sized the fallback at the original's (an 8000×6000 JPEG of 7 MB).
    test('its <img src> (what a browser without srcset, or a crawler, loads) is resized too', async () => {
      // Only the width is asserted here: that the file exists and decodes is checked above.
      const src = coverImg('news/dazhaopian/index.html').attribs['src'] ?? '';
      const { width } = await sharp(fileOf(src)).metadata();
      expect(width, src).toBeLessThanOrEqual(LARGEST_WIDTH);
    });

    test('its body figure shows, 4:3, every file published and readable', async () => {
      const img = figureImg('news/dazhaopian/index.html', '手机原图');
      expect(Number(img.attribs['width']) * 3).toBe(Number(img.attribs['height']) * 4);
      const files = filesOf(img);
      expect(files.length).toBeGreaterThan(1);
      for (const p of files) {
        const file = fileOf(p.url);
        expect(existsSync(file), p.url).toBe(true);
        const { width = 0, height = 0 } = await sharp(file).metadata();
        if (p.w !== undefined) expect(width, p.url).toBe(p.w);
        expect(height * 4).toBeCloseTo(width * 3, -1);
      }
      // The smallest one decodes whole.
      const smallest = files.filter((p) => p.w !== undefined).sort((a, b) => a.w! - b.w!)[0]!;
      expect((await decode(smallest.url)).width).toBe(smallest.w);
    });

    // Markdown photos are sized by their original under `layout: 'constrained'`: the image
    // service caps them (src/image-service.ts), src, srcset and sizes alike.
    test('its body figure is resized to at most the widest a photo is published', async () => {
      const img = figureImg('news/dazhaopian/index.html', '手机原图');
      expect(img.attribs['sizes']).toBe(`(min-width: ${MAX_PHOTO_WIDTH}px) ${MAX_PHOTO_WIDTH}px, 100vw`);
      expect([img.attribs['width'], img.attribs['height']]).toEqual([String(MAX_PHOTO_WIDTH), String((MAX_PHOTO_WIDTH * 3) / 4)]);
      for (const p of filesOf(img)) {
        const { width } = await sharp(fileOf(p.url)).metadata();
        expect(width, p.url).toBeLessThanOrEqual(MAX_PHOTO_WIDTH);
      }
    });
  });

  describe('file names: upper-case extension, a space, Han characters', () => {
    const path = 'news/wenjianming/index.html';

    test.each([
      ['大写扩展名', '.JPG', COLORS.upper],
      ['空格尖括号', 'a space, written <./images/my photo.jpg>', COLORS.space],
      ['空格百分号', 'a space, written ./images/our%20photo.jpg', COLORS.percent],
      ['汉字文件名', 'Han characters (活动照片.jpg)', COLORS.han],
    ] as const)('the body figure “%s” (%s) shows its photo', async (caption, _name, color) => {
      const img = figureImg(path, caption);
      expect([img.attribs['width'], img.attribs['height']]).toEqual(['900', '600']);
      const files = filesOf(img);
      expect(files.length).toBeGreaterThan(1);
      for (const p of files) await expectShows(p, color);
    });

    test.each([
      ['news/wenjianming/index.html', '.JPG', COLORS.upper],
      ['news/kongge-fengmian/index.html', 'a space (cover: ./images/my photo.jpg)', COLORS.space],
      ['news/hanzi-fengmian/index.html', 'Han characters (cover: ./images/活动照片.jpg)', COLORS.han],
    ] as const)('the cover of %s (%s) shows its photo, and so does its share image', async (coverPage, _name, color) => {
      const img = coverImg(coverPage);
      expect([img.attribs['width'], img.attribs['height']]).toEqual(['900', '600']);
      for (const p of filesOf(img)) await expectShows(p, color);
      await expectShows({ url: ogImage(coverPage) }, color);
    });
  });
});
