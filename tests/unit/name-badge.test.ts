import { describe, expect, test } from 'vitest';
import { badgeText } from '../../src/lib/honors/name-badge.ts';

describe('badgeText', () => {
  test.each([
    ['a two-character name', '张伟', '张'],
    ['a three-character name', '唐志强', '唐'],
    ['a household', '许静家庭', '许'],
    ['a compound surname', '欧阳秀英', '欧阳'],
    ['a compound surname with a one-character given name', '诸葛亮', '诸葛'],
    ['a name that only looks like a compound surname', '东方红', '东方'],
    ['a team in quotation marks', '“红马甲”志愿队', '红'],
    ['leading spaces', '  李娜', '李'],
    ['a name in Latin letters', 'anna', 'A'],
    ['a surname outside the Basic Multilingual Plane', '𠮷野家', '𠮷'],
    ['a name with no letter', '——', ''],
    ['an empty name', '', ''],
  ])('gives the surname of %s', (_what, name, expected) => {
    expect(badgeText(name)).toBe(expected);
  });

  test('keeps a two-character name that is itself a compound surname to one character', () => {
    expect(badgeText('欧阳')).toBe('欧');
  });
});
