import { describe, expect, test } from 'vitest';
import { joinHeaderLines } from '../../src/lib/import/header-lines.ts';
import { textToLines } from '../../src/lib/import/lines.ts';

const join = (text: string) => joinHeaderLines(textToLines(text)).map((l) => l.text);

describe('joinHeaderLines', () => {
  test.each([
    ['each part on its own line', '原创\n松鹤街道\n松鹤发布\n2024年05月06日 09:12\n山东', '原创 松鹤街道 松鹤发布 2024年05月06日 09:12 山东'],
    ['names on one line, time on the next', '原创 松鹤发布\n2024-05-06 09:12', '原创 松鹤发布 2024-05-06 09:12'],
    ['the province on the line after a whole byline', '原创 松鹤发布 2024-05-06 09:12\n发表于山东', '原创 松鹤发布 2024-05-06 09:12 发表于山东'],
  ])('joins a WeChat byline split with %s', (_what, text, joined) => {
    expect(join(`${text}\n社区志愿者一早就来到了老人家中，帮他打扫卫生、整理房间。`)).toEqual([
      joined,
      '社区志愿者一早就来到了老人家中，帮他打扫卫生、整理房间。',
    ]);
  });

  test('joins a lone 编者按 label to its note', () => {
    expect(join('编者按\n老旧小区改造，改的是房子，暖的是人心。')).toEqual(['编者按：老旧小区改造，改的是房子，暖的是人心。']);
    expect(join('编者的话：\n这是一组来自楼栋的故事。')).toEqual(['编者的话：这是一组来自楼栋的故事。']);
  });

  test('joins a credit label to the name in the next table cell', () => {
    expect(join('初审：\n江帆\n复审:\n欧阳莉')).toEqual(['初审：江帆', '复审:欧阳莉']);
  });

  test.each([
    ['a counter label and its number', '浏览次数：\n208'],
    ['a label before a sentence', '编辑：\n社区志愿者一早就来到了老人家中，帮他打扫卫生。'],
    ['原创 without a time after it', '原创\n松鹤发布\n社区志愿者一早就来到了老人家中，帮他打扫卫生。'],
    ['a sentence that starts with 原创', '原创歌曲《邻里情》在社区首发\n2024年5月6日'],
    ['a province that is not after a byline', '社区书记说\n山东'],
  ])('leaves %s alone', (_what, text) => {
    expect(join(text)).toEqual(text.split('\n'));
  });
});
