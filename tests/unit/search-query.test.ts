import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, test } from 'vitest';
import {
  hasTraditional,
  normalizeQuery,
  pagefindOptions,
  partialQueries,
  queryVariants,
  readSearchState,
  writeSearchState,
  type SearchState,
} from '../../src/lib/search/query.ts';
import { TRADITIONAL_CHARS } from '../../src/lib/search/traditional-chars.ts';
import { changeableCharacters } from '../../scripts/lib/traditional-set.ts';

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
    [
      'leaves out empty fields and the default sort',
      state('', { type: '', community: '桃园社区', year: '' }),
      '?community=%E6%A1%83%E5%9B%AD%E7%A4%BE%E5%8C%BA',
    ],
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

describe('hasTraditional', () => {
  test.each([
    ['社區', true],
    ['紅心食堂', true],
    ['乾淨', true],
    ['後來', true],
    ['社区', false],
    ['红心食堂 志愿者', false],
    ['WiFi 2024', false],
    ['', false],
  ])('tells whether %j needs the Traditional→Simplified converter (%s)', (text, expected) => {
    expect(hasTraditional(text)).toBe(expected);
  });

  test('knows every character the converter changes, so a Simplified-only check never skips one', () => {
    const fullText = [...'社區鄰裡紅榜誌願者後來乾淨麵條'].join('');
    expect(toSimplified(fullText)).not.toBe(fullText);
    for (const ch of fullText) if (toSimplified(ch) !== ch) expect(hasTraditional(ch)).toBe(true);
  });

  test('matches what opencc-js can change today (run scripts/gen-traditional-chars.ts after upgrading it)', () => {
    expect(TRADITIONAL_CHARS).toBe(changeableCharacters());
  });
});

describe('queryVariants', () => {
  test('asks for a single character as it starts a word and as it stands inside one', () => {
    expect(queryVariants('梯')).toEqual(['梯', 'qx68af']);
    expect(queryVariants('梯 协商')).toEqual(['梯 协商', 'qx68af 协商']);
  });

  test.each([['加装电梯'], ['红心食堂 志愿者'], ['1234'], ['a']])('leaves %j as it is', (q) => {
    expect(queryVariants(q)).toEqual([q]);
  });
});

describe('partialQueries', () => {
  test('asks for each word alone when there are several', () => {
    expect(partialQueries('红心食堂 不存在的词')).toEqual(['红心食堂', '不存在的词']);
  });

  test('has nothing more to ask for a single word', () => {
    expect(partialQueries('红心食堂')).toEqual([]);
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
