import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldWidth, joinHanWords, segmentForIndex } from '../../src/lib/search/text.ts';

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

describe('joinHanWords', () => {
  test.each([
    ['spaces between Chinese words', '红心 食堂 运行 以来', '红心食堂运行以来'],
    ['spaces around Chinese punctuation', '社区 食堂 ， 居民 说 ： “ 好 ” 。', '社区食堂，居民说：“好”。'],
    ['spaces around a highlighted word', '红心 <mark>食堂</mark> 运行', '红心<mark>食堂</mark>运行'],
    ['spaces between two highlighted words', '<mark>社区</mark> <mark>食堂</mark> 开张', '<mark>社区</mark><mark>食堂</mark>开张'],
    ['spaces before punctuation after a highlight', '<mark>食堂</mark> 。', '<mark>食堂</mark>。'],
  ])('removes %s', (_what, excerpt, joined) => {
    expect(joinHanWords(excerpt)).toBe(joined);
  });

  test.each([
    ['after a Chinese word', '食堂 开张. 居民 排队', '食堂开张。居民排队'],
    ['after a highlighted Chinese word', '社区 <mark>食堂</mark>. 居民 排队', '社区<mark>食堂</mark>。居民排队'],
  ])('turns the block separator ". " %s into a Chinese full stop', (_what, excerpt, joined) => {
    expect(joinHanWords(excerpt)).toBe(joined);
  });

  test.each([
    ['a full stop', '开张 了 。. 居民 排队', '开张了。居民排队'],
    ['an exclamation mark', '太好 了 ！. 居民 排队', '太好了！居民排队'],
    ['a question mark', '开张 了 吗 ？. 居民 排队', '开张了吗？居民排队'],
    ['a closing quote', '他 说 “ 好 。 ”. 居民 排队', '他说“好。”居民排队'],
    ['a highlighted full stop', '开张 <mark>。</mark>. 居民', '开张<mark>。</mark>居民'],
  ])('drops the block separator after %s that already ends the sentence', (_what, excerpt, joined) => {
    expect(joinHanWords(excerpt)).toBe(joined);
  });

  test.each([
    ['between Latin words and numbers', 'WiFi 密码 是 abc 123', 'WiFi 密码是 abc 123'],
    ['between a number and a Chinese word', '2024 年 文明 红榜', '2024 年文明红榜'],
    ['around a highlighted Latin word', '连上 <mark>WiFi</mark> 就 行', '连上 <mark>WiFi</mark> 就行'],
    ['and the block separator after a Latin word', 'Hello world. 你好 世界', 'Hello world. 你好世界'],
  ])('keeps spaces %s', (_what, excerpt, joined) => {
    expect(joinHanWords(excerpt)).toBe(joined);
  });

  // Pagefind 1.6 stores a zh page as words split by U+200B, each keeping the space after it, and
  // marks a hit by wrapping the whole word: `<mark>食堂 </mark>开张. 桃园`.
  test.each([
    ['a hit in the middle of a block', '桃园 社区 <mark>食堂 </mark>开张. 桃园 社区', '桃园社区<mark>食堂</mark>开张。桃园社区'],
    ['a hit at the end of a block', '社区 食堂 <mark>开张</mark>. 除夕 前夜', '社区食堂<mark>开张</mark>。除夕前夜'],
    ['a hit before a full stop', '食堂 <mark>开张 </mark>。 按 北京 时间', '食堂<mark>开张</mark>。按北京时间'],
    ['hits on neighbouring words', '<mark>王 </mark><mark>老师</mark>. <mark>王 </mark>老师 十年', '<mark>王</mark><mark>老师</mark>。<mark>王</mark>老师十年'],
    ['a hit on a Latin word', '连上 <mark>WiFi </mark>就 行', '连上 <mark>WiFi </mark>就行'],
  ])('reads naturally for an excerpt with %s, as Pagefind returns it', (_what, excerpt, joined) => {
    expect(joinHanWords(excerpt)).toBe(joined);
  });

  test('turns a block separator at the very end of the excerpt into a Chinese full stop', () => {
    expect(joinHanWords('本站 讯. 测试 记者.')).toBe('本站讯。测试记者。');
  });

  test('gives back Chinese text exactly after it has been segmented for the index', () => {
    const piece = fc.constantFrom(...'社区食堂运行以来居民老师孩子功课红心桃园开张志愿者', ...'，。：；！？“”‘’、《》（）【】「」…—·');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(joinHanWords(segmentForIndex(text))).toBe(text);
      }),
    );
  });
});
