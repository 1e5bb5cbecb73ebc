import { describe, expect, test } from 'vitest';
import { toHalfWidth } from '../../src/lib/import/full-width.ts';

const half = (text: string) => toHalfWidth(text).text;

describe('toHalfWidth', () => {
  test.each([
    ['digits in a date and a time', '２０２３年１１月２０日 １４：３０', '2023年11月20日 14:30'],
    ['a dashed date', '２０２４－０３－０８', '2024-03-08'],
    ['a slashed date', '２０２４／３／８', '2024/3/8'],
    ['a decimal point and a percentage', '增长１２．５％', '增长12.5%'],
    ['Latin letters', 'ＡＰＰ上线，ＰＭ２．５下降', 'APP上线，PM2.5下降'],
    ['a phone number', '电话：０５３５－１２３４５６７', '电话：0535-1234567'],
  ])('turns %s half-width', (_what, input, output) => {
    expect(half(input)).toBe(output);
  });

  test.each([
    ['a colon after Chinese', '信息来源：松林镇人民政府'],
    ['Chinese punctuation', '居民说：“好！”（记者 李明）'],
    ['a colon after a number, before Chinese', '第3条：'],
    ['a dash between words', '松林镇－青山村'],
  ])('leaves %s full-width', (_what, input) => {
    expect(half(input)).toBe(input);
  });

  test('changes characters one for one, so positions stay', () => {
    const input = '发布时间：２０２３年１１月２０日';
    expect(half(input)).toHaveLength(input.length);
  });

  test('counts what it changed', () => {
    expect(toHalfWidth('１４：３０').changed).toBe(5);
    expect(toHalfWidth('没有全角').changed).toBe(0);
  });
});
