import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BLOCK_END, charToken, FIELDS_MARK, foldWidth, readIndexedPage, segmentForIndex } from '../../src/lib/search/text.ts';

const words = (text: string): string[] => segmentForIndex(text).split(' ');

describe('foldWidth', () => {
  test.each([
    ['full-width letters and digits', 'ＷｉＦｉ密码１２３', 'WiFi密码123'],
    ['circled numbers', '①②⑩', '1210'],
    ['parenthesized ideographs', '㈠㈡', '(一)(二)'],
    ['half-width katakana', 'ｶﾀｶﾅ', 'カタカナ'],
    ['square unit symbols', '面积１２０㎡', '面积120m2'],
  ])('folds %s to their plain form', (_what, input, folded) => {
    expect(foldWidth(input)).toBe(folded);
  });

  test.each([
    ['the full-width comma, full stop and colon', '通知：居民们，请注意。'],
    ['curly quotes', '王老师说“好”，‘对’'],
    ['full-width brackets and ！？；', '老人（七十岁以上）免费！真的吗？是的；'],
    ['corner brackets, title marks and the enumeration comma', '【通知】「停水」《社区通讯》、'],
    ['the ideographic space', '社区　食堂'],
    ['ordinary Chinese and ASCII text', '桃园社区 WiFi 2024'],
  ])('keeps %s as written', (_what, text) => {
    expect(foldWidth(text)).toBe(text);
  });
});

describe('segmentForIndex', () => {
  test.each([
    ['a run of Chinese words', '社区食堂运行以来', '社区 食堂 运行 以来'],
    ['a sentence, keeping its full stop', '桃园社区食堂开张。', '桃园 社区 食堂 开张 。'],
    ['Chinese punctuation as words of its own', '王老师说：“孩子们的功课，我包了！”', '王 老师 说 ： “ 孩子 们 的 功课 ， 我 包 了 ！ ”'],
    ['full-width digits, folded first', '２０２４年', '2024 年'],
    ['Latin words next to Chinese ones', 'WiFi密码', 'WiFi 密码'],
    ['text with runs of whitespace and line breaks', '  社区\n\t食堂  ', '社区 食堂'],
  ])('splits %s with single spaces', (_what, text, segmented) => {
    expect(segmentForIndex(text)).toBe(segmented);
  });

  test('gives nothing for whitespace only', () => {
    expect(segmentForIndex(' \n\t　')).toBe('');
  });

  test.each([
    ['桃园社区食堂开张', '社区食堂'],
    ['居民在食堂吃饭', '食堂'],
    ['2024年文明红榜评选结果公布', '２０２４年红榜'],
    ['ＷｉＦｉ密码贴在门口', 'WiFi密码'],
  ])('indexes "%s" so that every word of the query "%s" is a whole word in it', (text, query) => {
    const indexed = new Set(words(text));
    expect(words(query).filter((w) => !indexed.has(w))).toEqual([]);
  });
});

/** What Pagefind stores for a page built by `documentHtml`: our segmented blocks, each ended by BLOCK_END, Pagefind's own splits as U+200B. */
const stored = (...blocks: string[]): string => blocks.map((b) => `${segmentForIndex(b).replace(/ /g, ' \u200B')} \u200B${BLOCK_END}`).join(' \u200B');

describe('readIndexedPage', () => {
  test('reads the title, the paragraphs and the trailing fields apart', () => {
    const page = readIndexedPage(stored('松荷社区红心食堂覆盖', '红心食堂运行以来，每天供应午餐。', '青年志愿者', `${FIELDS_MARK} 区融媒体中心 许文斌`));
    expect(page).toEqual({ title: '松荷社区红心食堂覆盖', body: ['红心食堂运行以来，每天供应午餐。', '青年志愿者'], fields: '区融媒体中心许文斌' });
  });

  test.each([
    ['a time', '每天11:30供应', '每天11:30供应'],
    ['a phone number', '电话0531-8888 1234。', '电话0531-8888 1234。'],
    ['a date', '5月4日开学', '5月4日开学'],
    ['a Latin name with a space', '下载 App Store 里的应用', '下载App Store里的应用'],
    ['a percentage and a decimal', '增长了12.5%，达到3.2万人', '增长了12.5%，达到3.2万人'],
    ['English with punctuation', '标语写着Hello, world. It works', '标语写着Hello, world. It works'],
  ])('gives back %s as written, without the gaps the index put between words', (_what, text, read) => {
    expect(readIndexedPage(stored('标题', text)).body).toEqual([read]);
  });

  test('keeps a paragraph that ends in punctuation apart from the next (Pagefind joins only unpunctuated blocks with ". ")', () => {
    expect(readIndexedPage(stored('这个社区“有人气”', '“社区和村庄不同”。', '一顿饭')).body).toEqual(['“社区和村庄不同”。', '一顿饭']);
  });

  test('reads a page without trailing fields', () => {
    expect(readIndexedPage(stored('标题', '正文。'))).toEqual({ title: '标题', body: ['正文。'], fields: '' });
  });

  test('gives back Chinese text exactly after it has been segmented for the index', () => {
    const piece = fc.constantFrom(...'社区食堂运行以来居民老师孩子功课红心桃园开张志愿者', ...'，。：；！？“”‘’、《》（）【】「」…—·');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(readIndexedPage(stored('标题', text)).body).toEqual([text]);
      }),
    );
  });
});

describe('charToken', () => {
  test('writes a character as Latin letters and digits, one word to the index and the query alike', () => {
    expect(charToken('梯')).toBe('qx68af');
    expect(segmentForIndex(charToken('梯'))).toBe('qx68af');
  });

  test('gives each character its own token', () => {
    const tokens = new Set([...'电梯加装张桂兰𠀀'].map(charToken));
    expect(tokens.size).toBe(8);
  });
});
