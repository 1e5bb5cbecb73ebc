/**
 * What a reader sees of the layout, measured in Chromium: list titles keep a
 * readable width at every text size, the phone header stays one row, an
 * article starts on the first screen at 特大, the menu works with and without
 * JavaScript, and every page says who runs the site. Screenshots for a person
 * to look at: `npm run screenshots`.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { SITE } from '../../src/site.config.ts';
import { useBrowser } from './support/browser.ts';
import { DESKTOP, MODES, PAGE_TYPES, pageWith, PHONE } from '../../scripts/lib/browser/reading-modes.ts';
import type { ReadingPrefs } from '../../src/lib/reader/reading-prefs.ts';
import { stubSpeech } from './support/speech.ts';
import { installPageMeasures, type MeasuredWindow } from './support/page-measures.ts';
import { TIME_RANGE } from '../../src/lib/text/line-breaks.ts';

const base = inject('baseUrl');
const browser = useBrowser();

/** The page types the issue names, each with list titles or an article to measure. */
const PAGES = PAGE_TYPES;
const PHONE_MODES = MODES.filter(([name]) => name !== 'high contrast, xlarge');

interface TitleBox {
  text: string;
  width: number;
  fontSize: number;
  /** Width of the column the title's list sits in: the main column on a phone, its own card on a two-column desktop list. */
  column: number;
}

/** Every list title on the page with its width, font size and the width of its column. */
function listTitles(page: Page, perCard: boolean): Promise<TitleBox[]> {
  return page.$$eval(
    '.news-card .title, .lead-title',
    (titles, perCard) => {
      const main = document.querySelector('main');
      const mainStyle = main && getComputedStyle(main);
      const mainWidth =
        main && mainStyle ? main.clientWidth - Number.parseFloat(mainStyle.paddingInlineStart) - Number.parseFloat(mainStyle.paddingInlineEnd) : 0;
      return titles.map((title) => {
        const card = title.closest('li, .lead-story');
        return {
          text: title.textContent ?? '',
          width: title.getBoundingClientRect().width,
          fontSize: Number.parseFloat(getComputedStyle(title).fontSize),
          column: perCard && card ? card.getBoundingClientRect().width : mainWidth,
        };
      });
    },
    perCard,
  );
}

describe('list titles keep their width', () => {
  test.each(PHONE_MODES)('on a 390px phone in %s: every title ≥ 60% of the column and ≥ 8 characters a line', async (_name, prefs) => {
    const { page } = await pageWith(browser(), prefs);
    const narrow: string[] = [];
    let measured = 0;
    for (const [, path] of PAGES) {
      await page.goto(base + path);
      for (const t of await listTitles(page, false)) {
        measured++;
        if (t.width < 0.6 * t.column || t.width < 8 * t.fontSize)
          narrow.push(`${path} “${t.text}”: ${Math.round(t.width)}px of ${Math.round(t.column)}px at ${t.fontSize}px`);
      }
    }
    expect(measured).toBeGreaterThan(20);
    expect(narrow).toEqual([]);
    await page.context().close();
  });

  test('on a 1366px desktop: every title ≥ 60% of its card, and the news list has two columns', async () => {
    const { page } = await pageWith(browser(), MODES[0]![1], DESKTOP);
    const narrow: string[] = [];
    for (const [, path] of PAGES) {
      await page.goto(base + path);
      for (const t of await listTitles(page, true))
        if (t.width < 0.6 * t.column) narrow.push(`${path} “${t.text}”: ${Math.round(t.width)}px of ${Math.round(t.column)}px`);
    }
    expect(narrow).toEqual([]);
    await page.goto(`${base}/news/`);
    const lefts = await page.$$eval('.news-list > li', (items) => new Set(items.map((li) => Math.round(li.getBoundingClientRect().left))).size);
    expect(lefts).toBe(2);
    await page.context().close();
  });
});

