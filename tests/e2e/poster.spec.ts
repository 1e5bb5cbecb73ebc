/**
 * The printed 红榜 as a 居委会 pins it on the notice board: real pages printed
 * to A4 PDFs by Chromium, and measured in print emulation at A4's width.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { formatChinaDate } from '../../src/lib/china-time.ts';
import { posterQrSvg } from '../../src/lib/honors/poster-qr.ts';
import type { ReadingPrefs } from '../../src/lib/reader/reading-prefs.ts';
import { SITE } from '../../src/site.config.ts';
import { ROOT } from '../support/build.ts';
import { useBrowser } from './support/browser.ts';
import { namesWhere, sampleContent } from './support/honor-roster.ts';
import { pageWith } from '../../scripts/lib/browser/reading-modes.ts';
import { SITE_NOW } from '../../scripts/lib/run-build.ts';

const base = inject('baseUrl');
const SHOTS = join(ROOT, 'tests/artifacts/screenshots');
/** A4's width at 96 px to the inch. */
const A4 = { width: 794, height: 1123 };
const MM = 96 / 25.4;
const browserOf = useBrowser();
beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

/** The posters: the long year roll (40 names, mixed communities), a short one (4 names), one community's roll. */
const POSTERS = [
  { path: '/honors/2025/', title: '2025年度红榜', names: namesWhere((h) => h.data.year === 2025), issuer: SITE.owner.host, mixed: true },
  { path: '/honors/2024/', title: '2024年度红榜', names: namesWhere((h) => h.data.year === 2024), issuer: SITE.owner.host, mixed: true },
  {
    path: '/communities/qingsongli/',
    title: '青松里社区红榜',
    names: namesWhere((h) => h.data.community === 'qingsongli'),
    issuer: '青松里社区居民委员会',
    mixed: false,
  },
] as const;
const STANDARD: ReadingPrefs = { size: 'standard', contrast: 'normal' };
const XLARGE: ReadingPrefs = { size: 'xlarge', contrast: 'normal' };

/** Pages in a PDF printed by Chromium: its page objects, not the /Pages tree nodes. */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}
const slug = (path: string) => path.split('/').filter(Boolean).join('-');

/** The page as it prints, at A4's width, with the reader's stored text size. */
async function printed(path: string, prefs = STANDARD): Promise<Page> {
  const { page } = await pageWith(browserOf(), prefs, A4);
  await page.goto(base + path);
  await page.emulateMedia({ media: 'print' });
  return page;
}

/** The name cells that print (the names layout hides parts of cards; the deed is not a name). */
const NAMES = '.poster :is(.honor-card .name, .honor-names li)';

