import { expect, test } from 'vitest';
import { CLERK_NAME_MAX, PASSWORD_MAX, PASSWORD_MIN, cleanClerkName, cleanPassword } from '../../src/lib/desk/clerk-name.ts';

test.each([
  ['张三', '张三'],
  ['  王  小明 ', '王 小明'],
  ['Li Lei', 'Li Lei'],
  ['', undefined],
  ['   ', undefined],
  ['张三 <evil@x>', undefined],
  ['a\u0000b', undefined],
  ['名'.repeat(CLERK_NAME_MAX + 1), undefined],
  ['...', undefined],
  ['。', undefined],
])('cleanClerkName(%j) → %j', (input, expected) => {
  expect(cleanClerkName(input)).toBe(expected);
});

test.each([
  ['exactly the minimum', 'a'.repeat(PASSWORD_MIN), 'a'.repeat(PASSWORD_MIN)],
  ['Chinese characters count one each', '密'.repeat(PASSWORD_MIN), '密'.repeat(PASSWORD_MIN)],
  ['one short', 'a'.repeat(PASSWORD_MIN - 1), undefined],
  ['empty', '', undefined],
  ['too long to hash', 'a'.repeat(PASSWORD_MAX + 1), undefined],
  ['decomposed accents, composed (NFC)', 'cafe\u0301-cafe\u0301', 'café-café'],
])('cleanPassword: %s', (_what, input, expected) => {
  expect(cleanPassword(input)).toBe(expected);
});
