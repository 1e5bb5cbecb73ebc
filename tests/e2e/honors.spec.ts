import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import type { ReadingPrefs } from '../../src/lib/reader/reading-prefs.ts';
import { ROOT } from '../support/build.ts';
import { axeViolations } from './support/axe.ts';
import { useBrowser } from './support/browser.ts';
import { honors, namesWhere } from './support/honor-roster.ts';
import { DESKTOP, PHONE, pageWith } from '../../scripts/lib/browser/reading-modes.ts';

const base = inject('baseUrl');
const SHOTS = join(ROOT, 'tests/artifacts/screenshots');
const browser = useBrowser();
beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

const STANDARD: ReadingPrefs = { size: 'standard', contrast: 'normal' };
const SIZES: [string, ReadingPrefs][] = [
  ['标准', STANDARD],
  ['大', { size: 'large', contrast: 'normal' }],
  ['特大', { size: 'xlarge', contrast: 'normal' }],
];
const MODES: [string, ReadingPrefs, ('light' | 'dark')?][] = [
  ...SIZES,
  ['高对比度', { size: 'standard', contrast: 'high' }],
  ['高对比度 特大', { size: 'xlarge', contrast: 'high' }],
  ['dark scheme', STANDARD, 'dark'],
];
/** The honor pages: the index, a short roll with a portrait, the long roll, honorees with and without a portrait, a community. */
const PAGES = ['/honors/', '/honors/2024/', '/honors/2025/', '/honors/2024/tang-zhiqiang/', '/honors/2024/ma-weiguo/', '/communities/minghu/'];

/** A page with stored reading prefs, in the light scheme unless asked. */
const openPage = async (prefs: ReadingPrefs, viewport = PHONE, bypassCSP = false, colorScheme: 'light' | 'dark' = 'light') =>
  (await pageWith(browser(), prefs, viewport, bypassCSP, colorScheme)).page;

/** Pages in a PDF printed by Chromium: its page objects, not the /Pages tree nodes. */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

const slug = (path: string) => path.split('/').filter(Boolean).join('-');

