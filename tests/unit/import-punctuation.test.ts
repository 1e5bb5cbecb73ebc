import { describe, expect, test } from 'vitest';
import { normalizePunctuation } from '../../src/lib/import/punctuation.ts';
import { hasUnbalancedQuotes, normalizeQuotes } from '../../src/lib/import/quotes.ts';

const fix = (text: string) => normalizePunctuation(text).text;

describe('normalizePunctuation', () => {
  test.each([
    ['commas between Chinese', '居民们排队,有序领取', '居民们排队，有序领取'],
    ['a colon after Chinese', '活动时间:本周六上午', '活动时间：本周六上午'],
    ['a semicolon', '一楼是食堂;二楼是阅览室', '一楼是食堂；二楼是阅览室'],
    ['question and exclamation marks', '谁来管?大家管!', '谁来管？大家管！'],
    ['a full stop after Chinese', '社区举办了讲座.居民反响热烈.', '社区举办了讲座。居民反响热烈。'],
    ['a full stop after a closing quote', '成了“网红”.大家都来打卡', '成了“网红”。大家都来打卡'],
    ['a full stop after a percentage', '分出率提高到了68%.', '分出率提高到了68%。'],
    ['a full stop after a number, before Chinese', '共有126位老人领取手环,覆盖率达到85.7.下一步', '共有126位老人领取手环，覆盖率达到85.7。下一步'],
    ['a comma after a time, before Chinese', '上午9:00,活动开始', '上午9:00，活动开始'],
    ['parentheses around Chinese', '本报讯(通讯员 乔木)昨天', '本报讯（通讯员 乔木）昨天'],
    ['parentheses after a Latin word', '社区APP(测试版)上线', '社区APP（测试版）上线'],
    ['a space after a dateline', '本报讯（通讯员 乔木） “我们', '本报讯（通讯员 乔木）“我们'],
    ['an ellipsis', '唱歌、跳舞、下棋...', '唱歌、跳舞、下棋……'],
    ['a lone ellipsis character', '还有很多…', '还有很多……'],
    ['a spaced time', '下午2: 45集合', '下午2:45集合'],
    ['a full-width colon in a time', '上午9：30开始', '上午9:30开始'],
    ['顿号 between quoted items', '“书香家庭”、“美丽庭院”评选', '“书香家庭”“美丽庭院”评选'],
    ['straight quotes around Chinese', '大家都说"好"', '大家都说“好”'],
    ['a space before a comma', '社区 , 居民', '社区，居民'],
  ])('fixes %s', (_what, input, output) => {
    expect(fix(input)).toBe(output);
  });

  test.each([
    ['numbers with thousands separators', '共5,000人参加'],
    ['times', '会议14:30开始'],
    ['decimals', 'PM2.5浓度为35'],
    ['an English sentence', 'Hello, world! Is it ok? Yes: fine.'],
    ['a URL', '访问https://songhe.gov.cn/a?b=1查看'],
    ['a version number', '升级到3.2.1版本'],
    ['a decimal in Chinese text', '浓度降到2.5以下'],
    ['a number ending an English sentence', 'Version 2.'],
    ['Latin parentheses', 'Wi-Fi(2.4G)'],
  ])('leaves %s alone', (_what, input) => {
    expect(fix(input)).toBe(input);
  });

  test('counts what it changed', () => {
    expect(normalizePunctuation('甲,乙,丙.').changed).toBe(3);
  });
});

describe('quotes', () => {
  test.each([
    ['pairs of straight double quotes', '他说"来了"又说"走了"', '他说“来了”又说“走了”'],
    ['Traditional corner quotes', '「鄰里節」開幕', '“鄰里節”開幕'],
    ['nested corner quotes', '「他說『好』」', '“他說‘好’”'],
    ['straight single quotes around Chinese', "大家叫她'热心肠'", '大家叫她‘热心肠’'],
  ])('turns %s into Chinese quotes', (_what, input, output) => {
    expect(normalizeQuotes(input).text).toBe(output);
  });

  test('does not guess at an odd number of straight quotes', () => {
    expect(normalizeQuotes('他说"来了"又"走').text).toBe('他说"来了"又"走');
  });

  test('leaves apostrophes in English alone', () => {
    expect(normalizeQuotes("社区的 Children's Day 活动").text).toBe("社区的 Children's Day 活动");
  });

  test.each([
    ['“来了', true],
    ['来了”', true],
    ['”反了“', true],
    ['他说"来了', true],
    ['“他说‘好’”', false],
    ['没有引号', false],
  ])('reports unbalanced quotes in %s: %s', (text, unbalanced) => {
    expect(hasUnbalancedQuotes(text)).toBe(unbalanced);
  });
});
