import { describe, expect, test } from 'vitest';
import { toSimplified } from '../../src/lib/import/simplify.ts';

describe('toSimplified', () => {
  test.each([
    ['characters', '鄰裡互助會', '邻里互助会'],
    ['phrases that need context', '頭髮乾淨', '头发干净'],
    ['names', '陳曉東、鄭麗華', '陈晓东、郑丽华'],
    ['the particle 着 after a verb', '她拉著孫子的手', '她拉着孙子的手'],
    ['著 in words where it stays', '著名作家的著作很顯著', '著名作家的著作很显著'],
  ])('converts %s', (_what, input, output) => {
    expect(toSimplified(input).text).toBe(output);
  });

  test('counts the characters it changed', () => {
    expect(toSimplified('舊樓改造').converted).toBe(2);
  });

  test('leaves Simplified text exactly as it is, rare characters included', () => {
    const text = '土著居民在乾坤湾边晒太阳，于是大家一起跳舞。';
    expect(toSimplified(text)).toEqual({ text, converted: 0 });
  });
});