describe('the header', () => {
  test.each(MODES)('is one row on a phone in %s, at most 160px tall at the standard size', async (name, prefs) => {
    const { page } = await pageWith(browser(), prefs);
    for (const [, path] of PAGES) {
      await page.goto(base + path);
      const rows = await page.$$eval('.site-header .bar > *', (items) => items.map((el) => el.getBoundingClientRect()).map((r) => [r.top, r.bottom]));
      const [top, bottom] = [Math.max(...rows.map(([t]) => t ?? 0)), Math.min(...rows.map(([, b]) => b ?? 0))];
      expect(top, `${path}: name, 搜索 and 菜单 share one row`).toBeLessThan(bottom);
      const height = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height);
      if (name === 'standard') expect(height, path).toBeLessThanOrEqual(160);
    }
    await page.context().close();
  });

  test('the 菜单 opens and closes, with JavaScript and without', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser().newContext({ viewport: PHONE, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${base}/news/`);
      const news = page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '新闻' });
      await expect(news.isVisible()).resolves.toBe(false);
      await page.getByText('菜单', { exact: true }).click();
      await expect(news.isVisible()).resolves.toBe(true);
      await expect(news.getAttribute('aria-current')).resolves.toBe('page');
      // The reading controls are in the menu with JavaScript, and nowhere without it.
      await expect(page.getByRole('button', { name: '特大' }).isVisible()).resolves.toBe(javaScriptEnabled);
      await page.getByText('菜单', { exact: true }).click();
      await expect(news.isVisible()).resolves.toBe(false);
      await context.close();
    }
  });

  test('on a desktop the navigation is always shown as a band, with the search one click away', async () => {
    const { page } = await pageWith(browser(), MODES[0]![1], DESKTOP);
    await page.goto(`${base}/`);
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '红榜' }).isVisible()).resolves.toBe(true);
    await page.getByRole('link', { name: '搜索', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe('/search/');
    await page.context().close();
  });

  test('marks the section the breadcrumb names: an article of a community is under 社区', async () => {
    const { page } = await pageWith(browser(), MODES[0]![1], DESKTOP);
    await page.goto(`${base}/news/qingsongli-yinling-zhijia/`);
    const crumb = await page.getByRole('navigation', { name: '当前位置' }).getByRole('link').nth(1).textContent();
    const current = await page.getByRole('navigation', { name: '主导航' }).locator('[aria-current="page"]').textContent();
    expect([crumb, current]).toEqual(['社区', '社区']);
    await page.context().close();
  });
});

describe('an article at 特大 on a phone', () => {
  test.each([
    ['with a cover photo', '/news/qingsongli-yinling-zhijia/'],
    ['with a kicker and photos in the text', '/news/luojiapo-dajiating/'],
  ])('%s shows its title and the first line of its text on the first screen, 朗读 button included', async (_what, path) => {
    const { page } = await pageWith(browser(), MODES[2]![1]);
    await page.addInitScript(stubSpeech(['zh-CN']));
    await page.goto(base + path);
    await expect(page.getByRole('button', { name: '朗读' }).isVisible()).resolves.toBe(true);
    const h1 = await page.locator('h1').evaluate((h) => h.getBoundingClientRect().bottom);
    const firstLine = await page
      .locator('.prose p')
      .first()
      .evaluate((p) => p.getBoundingClientRect().top + Number.parseFloat(getComputedStyle(p).lineHeight));
    expect(h1).toBeLessThanOrEqual(PHONE.height);
    expect(firstLine).toBeLessThanOrEqual(PHONE.height);
    await page.context().close();
  });
});

describe('who runs the site', () => {
  test('every page type names the 主办单位 and links the 备案 numbers to their look-ups', async () => {
    const { page } = await pageWith(browser(), MODES[0]![1]);
    for (const [, path] of PAGES) {
      await page.goto(base + path);
      const footer = page.getByRole('contentinfo');
      await expect(footer.textContent()).resolves.toContain(`主办单位：${SITE.owner.host}`);
      await expect(footer.getByRole('link', { name: SITE.icp }).getAttribute('href')).resolves.toBe('https://beian.miit.gov.cn/');
      await expect(footer.getByRole('link', { name: SITE.policeBeian }).getAttribute('href')).resolves.toMatch(/^https:\/\/beian\.mps\.gov\.cn\/.*code=\d+$/);
    }
    await expect(page.locator('.brand').textContent()).resolves.toContain(SITE.owner.host);
    await page.context().close();
  });
});

/** A page in `prefs` whose scripts can call the colour measures. */
async function measuredPage(prefs: ReadingPrefs, viewport = PHONE): Promise<Page> {
  const { page } = await pageWith(browser(), prefs, viewport);
  await page.addInitScript(installPageMeasures);
  return page;
}
const ALL_PATHS = [...PAGES.map(([, path]) => path), '/communities/', '/feeds/communities/qingsongli/'];
const HIGH_CONTRAST = MODES[3]![1];

describe('the reviewer’s list (#26): sizes', () => {
  test.each(PHONE_MODES)('on a phone in %s every button stays inside its card', async (_name, prefs) => {
    const page = await measuredPage(prefs);
    const outside: string[] = [];
    let measured = 0;
    for (const path of ALL_PATHS) {
      await page.goto(base + path);
      const buttons = await page.$$eval('main .btn', (all) =>
        all
          .filter((b) => b.checkVisibility())
          .map((b) => {
            const r = b.getBoundingClientRect();
            let out = b.scrollWidth > b.clientWidth + 1 ? 'its own text overflows it' : '';
            for (let box = b.parentElement; box && !out && box !== document.body; box = box.parentElement) {
              const c = box.getBoundingClientRect();
              if (getComputedStyle(box).display !== 'contents' && (r.left < c.left - 1 || r.right > c.right + 1))
                out = `sticks out of ${box.tagName.toLowerCase()}.${box.className}`;
            }
            return { text: b.textContent?.trim() ?? '', out };
          }),
      );
      measured += buttons.length;
      outside.push(...buttons.filter((b) => b.out).map((b) => `${path} “${b.text}”: ${b.out}`));
    }
    expect(measured).toBeGreaterThan(20);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  test.each([...MODES, ['desktop', MODES[0]![1]] as const])('in %s the masthead’s name is at least body size and keeps the 主办 line', async (name, prefs) => {
    const page = await measuredPage(prefs, name === 'desktop' ? DESKTOP : PHONE);
    for (const path of ['/', '/news/qingsongli-yinling-zhijia/']) {
      await page.goto(base + path);
      const brand = await page.$eval('.brand', (b) => ({
        name: Number.parseFloat(getComputedStyle(b.querySelector('b') ?? b).fontSize),
        body: Number.parseFloat(getComputedStyle(document.body).fontSize),
        hostLine: b.querySelector('small')?.checkVisibility() ? (b.querySelector('small')?.textContent ?? '') : '',
      }));
      expect(brand.name, path).toBeGreaterThanOrEqual(brand.body);
      expect(brand.hostLine, path).toBe(`${SITE.owner.host} 主办`);
    }
    await page.context().close();
  });

  test.each(MODES.filter(([, prefs]) => prefs.size === 'xlarge'))('in %s on a phone no breadcrumb item is cut off', async (_name, prefs) => {
    const page = await measuredPage(prefs);
    const cut: string[] = [];
    for (const path of ALL_PATHS) {
      await page.goto(base + path);
      const items = await page.$$eval('.breadcrumb li, .breadcrumb li > *', (all) =>
        all.map((li) => ({
          text: li.textContent ?? '',
          clipped: li.scrollWidth > li.clientWidth + 1 || getComputedStyle(li).textOverflow === 'ellipsis' || li.getBoundingClientRect().right > innerWidth,
        })),
      );
      cut.push(...items.filter((i) => i.clipped).map((i) => `${path} “${i.text}”`));
    }
    expect(cut).toEqual([]);
    await page.context().close();
  });

  test.each(PHONE_MODES)('on a phone in %s office hours keep each time range on one line', async (_name, prefs) => {
    const page = await measuredPage(prefs);
    const broken: string[] = [];
    let measured = 0;
    for (const path of ['/', '/communities/qingsongli/', '/news/qingsongli-yinling-zhijia/']) {
      await page.goto(base + path);
      const ranges = await page.$$eval(
        '.community-contact, .profile dd, .services, .site-footer',
        (boxes, source) =>
          boxes.flatMap((box) => {
            const found: { text: string; lines: number }[] = [];
            const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const match of (node.textContent ?? '').matchAll(new RegExp(source, 'g'))) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                found.push({ text: match[0], lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size });
              }
            }
            return found;
          }),
        TIME_RANGE.source,
      );
      measured += ranges.length;
      broken.push(...ranges.filter((r) => r.lines > 1).map((r) => `${path} “${r.text}” on ${r.lines} lines`));
    }
    expect(measured).toBeGreaterThan(5);
    expect(broken).toEqual([]);
    await page.context().close();
  });
});

describe('the reviewer’s list (#26): 高对比度 and the menu', () => {
  test.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('in 高对比度 on a %s links are told apart from headings', async (_name, viewport) => {
    const page = await measuredPage(HIGH_CONTRAST, viewport);
    const alike: string[] = [];
    for (const path of ALL_PATHS) {
      await page.goto(base + path);
      alike.push(
        ...(
          await page.evaluate(() => {
            const { distance } = (window as unknown as MeasuredWindow).measures;
            const probe = document.body.appendChild(document.createElement('span'));
            probe.style.color = 'var(--color-link)';
            const linkColour = getComputedStyle(probe).color;
            probe.remove();
            const headings = [...document.querySelectorAll('h1, h2, h3, h4')].filter((h) => h.checkVisibility() && !h.querySelector('a') && !h.closest('a'));
            const links = [...document.querySelectorAll('a')].filter(
              (a) => a.checkVisibility() && !a.closest('.btn, .brand, .menu-panel nav') && !a.matches('.btn'),
            );
            const colourOf = (el: Element) => getComputedStyle(el).color;
            const underlined = (el: Element) => getComputedStyle(el).textDecorationLine.includes('underline');
            const problems: string[] = [];
            for (const h of headings) {
              if (underlined(h)) problems.push(`heading “${h.textContent?.trim()}” is underlined like a link`);
              if (distance(colourOf(h), linkColour) < 150)
                problems.push(`heading “${h.textContent?.trim()}” is ${colourOf(h)}, near the link colour ${linkColour}`);
            }
            for (const a of links) {
              if (!underlined(a) && headings.some((h) => distance(colourOf(h), colourOf(a)) < 150))
                problems.push(`link “${a.textContent?.trim()}” is neither underlined nor coloured apart from headings`);
            }
            return problems;
          })
        ).map((p) => `${path}: ${p}`),
      );
    }
    expect(alike).toEqual([]);
    await page.context().close();
  });

  test.each(MODES)('in %s the 红榜 cards keep their top rule', async (_name, prefs) => {
    const page = await measuredPage(prefs);
    await page.goto(`${base}/honors/2024/`);
    const rules = await page.$$eval('.honor-card', (cards) =>
      cards.map((card) => {
        const style = getComputedStyle(card);
        const { contrast, backgroundOf } = (window as unknown as MeasuredWindow).measures;
        return { width: Number.parseFloat(style.borderTopWidth), contrast: contrast(style.borderTopColor, backgroundOf(card)) };
      }),
    );
    expect(rules.length).toBeGreaterThan(2);
    for (const rule of rules) {
      expect(rule.width).toBeGreaterThanOrEqual(3);
      expect(rule.contrast).toBeGreaterThanOrEqual(3);
    }
    await page.context().close();
  });

  test.each([
    ...MODES.map(([name, prefs]) => [name, prefs, PHONE] as const),
    ['desktop', MODES[0]![1], DESKTOP] as const,
    ['desktop, high contrast', HIGH_CONTRAST, DESKTOP] as const,
  ])('in %s the menu’s current page is its strongest item', async (_name, prefs, viewport) => {
    const page = await measuredPage(prefs, viewport);
    await page.goto(`${base}/news/`);
    if (viewport === PHONE) await page.getByText('菜单', { exact: true }).click();
    const items = await page.$$eval('.menu-panel nav a', (links) =>
      links.map((a) => {
        const { backgroundOf } = (window as unknown as MeasuredWindow).measures;
        return { current: a.hasAttribute('aria-current'), background: backgroundOf(a), weight: Number(getComputedStyle(a).fontWeight) };
      }),
    );
    const current = items.find((i) => i.current);
    expect(current).toBeDefined();
    const contrasts = await page.evaluate(([mine, others]) => others.map((o) => (window as unknown as MeasuredWindow).measures.contrast(mine, o)), [
      current?.background ?? '',
      items.filter((i) => !i.current).map((i) => i.background),
    ] as const);
    for (const c of contrasts) expect(c, 'the current item stands out from the others by its fill').toBeGreaterThanOrEqual(3);
    for (const other of items) expect(current?.weight).toBeGreaterThanOrEqual(other.weight);
    await page.context().close();
  });
});

describe('the reviewer’s list (#26): the 订阅 pages', () => {
  test.each(PHONE_MODES)('on a phone in %s feed addresses break only after a slash or before a dot', async (_name, prefs) => {
    const page = await measuredPage(prefs);
    const bad: string[] = [];
    for (const path of ['/feeds/', '/feeds/communities/qingsongli/']) {
      await page.goto(base + path);
      const breaks = await page.$$eval('.feed-address code', (codes) =>
        codes.flatMap((code) => {
          const chars: { ch: string; top: number }[] = [];
          const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (let i = 0; i < (node.textContent ?? '').length; i++) {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const rect = range.getClientRects()[0];
              if (rect) chars.push({ ch: node.textContent?.[i] ?? '', top: rect.top });
            }
          }
          const found: string[] = [];
          for (let i = 1; i < chars.length; i++) {
            const [before, after] = [chars[i - 1], chars[i]];
            if (before && after && after.top > before.top + 2 && before.ch !== '/' && after.ch !== '.' && before.ch !== '-')
              found.push(`${code.textContent}: “${before.ch}|${after.ch}”`);
          }
          return found;
        }),
      );
      bad.push(...breaks.map((b) => `${path} ${b}`));
    }
    expect(bad).toEqual([]);
    await page.context().close();
  });

  test('the step pictures grow with the text size and stay inside the page', async () => {
    const heights: number[] = [];
    for (const [name, prefs] of PHONE_MODES.filter(([, p]) => p.contrast === 'normal')) {
      const page = await measuredPage(prefs);
      await page.goto(`${base}/feeds/`);
      const pictures = await page.$$eval('.steps li > :last-child', (all) =>
        all.map((pic) => ({
          height: pic.getBoundingClientRect().height,
          inside: pic.getBoundingClientRect().right <= innerWidth && [pic, ...pic.querySelectorAll('*')].every((el) => el.scrollWidth <= el.clientWidth + 1),
        })),
      );
      expect(pictures.length, name).toBe(3);
      expect(
        pictures.every((p) => p.inside),
        name,
      ).toBe(true);
      heights.push(pictures[0]?.height ?? 0);
      await page.context().close();
    }
    expect(heights[1]).toBeGreaterThan(heights[0] ?? 0);
    expect(heights[2]).toBeGreaterThan(heights[1] ?? 0);
  });

  test('in 高对比度 the step pictures are drawn in the page’s colours', async () => {
    const page = await measuredPage(HIGH_CONTRAST);
    await page.goto(`${base}/feeds/`);
    const problems = await page.$$eval('.steps li > :last-child', (all) =>
      all.flatMap((pic) => {
        const { contrast, backgroundOf } = (window as unknown as MeasuredWindow).measures;
        if (pic instanceof HTMLImageElement) return [`${pic.alt}: an image keeps its own colours`];
        const page = backgroundOf(document.body);
        const own = backgroundOf(pic) === page ? [] : [`background ${backgroundOf(pic)} is not the page’s ${page}`];
        const texts = [...pic.querySelectorAll('*')].filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()));
        return [...own, ...texts.filter((el) => contrast(getComputedStyle(el).color, backgroundOf(el)) < 7).map((el) => `“${el.textContent}” below 7:1`)];
      }),
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