describe('the printed 红榜 poster', () => {
  test.each(POSTERS)('$path prints on exactly one A4 sheet, the 2025 roll of 40 included, at 标准 and at 特大', async ({ path }) => {
    for (const [label, prefs] of [
      ['standard', STANDARD],
      ['xlarge', XLARGE],
    ] as const) {
      const page = await printed(path, prefs);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      writeFileSync(join(SHOTS, `poster-${slug(path)}-${label}.pdf`), pdf);
      expect(pdfPageCount(pdf), `${path} at ${label}`).toBe(1);
      await page.context().close();
    }
  });

  test.each(POSTERS)('$path shows the band, every name on the roll and nothing of the page around it', async ({ path, title, names }) => {
    const page = await printed(path);
    for (const hidden of ['.site-header', '.breadcrumb', 'main .news-list', '.site-footer']) {
      await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
    }
    await expect(page.locator('.poster .honor-band .title').textContent()).resolves.toBe(title);
    const shown = await page
      .locator(NAMES)
      .evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.textContent?.trim() ?? ''));
    expect(shown.sort()).toEqual(names);
    await page.context().close();
  });

  test.each(POSTERS)('$path fills the sheet: band at the top, foot at the bottom, no blank band of a fifth of the sheet between', async ({ path }) => {
    const page = await printed(path);
    const layout = await page.locator('.poster').evaluate((poster, mm) => {
      const visible = (el: Element) => (el as HTMLElement).offsetParent !== null;
      const blocks = [
        poster.querySelector('.honor-band'),
        ...poster.querySelectorAll(':is(.honor-roll > section, .honor-names .year, .honor-names .row)'),
        poster.querySelector('.poster-foot'),
      ].filter((el): el is Element => el !== null && visible(el));
      const top = poster.getBoundingClientRect().top;
      const spans = blocks.map((el) => el.getBoundingClientRect()).map((r) => ({ top: (r.top - top) / mm, bottom: (r.bottom - top) / mm }));
      const gaps = spans.slice(1).map((s, i) => s.top - (spans[i]?.bottom ?? 0));
      return { footBottom: spans.at(-1)?.bottom ?? 0, widestGap: Math.max(...gaps) };
    }, MM);
    // The sheet's printable height is 273 mm (A4 less 12 mm margins).
    expect(layout.footBottom).toBeGreaterThan(265);
    expect(layout.widestGap).toBeLessThan(297 / 5);
    await page.context().close();
  });

  test.each(POSTERS)('$path prints its names at 16 pt or more, readable from a step away', async ({ path }) => {
    const page = await printed(path, XLARGE);
    const sizes = await page
      .locator(NAMES)
      .evaluateAll((els) =>
        els
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) => Math.round((Number.parseFloat(getComputedStyle(el).fontSize) * 72 * 10) / 96) / 10),
      );
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
    await page.context().close();
  });

  test('a short roll (4 names) prints as cards in large type, a long one (40 names) as a grid', async () => {
    const short = await printed('/honors/2024/');
    await expect(short.locator('.poster .honor-card .deed').first().isVisible()).resolves.toBe(true);
    const shortSize = await short
      .locator('.poster .honor-card .name')
      .first()
      .evaluate((el) => (Number.parseFloat(getComputedStyle(el).fontSize) * 72) / 96);
    expect(shortSize).toBeGreaterThanOrEqual(24);
    await short.context().close();
    const long = await printed('/honors/2025/');
    await expect(long.locator('.poster .honor-card .deed').first().isVisible()).resolves.toBe(false);
    const columns = await long
      .locator('.poster .honor-card .name')
      .evaluateAll((els) => new Set(els.map((el) => Math.round(el.getBoundingClientRect().left))).size);
    expect(columns).toBeGreaterThanOrEqual(4);
    await long.context().close();
  });

  test.each(POSTERS)('$path never splits a category: each is one block, its names inside it, blocks one under another', async ({ path }) => {
    const page = await printed(path);
    const problems = await page.locator('.poster').evaluate((poster) => {
      const found: string[] = [];
      const blocks = [...poster.querySelectorAll(':is(.honor-roll > section, .honor-names .row)')];
      blocks.forEach((block, i) => {
        const box = block.getBoundingClientRect();
        const next = blocks[i + 1]?.getBoundingClientRect();
        const cat = block.querySelector('.cat')?.textContent ?? '';
        if (next && next.top < box.bottom - 1) found.push(`${cat} overlaps the next category's rows`);
        for (const name of block.querySelectorAll(':is(.name, li)')) {
          const r = name.getBoundingClientRect();
          if (r.top < box.top - 1 || r.bottom > box.bottom + 1) found.push(`${name.textContent?.trim()} outside ${cat}`);
        }
      });
      return blocks.length === 0 ? ['no category blocks'] : found;
    });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test.each(POSTERS)('$path shows each honoree’s community only where the roll mixes communities', async ({ path, mixed, names }) => {
    const page = await printed(path);
    const communities = new Set(sampleContent.communities.map((c) => c.data.name));
    const shown = await page
      .locator('.poster-roll')
      .evaluate((roll) =>
        [...roll.querySelectorAll('*')]
          .filter((el) => (el as HTMLElement).offsetParent !== null && el.children.length === 0)
          .map((el) => el.textContent?.trim() ?? ''),
      );
    expect(shown.filter((text) => communities.has(text)).length).toBe(mixed ? names.length : 0);
    await page.context().close();
  });

  test.each(POSTERS)(
    '$path ends with the 落款: the issuing body and the print date under blank room for the seal, nothing drawn there',
    async ({ path, issuer }) => {
      const page = await printed(path);
      const foot = page.locator('.poster-foot');
      await expect(foot.isVisible()).resolves.toBe(true);
      const issuerLine = foot.getByText(issuer, { exact: true });
      await expect(issuerLine.isVisible()).resolves.toBe(true);
      await expect(foot.getByText(formatChinaDate(new Date(SITE_NOW)), { exact: true }).isVisible()).resolves.toBe(true);
      // An unstamped sheet must not look like a form: no 盖章处 label, no drawn circle.
      await expect(foot.textContent()).resolves.not.toContain('盖章处');
      const drawn = await page
        .locator('.poster-sign')
        .evaluate(
          (sign) =>
            [sign, ...sign.querySelectorAll('*')].filter((el) => getComputedStyle(el).borderTopStyle !== 'none' || getComputedStyle(el).borderRadius !== '0px')
              .length,
        );
      expect(drawn).toBe(0);
      // A 居委会's seal is 38–42 mm across and is pressed over the issuer and the date (骑年盖月):
      // from the roll's last line to the date's foot there is room for it, most of it blank above the issuer.
      const room = await page.locator('.poster').evaluate((poster) => {
        const box = (selector: string) => poster.querySelector(selector)?.getBoundingClientRect();
        const lastOfRoll = Math.max(
          ...[...poster.querySelectorAll('.poster-roll *')]
            .filter((el) => (el as HTMLElement).offsetParent !== null)
            .map((el) => el.getBoundingClientRect().bottom),
        );
        const top = Math.max(box('.poster-sign')?.top ?? 0, lastOfRoll);
        return { blank: (box('.poster-sign .issuer')?.top ?? 0) - top, seal: (box('.poster-sign .date')?.bottom ?? 0) - top };
      });
      expect(room.seal).toBeGreaterThanOrEqual(38 * MM);
      expect(room.blank).toBeGreaterThanOrEqual(20 * MM);
      await page.context().close();
    },
  );

  test('a year’s roll says its year (年度) in its title, so the date at the foot reads as the day it was issued', async () => {
    const page = await printed('/honors/2025/');
    await expect(page.locator('.poster .honor-band .title').textContent()).resolves.toContain('2025年度');
    await expect(page.locator('.poster-sign .date').textContent()).resolves.toBe(formatChinaDate(new Date(SITE_NOW)));
    await page.context().close();
  });

  test.each(POSTERS)('$path carries a QR code of its absolute public address', async ({ path }) => {
    const page = await printed(path);
    const address = new URL(path.slice(1), SITE.url).href;
    const qr = page.locator('.poster-qr');
    await expect(qr.getAttribute('data-url')).resolves.toBe(address);
    await expect(qr.locator('figcaption').textContent()).resolves.toContain(address);
    const drawn = await qr.locator('svg').evaluate((svg) => svg.outerHTML);
    const expected = (await posterQrSvg(address)).trim();
    expect(normalizeSvg(drawn)).toBe(normalizeSvg(expected));
    await page.context().close();
  });
});

/** The SVG's drawing, as the browser and the qrcode library each spell it. */
function normalizeSvg(svg: string): string {
  return [...svg.matchAll(/\sd="([^"]+)"/g)].map((m) => m[1]).join('|');
}
