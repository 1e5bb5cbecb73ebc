import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, test } from 'vitest';
import { holds, pagesHolding, typedWords } from '../../scripts/lib/bench/query-set.ts';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const pages = [
  { url: '/a/', text: '社区联合派出所开展防范电信诈骗宣传' },
  { url: '/b/', text: '课程安排了两节防诈骗内容' },
  { url: '/c/', text: '咨询电话0531-8888 1234，WiFi已开通' },
];

describe('pagesHolding', () => {
  test.each([
    ['防诈骗', ['/b/']],
    ['诈骗', ['/a/', '/b/']],
    ['防诈骗 宣传', []],
    ['１２３４', ['/c/']],
    ['wifi 1234', ['/c/']],
    ['防範電信詐騙', ['/a/']],
  ])('%s is held whole by %j', (query, urls) => {
    expect(pagesHolding(query, pages, toSimplified)).toEqual(urls);
  });
});

describe('typedWords', () => {
  test('splits at spaces only, as the reader typed, folded and Simplified', () => {
    expect(typedWords(' 紅心食堂  ＷｉＦｉ ', toSimplified)).toEqual(['红心食堂', 'wifi']);
  });
});

describe('holds', () => {
  test('an empty query is held by no page', () => {
    expect(holds('任何文字', [])).toBe(false);
  });
});
