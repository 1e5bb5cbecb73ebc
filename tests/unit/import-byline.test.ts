import { describe, expect, test } from 'vitest';
import { datelineCredits, parseCreditLine, splitNames } from '../../src/lib/import/byline.ts';
import { findDate, isDateLine } from '../../src/lib/import/dates.ts';

const fields = (line: string) => parseCreditLine(line)?.credits.map((c) => [c.field, c.value]);

describe('parseCreditLine', () => {
  test.each([
    ['source with a date', '来源：海滨日报  2023-04-05 08:20:00', [['source', '海滨日报  2023-04-05 08:20:00']]],
    [
      'several labels in one line',
      '作者:孔令辉 发布时间:2022-11-30 17:45',
      [
        ['authors', '孔令辉'],
        ['date', '2022-11-30 17:45'],
      ],
    ],
    [
      'labels without colons',
      '记者 严冬 冯雪 通讯员 邱实',
      [
        ['authors', '严冬 冯雪'],
        ['correspondents', '邱实'],
      ],
    ],
    [
      'a credit in parentheses',
      '（通讯员 姜涛 摄影 潘越）',
      [
        ['correspondents', '姜涛'],
        ['photographers', '潘越'],
      ],
    ],
    ['chrome buttons before the credits', '【字体：大 中 小】 稿源：松鹤网', [['source', '松鹤网']]],
    ['buttons after the credits', '信息来源：枫林街道 【打印】', [['source', '枫林街道']]],
    [
      'slash credits',
      '文/于晓 图/岳峰',
      [
        ['authors', '于晓'],
        ['photographers', '岳峰'],
      ],
    ],
    ['WeChat bars', '编辑｜尹红', [['editor', '尹红']]],
    ['review roles', '复审：屈海波', [['review.second', '屈海波']]],
    [
      'credits without a field',
      '审核：万千 校对：柏青',
      [
        ['unknown', '万千'],
        ['unknown', '柏青'],
      ],
    ],
    [
      'a counter after a credit',
      '作者：万方 阅读：88',
      [
        ['authors', '万方'],
        ['ignored', '88'],
      ],
    ],
    [
      'a county portal row',
      '发布时间：2023年11月20日 14:30 信息来源：松林镇人民政府 浏览次数：123',
      [
        ['date', '2023年11月20日 14:30'],
        ['source', '松林镇人民政府'],
        ['ignored', '123'],
      ],
    ],
    [
      'a government catalogue row',
      '索引号：113706/2024-00031 发布机构：松林县民政局 发布日期：2024-03-08',
      [
        ['ignored', '113706/2024-00031'],
        ['source', '松林县民政局'],
        ['date', '2024-03-08'],
      ],
    ],
    ['供稿', '供稿：青松里社区', [['source', '青松里社区']]],
    [
      '一审 二审 三审 in one line',
      '一审：张伟 二审：刘洋 三审：陈静',
      [
        ['review.first', '张伟'],
        ['review.second', '刘洋'],
        ['review.final', '陈静'],
      ],
    ],
    ['签发', '签发：周正', [['review.final', '周正']]],
    ['初审人', '初审人：方圆', [['review.first', '方圆']]],
    [
      'a WeChat footer with 审核 and 校对',
      '编辑：王静 校对：丁一 审核：赵刚',
      [
        ['editor', '王静'],
        ['unknown', '丁一'],
        ['unknown', '赵刚'],
      ],
    ],
    ['a WeChat byline', '原创 松鹤街道 松鹤发布 2024年05月06日 09:12 山东', [['unknown', '松鹤街道 松鹤发布 2024年05月06日 09:12 山东']]],
  ])('reads %s', (_what, line, expected) => {
    expect(fields(line)).toEqual(expected);
  });

  test.each([
    ['a sentence', '记者走进社区，了解居民需求。'],
    ['a word that is a label only with a colon', '时间就是效率'],
    ['a caption that starts with 图', '图：社区志愿者在清理楼道'],
    ['reading as a word', '阅读 让生活更美好'],
    ['a title', '社区举办读书分享会'],
    ['a sentence about signing', '签发通知后，社区立即行动'],
  ])('ignores %s', (_what, line) => {
    expect(parseCreditLine(line)).toBeUndefined();
  });

  test('finds the date of the line, labelled or not', () => {
    expect(parseCreditLine('来源：松鹤网 2024年3月9日 14:05')?.date?.text).toBe('2024年3月9日 14:05');
  });
});

describe('splitNames', () => {
  test.each([
    ['本报记者 蒋欣、贺龙飞', ['蒋欣', '贺龙飞']],
    ['乔木/摄', ['乔木']],
    ['石磊 2024-01-02 08:00', ['石磊']],
    ['万方 阅读：88', ['万方']],
  ])('splits %s', (value, names) => {
    expect(splitNames(value)).toEqual(names);
  });
});

describe('datelineCredits', () => {
  test.each([
    [
      '海滨日报5月6日讯（记者 严冬 通讯员 邱实）近日',
      [
        ['authors', '严冬'],
        ['correspondents', '邱实'],
      ],
    ],
    ['本报讯（通讯员 姜涛）社区', [['correspondents', '姜涛']]],
    ['新华社北京3月2日电（记者 蒋欣）', [['authors', '蒋欣']]],
    ['社区（居委会）今天开会', []],
    [
      '本报讯（通讯员 王芳 记者 李明）11月19日',
      [
        ['correspondents', '王芳'],
        ['authors', '李明'],
      ],
    ],
    [
      '松鹤网讯（记者 张三 通讯员 李四 王五）',
      [
        ['authors', '张三'],
        ['correspondents', '李四 王五'],
      ],
    ],
    [
      '本报讯（通讯员王芳 记者李明）',
      [
        ['correspondents', '王芳'],
        ['authors', '李明'],
      ],
    ],
    [
      '本报讯（本报记者 赵亮 实习生 孙悦）',
      [
        ['authors', '赵亮'],
        ['authors', '孙悦'],
      ],
    ],
  ])('reads %s', (paragraph, expected) => {
    expect(datelineCredits(paragraph).map((c) => [c.field, c.value])).toEqual(expected);
  });
});

describe('dates', () => {
  test.each([
    ['2021-01-25 15:54:00', '2021-01-25T07:54:00.000Z', false],
    ['2021年1月5日 9:05', '2021-01-05T01:05:00.000Z', false],
    ['2021/01/05', '2021-01-04T16:00:00.000Z', true],
    ['发布于 2023.12.31 23:30', '2023-12-31T15:30:00.000Z', false],
  ])('reads %s as China time', (text, iso, dayOnly) => {
    const found = findDate(text);
    expect(found?.date?.toISOString()).toBe(iso);
    expect(found?.dayOnly).toBe(dayOnly);
  });

  test('keeps the text of an impossible date but no instant', () => {
    expect(findDate('2021-02-30')).toMatchObject({ text: '2021-02-30', date: null });
  });

  test('tells a date line from a sentence with a date', () => {
    expect(isDateLine('2023年5月6日 星期六 08:30')).toBe(true);
    expect(isDateLine('2023年5月6日，社区举办运动会。')).toBe(false);
  });
});
