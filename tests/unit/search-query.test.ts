import { parseDocument } from 'htmlparser2';
import { findAll } from 'domutils';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, test } from 'vitest';
import { cleanExcerpt, hasHan, normalizeQuery, pagefindOptions, readSearchState, writeSearchState, type SearchState } from '../../src/lib/search/query.ts';
import { joinHanWords } from '../../src/lib/search/text.ts';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const state = (q: string, filters: SearchState['filters'] = {}, sort: SearchState['sort'] = 'relevance'): SearchState => ({ q, filters, sort });
const read = (query: string): SearchState => readSearchState(new URLSearchParams(query));

describe('search state in the URL', () => {
  test.each([
    ['a Chinese query', state('社区食堂')],
    ['a query with spaces and URL syntax in it', state('A&B=C+D 社区 #1?')],
    ['every filter and the date sort', state('义诊', { type: '新闻', community: '桃园社区', topic: '社区食堂', year: '2024' }, 'date')],
    ['filters without a query', state('', { community: '桃园社区' }, 'date')],
    ['an empty search', state('')],
  ])('reads back %s exactly as it was written', (_what, written) => {
    expect(read(writeSearchState(written))).toEqual(written);
  });

  test.each([
    ['percent-encodes Chinese', state('社区 食堂'), '?q=%E7%A4%BE%E5%8C%BA+%E9%A3%9F%E5%A0%82'],
    ['encodes & = and + inside a value', state('', { topic: 'A&B=C+D' }), '?topic=A%26B%3DC%2BD'],
    ['leaves out empty fields and the default sort', state('', { type: '', community: '桃园社区', year: '' }), '?community=%E6%A1%83%E5%9B%AD%E7%A4%BE%E5%8C%BA'],
    ['writes the date sort', state('', {}, 'date'), '?sort=date'],
    ['writes nothing for an empty search', state(''), ''],
  ])('%s', (_what, written, query) => {
    expect(writeSearchState(written)).toBe(query);
  });

  test.each([
    ['an encoded Chinese query', '?q=%E7%A4%BE%E5%8C%BA', state('社区')],
    ['an unencoded Chinese query', '?q=社区&community=桃园社区', state('社区', { community: '桃园社区' })],
    ['a query padded with spaces', '?q=++%E7%A4%BE%E5%8C%BA++', state('社区')],
    ['empty and blank filters', '?type=&community=+&year=2024', state('', { year: '2024' })],
    ['parameters it does not know', '?page=3&foo=bar&topic=%E9%A3%9F%E5%A0%82', state('', { topic: '食堂' })],
    ['the date sort', '?sort=date', state('', {}, 'date')],
    ['an unknown sort', '?sort=newest', state('')],
    ['a date sort in capitals', '?sort=DATE', state('')],
    ['no parameters', '', state('')],
  ])('reads %s', (_what, query, expected) => {
    expect(read(query)).toEqual(expected);
  });
});

describe('normalizeQuery', () => {
  test.each([
    ['makes Traditional characters Simplified', '社區食堂', '社区食堂'],
    ['folds full-width digits and the ideographic space', '２０２４　文明紅榜', '2024 文明红榜'],
    ['folds full-width letters', 'ＷｉＦｉ密碼', 'WiFi密码'],
    ['collapses and trims whitespace', '  鄰裡 \t  互助\n', '邻里 互助'],
    ['leaves a Simplified query as it is', '桃园社区 义诊', '桃园社区 义诊'],
  ])('%s', (_what, q, normalized) => {
    expect(normalizeQuery(q, toSimplified)).toBe(normalized);
  });
});

describe('hasHan', () => {
  test.each([
    ['社区', true],
    ['社區', true],
    ['WiFi食堂', true],
    ['WiFi 2024', false],
    ['，。“”！？', false],
    ['カタカナ', false],
    ['', false],
  ])('tells whether %j has Han characters (%s)', (text, expected) => {
    expect(hasHan(text)).toBe(expected);
  });
});

describe('pagefindOptions', () => {
  test.each([
    ['no filters and no sort for a plain search', state('社区'), { filters: {} }],
    ['only the filters that are set', state('', { community: '桃园社区', type: '', year: '2024' }), { filters: { community: '桃园社区', year: '2024' } }],
    [
      'every filter, and newest first for the date sort',
      state('义诊', { type: '新闻', community: '桃园社区', topic: '社区食堂', year: '2024' }, 'date'),
      { filters: { type: '新闻', community: '桃园社区', topic: '社区食堂', year: '2024' }, sort: { date: 'desc' } },
    ],
  ])('asks Pagefind for %s', (_what, s, options) => {
    expect(pagefindOptions(s)).toStrictEqual(options);
  });
});

describe('cleanExcerpt', () => {
  test.each([
    ['an image with an event handler', '<img src=x onerror=alert(1)>食堂开张', '食堂开张'],
    ['script tags (their text stays as inert text)', '食堂<script>alert(1)</script>开张', '食堂alert(1)开张'],
    ['a link with a javascript: URL', '<a href="javascript:alert(1)">点这里</a>', '点这里'],
    ['an svg with onload', '<svg onload=alert(1)>食堂', '食堂'],
    ['formatting tags', '<b>食堂</b><i>开张</i><br/>', '食堂开张'],
    ['a mark with attributes', '<mark onmouseover=alert(1)>食堂', '食堂'],
  ])('removes %s', (_what, html, cleaned) => {
    expect(cleanExcerpt(html, (s) => s)).toBe(cleaned);
  });

  test('keeps the highlight marks', () => {
    expect(cleanExcerpt('社区<mark>食堂</mark>开张', (s) => s)).toBe('社区<mark>食堂</mark>开张');
  });

  test('rejoins Chinese words once the tags between them are gone', () => {
    expect(cleanExcerpt('桃园 <b>社区</b> <mark>食堂</mark> 开张. 居民 排队', joinHanWords)).toBe('桃园社区<mark>食堂</mark>开张。居民排队');
  });

  test('leaves no element but bare <mark> in any excerpt built from hostile pieces', () => {
    const piece = fc.constantFrom(
      '社区 食堂',
      '<mark>',
      '</mark>',
      '<',
      '>',
      '<img src=x onerror=alert(1)>',
      '<script>',
      '</script>',
      '<mark onclick=alert(1)>',
      '<svg onload=alert(1)',
      '"',
      '<!--',
      '-->',
      '<a href="javascript:alert(1)">',
      ' ',
      '. ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const dom = parseDocument(cleanExcerpt(pieces.join(''), joinHanWords));
        const elements = findAll(() => true, dom.children);
        expect(elements.filter((el) => el.name !== 'mark' || Object.keys(el.attribs).length > 0)).toEqual([]);
      }),
    );
  });
});