describe('the 红榜 on a phone (390×844)', () => {
  test.each(SIZES)('cards and the honoree page keep their text at least three fifths of the column wide in %s', async (_name, prefs) => {
    const page = await openPage(prefs);
    const narrow: string[] = [];
    for (const path of ['/honors/2024/', '/honors/2024/tang-zhiqiang/', '/honors/2024/ma-weiguo/']) {
      await page.goto(base + path);
      const found = await page.evaluate(() => {
        const main = document.querySelector('main') as HTMLElement;
        const style = getComputedStyle(main);
        const column = main.clientWidth - Number.parseFloat(style.paddingInlineStart) - Number.parseFloat(style.paddingInlineEnd);
        return [...document.querySelectorAll('.honor-card .body, .honor-page .facts')].map((box) => ({
          text: box.textContent?.trim().slice(0, 8) ?? '',
          share: box.getBoundingClientRect().width / column,
        }));
      });
      expect(found.length, path).toBeGreaterThan(0);
      narrow.push(...found.filter((f) => f.share < 0.6).map((f) => `${path} ${f.text}: ${Math.round(f.share * 100)}%`));
    }
    expect(narrow).toEqual([]);
    await page.context().close();
  });

  test.each(SIZES)('every title line holds at least eight characters in %s', async (_name, prefs) => {
    const page = await openPage(prefs);
    const short: string[] = [];
    for (const path of ['/honors/', '/honors/2024/', '/honors/2024/ma-weiguo/', '/communities/minghu/']) {
      await page.goto(base + path);
      const found = await page.evaluate(() =>
        // Only what is shown: years folded on the index are not laid out until opened.
        [
          ...document.querySelectorAll(
            '.honor-band .title, .honor-names .year, .honor-roll .cat, .honor-names .cat, .honor-card .name, .honor-page h1, .honor-page .deed',
          ),
        ]
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => {
            const chars = el.getBoundingClientRect().width / Number.parseFloat(getComputedStyle(el).fontSize);
            return { text: el.textContent?.trim() ?? '', chars };
          }),
      );
      // A hair under 8 is layout rounding of a box exactly 8em wide.
      short.push(...found.filter((f) => f.chars < 7.95).map((f) => `${path} ${f.text}: ${f.chars.toFixed(1)} characters`));
    }
    expect(short).toEqual([]);
    await page.context().close();
  });

  test('shows one card a row at 特大, and two or more on a desktop', async () => {
    const columns = async (page: Page) => {
      await page.goto(`${base}/honors/2025/`);
      return page
        .locator('.honor-roll .cards')
        .first()
        .evaluate((list) => getComputedStyle(list).gridTemplateColumns.split(' ').length);
    };
    const phone = await openPage({ size: 'xlarge', contrast: 'normal' });
    expect(await columns(phone)).toBe(1);
    await phone.context().close();
    const desktop = await openPage(STANDARD, DESKTOP);
    expect(await columns(desktop)).toBeGreaterThanOrEqual(2);
    await desktop.context().close();
  });

  test('an honoree without a portrait gets a name badge, hidden from screen readers; one with a portrait shows the image', async () => {
    const page = await openPage(STANDARD);
    await page.goto(`${base}/honors/2024/ma-weiguo/`);
    const badge = page.locator('.honor-page .name-badge');
    await expect(badge.isVisible()).resolves.toBe(true);
    await expect(badge.textContent()).resolves.toBe('马');
    await expect(badge.getAttribute('aria-hidden')).resolves.toBe('true');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('马卫国');

    await page.goto(`${base}/honors/2024/tang-zhiqiang/`);
    await expect(page.locator('.honor-page .name-badge').count()).resolves.toBe(0);
    const portrait = page.getByRole('img', { name: honors.find((h) => h.id.endsWith('tang-zhiqiang'))?.data.photoAlt ?? '(no photoAlt)' });
    await expect(portrait.isVisible()).resolves.toBe(true);
    expect(await portrait.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);

    // On the roll: the card with a portrait shows it, every other card a badge.
    await page.goto(`${base}/honors/2024/`);
    const cards = page.locator('.honor-card');
    await expect(cards.count()).resolves.toBe(namesWhere((h) => h.data.year === 2024).length);
    await expect(cards.filter({ hasText: '唐志强' }).locator('img').isVisible()).resolves.toBe(true);
    await expect(cards.filter({ hasText: '马卫国' }).locator('.name-badge').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  test('the index lists every year by name, newest first, only the newest unfolded, each band linking to its year (the cards are on year pages)', async () => {
    const page = await openPage(STANDARD);
    await page.goto(`${base}/honors/`);
    const years = [...new Set(honors.map((h) => h.data.year))].sort((a, b) => b - a);
    const bands = page.locator('.honor-band .title a');
    await expect(bands.allTextContents()).resolves.toEqual(years.map((y) => `${y}年度红榜`));
    await expect(bands.first().getAttribute('href')).resolves.toBe(`/honors/${years[0]}/`);
    await expect(page.locator('main .honor-card').count()).resolves.toBe(0);
    await expect(page.locator('.honor-names li a').count()).resolves.toBe(namesWhere(() => true).length);
    await expect(page.locator('details[open] .honor-names li a').count()).resolves.toBe(namesWhere((h) => h.data.year === years[0]).length);
    await page.context().close();
  });
});

// The roll and community posters print in tests/e2e/poster.spec.ts.
describe('the printable honor roll', () => {
  test.each(['/honors/2024/tang-zhiqiang/', '/honors/2024/ma-weiguo/'])(
    'the honoree page %s prints on one A4 sheet with its band, name and citation',
    async (path) => {
      for (const [label, prefs] of [
        ['standard', STANDARD],
        ['xlarge', { size: 'xlarge', contrast: 'normal' }],
      ] as const) {
        const page = await openPage(prefs, { width: 794, height: 1123 });
        await page.goto(base + path);
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('.honor-page .honor-band').isVisible()).resolves.toBe(true);
        await expect(page.locator('.honor-page h1').isVisible()).resolves.toBe(true);
        await expect(page.locator('.honor-page .prose p').first().isVisible()).resolves.toBe(true);
        const photo = page.locator('.honor-page .photo');
        if ((await photo.count()) > 0) {
          await photo.scrollIntoViewIfNeeded();
          // 60 mm at 96 px to the inch.
          expect((await photo.boundingBox())?.height).toBeLessThanOrEqual(227);
        }
        const pdf = await page.pdf({ format: 'A4' });
        writeFileSync(join(SHOTS, `honoree-${slug(path)}-${label}.pdf`), pdf);
        expect(pdfPageCount(pdf), `${path} at ${label}`).toBe(1);
        await page.context().close();
      }
    },
  );
});

describe('accessibility (axe-core, WCAG 2.2 AA) of the 红榜 pages', () => {
  test.each(MODES)('no violation in %s', async (_name, prefs, colorScheme) => {
    const page = await openPage(prefs, PHONE, true, colorScheme);
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(base + path);
      found.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
    }
    expect(found).toEqual([]);
    await page.context().close();
  });
});
