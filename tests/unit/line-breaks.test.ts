import { describe, expect, test } from 'vitest';
import { postalNoteParts, timeRangeParts, urlSegments } from '../../src/lib/text/line-breaks.ts';

describe('urlSegments', () => {
  test.each([
    ['https://shequ.example.cn/rss.xml', ['https://', 'shequ', '.example', '.cn/', 'rss', '.xml']],
    ['https://shequ.example.cn/topics/jiazhuang-dianti/rss.xml', ['https://', 'shequ', '.example', '.cn/', 'topics/', 'jiazhuang-dianti/', 'rss', '.xml']],
    ['http://127.0.0.1:4321/feeds/', ['http://', '127', '.0', '.0', '.1:4321/', 'feeds/']],
  ])('cuts %s only after slashes and before dots', (url, pieces) => {
    expect(urlSegments(url)).toEqual(pieces);
    expect(urlSegments(url).join('')).toBe(url);
  });
});

describe('timeRangeParts', () => {
  test.each([
    [
      '周一至周五 8:30—17:30',
      [
        { text: '周一至周五 ', whole: false },
        { text: '8:30—17:30', whole: true },
      ],
    ],
    [
      '周一至周五 8:30—12:00、13:30—17:30（法定节假日除外）',
      [
        { text: '周一至周五 ', whole: false },
        { text: '8:30—12:00', whole: true },
        { text: '、', whole: false },
        { text: '13:30—17:30', whole: true },
        { text: '（法定节假日除外）', whole: false },
      ],
    ],
    ['9：00 至 18：00', [{ text: '9：00 至 18：00', whole: true }]],
    ['8:30-17:30', [{ text: '8:30-17:30', whole: true }]],
    ['全天值班', [{ text: '全天值班', whole: false }]],
  ])('keeps the time ranges of “%s” whole', (text, parts) => {
    expect(timeRangeParts(text)).toEqual(parts);
  });
});

describe('postalNoteParts', () => {
  test.each([
    [
      '松鹤区明湖街道湖滨东路1号（邮编 250000）',
      [
        { text: '松鹤区明湖街道湖滨东路1号', whole: false },
        { text: '（邮编 250000）', whole: true },
      ],
    ],
    [
      '湖滨东路1号 邮编：250000',
      [
        { text: '湖滨东路1号 ', whole: false },
        { text: '邮编：250000', whole: true },
      ],
    ],
    [
      '湖滨东路1号(邮编250000)',
      [
        { text: '湖滨东路1号', whole: false },
        { text: '(邮编250000)', whole: true },
      ],
    ],
    ['湖滨东路1号', [{ text: '湖滨东路1号', whole: false }]],
  ])('keeps the postal code of “%s” whole', (text, parts) => {
    expect(postalNoteParts(text)).toEqual(parts);
    expect(
      postalNoteParts(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });
});
