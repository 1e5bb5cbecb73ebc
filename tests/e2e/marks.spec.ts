/**
 * What a government-site inspector looks for first, in the built sample: the
 * footer marks on every page type, and the 网站地图, 联系我们 and 适老化与无障碍
 * pages, each reachable from the footer, complete and accessible in every mode.
 */
import { describe, expect, inject, test } from 'vitest';
import { SITE } from '../../src/site.config.ts';
import { findErrorUrl, telUrl } from '../../src/lib/site/identity.ts';
import { axeViolations } from './support/axe.ts';
import { useBrowser, watchedPage } from './support/browser.ts';
import { DESKTOP, MODES, pageWith, PHONE } from '../../scripts/lib/browser/reading-modes.ts';

const base = inject('baseUrl');
const browserOf = useBrowser();

const PAGE_TYPES = ['/', '/news/', '/news/qingsongli-yinling-zhijia/', '/communities/qingsongli/', '/honors/2024/', '/search/'];

describe('the footer of every page type', () => {
  test.each(PAGE_TYPES)('%s shows the marks and links an inspector checks', async (path) => {
    const { page } = await watchedPage(browserOf());
    await page.goto(base + path);
    const footer = page.locator('footer.site-footer');
    const text = (await footer.textContent()) ?? '';
    for (const value of [SITE.owner.host, `网站标识码：${SITE.government.siteCode}`, SITE.icp, SITE.policeBeian]) expect(text).toContain(value);
    const links = Object.fromEntries(await footer.locator('a').evaluateAll((as) => as.map((a) => [a.textContent?.trim() ?? '', a.getAttribute('href') ?? ''])));
    expect(links).toMatchObject({
      联系我们: '/contact/',
      网站地图: '/sitemap/',
      适老化与无障碍: '/accessibility/',
      政府网站找错: findErrorUrl(SITE.government),
    });
    expect(links['政府网站找错']).toContain(SITE.government.siteCode);
    const mark = footer.getByRole('link', { name: '党政机关网站标识' });
    await expect(mark.getAttribute('href')).resolves.toBe(SITE.government.organMark?.href);
    // The mark's image loads once scrolled to (it is lazy); a broken image is what an inspector photographs.
    await mark.scrollIntoViewIfNeeded();
    await mark
      .locator('img')
      .evaluate((img: HTMLImageElement) => (img.complete ? undefined : new Promise((done) => img.addEventListener('load', done, { once: true }))));
    expect(await mark.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('the footer as a reader sees it', () => {
  test('on a desktop the mark is level with the first line of text, and the lines are evenly spaced', async () => {
    const { page } = await pageWith(browserOf(), MODES[0]![1], DESKTOP);
    await page.goto(`${base}/`);
    const block = page.locator('footer .owner-block');
    const mark = await block.locator('.organ-mark img').boundingBox();
    // The top of each line of text: the distinct tops of the items the lines hold.
    const tops = await block
      .locator('p > *')
      .evaluateAll((els) => [...new Set(els.map((el) => Math.round(el.getBoundingClientRect().top)))].sort((a, b) => a - b));
    expect(tops.length).toBeGreaterThanOrEqual(3);
    expect(Math.abs((mark?.y ?? 0) - tops[0]!)).toBeLessThanOrEqual(2);
    const gaps = tops.slice(1).map((top, i) => top - tops[i]!);
    expect(Math.max(...gaps) - Math.min(...gaps), `line gaps ${gaps.join(', ')}`).toBeLessThanOrEqual(2);
    await page.context().close();
  });

  test.each(MODES.filter(([name]) => ['standard', 'xlarge'].includes(name)))(
    'on a phone at %s the postal code stays on one line and the text uses the width',
    async (_name, prefs) => {
      const { page } = await pageWith(browserOf(), prefs, PHONE);
      await page.goto(`${base}/`);
      const note = SITE.owner.address.match(/（邮编[^）]*）/)?.[0] ?? '';
      expect(note).not.toBe('');
      // The lines the note's characters sit on, found in whichever text node holds it.
      const lines = await page.locator('footer .owner').evaluate((p, text) => {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(text) ?? -1;
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
        }
        return 0;
      }, note);
      expect(lines).toBe(1);
      const [text, footer] = await Promise.all([page.locator('footer .owner-block > div').boundingBox(), page.locator('footer .footer-links').boundingBox()]);
      expect(text?.width ?? 0).toBeGreaterThanOrEqual((footer?.width ?? 0) * 0.95);
      await page.context().close();
    },
  );
});

describe('网站地图', () => {
  test('lists every section, topic, community and 红榜 year, and each link opens', async () => {
    const { page } = await watchedPage(browserOf());
    await page.goto(`${base}/sitemap/`);
    const mapped = new Set(await page.locator('.site-map a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')));
    for (const index of ['/topics/', '/communities/', '/honors/']) {
      await page.goto(base + index);
      const listed = await page
        .locator('main a')
        .evaluateAll(
          (as, idx) => as.map((a) => a.getAttribute('href') ?? '').filter((h) => h.startsWith(idx) && h !== idx && /^\/[a-z]+\/[^/]+\/$/.test(h)),
          index,
        );
      expect(listed.length).toBeGreaterThan(0);
      for (const href of listed) expect(mapped, `${href} (listed on ${index}) is missing from the map`).toContain(href);
    }
    for (const href of [...mapped]) {
      const response = await page.goto(base + href);
      expect(response?.status(), href).toBe(200);
    }
    await page.context().close();
  });
});

describe('联系我们 names every channel for questions and suggestions', () => {
  test('phone with its hours, e-mail, 12345 and the 找错 form, as links a phone can follow', async () => {
    const { page } = await watchedPage(browserOf());
    await page.goto(`${base}/contact/`);
    const main = page.locator('main');
    const hrefs = await main.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        telUrl(SITE.consult.phone),
        `mailto:${SITE.consult.email}`,
        telUrl(SITE.consult.hotline),
        telUrl(SITE.owner.phone),
        findErrorUrl(SITE.government),
      ]),
    );
    await expect(main.textContent()).resolves.toContain(SITE.consult.hours);
    await page.context().close();
  });
});

describe('适老化与无障碍 tells a reader how to use what the site offers', () => {
  test('the steps name the controls as the header labels them, and how to report a barrier', async () => {
    const { page } = await watchedPage(browserOf());
    await page.goto(`${base}/accessibility/`);
    const steps = (await page.locator('main ol.how').textContent()) ?? '';
    const controls = await page.locator('.site-header summary, [data-reading-controls]').evaluateAll((els) => els.map((el) => el.textContent ?? '').join(' '));
    for (const label of ['字号', '特大', '高对比度', '菜单']) {
      expect(steps).toContain(`“${label}”`);
      expect(controls).toContain(label);
    }
    expect(await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain(telUrl(SITE.consult.phone));
    await page.context().close();
  });
});

describe('the three pages in every reading mode', () => {
  const cases = ['/sitemap/', '/contact/', '/accessibility/'].flatMap((path) => MODES.map(([mode, prefs]) => [path, mode, prefs] as const));
  test.each(cases)('%s at %s: no axe violation, nothing wider than the phone', async (path, _mode, prefs) => {
    const { page, problems } = await pageWith(browserOf(), prefs, PHONE, true);
    const response = await page.goto(base + path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await problems()).toEqual([]);
    await page.context().close();
  });
});
