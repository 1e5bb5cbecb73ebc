import { describe, expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { bodyText } from '../../src/markdown/body-text.ts';
import { figures } from '../../src/markdown/figures.ts';
import { sanitizeRaw } from '../../src/markdown/sanitize-raw.ts';
import { findPhoneNumbers } from '../../src/markdown/phone-numbers.ts';
import { isSignature } from '../../src/markdown/signature.ts';
import { feedHtml } from '../../src/lib/feeds/feed-html.ts';

/** The body as the site renders it: the same hast plugins, in astro.config.mjs's order. */
const render = (markdown: string): string => markdownToHtml(markdown, { hastPlugins: [sanitizeRaw, figures, bodyText] }).html.trim();
const tel = (href: string, shown: string): string => `<a href="tel:${href}" class="nowrap">${shown}</a>`;
const whole = (shown: string): string => `<span class="nowrap">${shown}</span>`;

describe('phone numbers in article text become tap-to-call links kept on one line', () => {
  test.each([
    ['a landline with a spaced local number', '社区居委会：0531-8888 1234（24小时）', `社区居委会：${tel('053188881234', '0531-8888 1234')}（24小时）`],
    ['a landline written solid', '电话0531-88881234。', `电话${tel('053188881234', '0531-88881234')}。`],
    ['an area code in brackets', '（0531）8888 1234', tel('053188881234', '（0531）8888 1234')],
    ['a mobile', '联系人王老师13812345678', `联系人王老师${tel('13812345678', '13812345678')}`],
    ['a mobile in groups', '手机：138 1234 5678', `手机：${tel('13812345678', '138 1234 5678')}`],
    ['a company service line', '燃气客服400-123-4567', `燃气客服${tel('4001234567', '400-123-4567')}`],
    ['a local number right after 电话', '联系电话：8601 2345', `联系电话：${tel('86012345', '8601 2345')}`],
    ['a hotline named before it', '- 政务服务便民热线：12345', `<ul>\n<li>政务服务便民热线：${tel('12345', '12345')}</li>\n</ul>`],
    ['a number to dial', '发现火情，请立即拨打119，并告知社区', `发现火情，请立即拨打${tel('119', '119')}，并告知社区`],
    ['a hotline named after it', '可拨打“12345”市民热线', `可拨打“${tel('12345', '12345')}”市民热线`],
    ['an emergency number named after it', '遇到诈骗请打110报警', `遇到诈骗请打${tel('110', '110')}报警`],
  ])('%s', (_name, markdown, html) => {
    expect(render(markdown)).toBe(html.startsWith('<ul>') ? html : `<p>${html}</p>`);
  });

  test.each([
    ['a date', '2026-11-18 发布，2026年11月18日起施行'],
    ['a count after 电话', '全年接听热线电话120余次，登记120户'],
    ['a short number nobody calls a hotline', '共有120名志愿者，12345步'],
    ['money', '补贴13812345678元，合计¥0531888812'],
    ['an ID number', '身份证号370102195001011234'],
    ['a long order number', '订单号053188881234567'],
    ['a decimal', '面积 0.5318888123 公顷'],
  ])('leaves %s alone', (_name, markdown) => {
    expect(render(markdown)).toBe(`<p>${markdown}</p>`);
  });

  test('leaves a number an editor linked or quoted as code alone', () => {
    const markdown = '[0531-8888 1234](https://example.org/) `0531-8888 1234`\n\n<p><a href="/x/">0531-8888 1235</a></p>\n\n```\n0531-8888 1236\n```';
    expect(render(markdown)).not.toContain('tel:');
  });

  test('links every number on a line, and a phone and a time range side by side', () => {
    expect(render('社区居委会：0531-8888 1234（周一至周五 8:30—17:30），夜间：0531-8888 1235')).toBe(
      `<p>社区居委会：${tel('053188881234', '0531-8888 1234')}（周一至周五 ${whole('8:30—17:30')}），夜间：${tel('053188881235', '0531-8888 1235')}</p>`,
    );
  });

  test('finds a number inside emphasis', () => {
    expect(render('**抢修：0531-8888 6110**')).toBe(`<p><strong>抢修：${tel('053188886110', '0531-8888 6110')}</strong></p>`);
  });
});

describe('time ranges in article text stay on one line', () => {
  test.each([
    ['8:00至18:00', '11月20日（星期五）8:00至18:00，暂停供水'],
    ['8:30-17:30', '办公时间 8:30-17:30'],
    ['8:00—18:00', '- 停水时间：11月20日 8:00—18:00'],
    ['9：00 到 17：00', '咨询 9：00 到 17：00'],
  ])('keeps %s whole', (range, markdown) => {
    expect(render(markdown)).toContain(whole(range));
  });

  test('leaves a single time alone', () => {
    expect(render('请于11月19日17:00前登记')).toBe('<p>请于11月19日17:00前登记</p>');
  });
});

describe('a notice’s 落款 is set on the right', () => {
  const notice = (end: string): string => `请各位居民提前储水。\n\n${end}`;

  test('marks the closing body-and-date paragraph', () => {
    expect(render(notice('青松里社区居民委员会\\\n2026年11月18日'))).toBe(
      '<p>请各位居民提前储水。</p>\n<p class="signature">青松里社区居民委员会<br>\n2026年11月18日</p>',
    );
  });

  test('marks one written with two trailing spaces and a date in Chinese numerals', () => {
    expect(render(notice('青松里街道办事处  \n二〇二六年十一月十八日'))).toContain('<p class="signature">');
  });

  test.each([
    ['not the last paragraph', '青松里社区居民委员会\\\n2026年11月18日\n\n特此通知。'],
    ['one line only', '青松里社区居民委员会 2026年11月18日'],
    ['a sentence, not a name', '欢迎居民朋友们常来社区\\\n2026年11月18日'.replace('来社区', '来，社区')],
    ['no date on its second line', '青松里社区居民委员会\\\n联系电话见上'],
    ['a date with more after it', '青松里社区居民委员会\\\n2026年11月18日上午'],
  ])('leaves a paragraph alone when it is %s', (_name, end) => {
    expect(render(notice(end))).not.toContain('signature');
  });

  test.each([
    [['青松里社区居民委员会', '2026年11月18日'], true],
    [['中共青松里社区党支部', '2026年1月5日'], true],
    [['槐荫区民政局', '2026年1月5日'], true],
    [['银杏苑物业服务中心', '2026年1月5日'], true],
    [['青松里社区居民委员会', '2026年11月18日', '（此件公开发布）'], false],
    [['青松里社区', '2026年11月'], false],
    [['这一天我们都记得', '2026年11月18日'], false],
  ])('isSignature(%j) is %s', (lines, expected) => {
    expect(isSignature(lines)).toBe(expected);
  });
});

describe('the feed copy of a body', () => {
  test('keeps the tel link and drops the classes', () => {
    const html = feedHtml(render('社区居委会：0531-8888 1234（8:30—17:30）\n\n青松里社区居民委员会\\\n2026年11月18日'), 'https://example.org/news/x/');
    expect(html).toContain('<a href="tel:053188881234">0531-8888 1234</a>');
    expect(html).not.toContain('class=');
  });
});

test('findPhoneNumbers gives the printed text and where it is', () => {
  expect(findPhoneNumbers('电话：0531-8888 1234')).toEqual([{ start: 3, end: 17, text: '0531-8888 1234' }]);
});
