import { describe, expect, test } from 'vitest';
import { removePinyinJunk } from '../../src/lib/import/pinyin-junk.ts';

describe('removePinyinJunk', () => {
  test.each([
    ['a toned reading after a Han character', '圖(tú)書館', '圖書館', 1],
    ['several readings in a row', '會(huì)議(yì)室(shì)', '會議室', 3],
    ['full-width parentheses', '樓(lóu)棟', '樓棟', 1],
    ['a reading with ü', '綠(lǜ)化', '綠化', 1],
    ['a reading written with a combining tone mark', '車(che\u0304)位', '車位', 1],
  ])('removes %s', (_what, input, output, removed) => {
    expect(removePinyinJunk(input)).toEqual({ text: output, removed });
  });

  test.each([
    ['a Chinese explanation', 'PM2.5(细颗粒物)浓度下降'],
    ['a Chinese note after a Latin word', '社区APP(试运行)上线'],
    ['a credit in a dateline', '本报讯(通讯员 王芳)近日'],
    ['an English word', '社区(community)服务'],
    ['an abbreviation that is no pinyin syllable', '文件(pdf)已上传'],
    ['a reading after a Latin letter', 'A(ā)级景区'],
    ['a lone toneless syllable that could be an abbreviation', '方案(a)和方案(b)'],
  ])('keeps %s', (_what, input) => {
    expect(removePinyinJunk(input)).toEqual({ text: input, removed: 0 });
  });

  test('removes toneless readings only on a page that already carries toned ones', () => {
    expect(removePinyinJunk('這(zhè)個(gè)地方的(de)人').text).toBe('這個地方的人');
    expect(removePinyinJunk('他的(de)书').text).toBe('他的(de)书');
  });
});
