import { expect, test } from 'vitest';
import { CLERK_NAME_MAX, cleanClerkName, clerkCookie, readClerk } from '../../src/lib/desk/clerk-cookie.ts';

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

test('stores the name URL-encoded, same-site only, for the whole desk', () => {
  expect(clerkCookie('张三')).toBe('desk_clerk=%E5%BC%A0%E4%B8%89; path=/; SameSite=Strict');
});

test.each([
  ['the desk cookie among others', 'a=1; desk_clerk=%E5%BC%A0%E4%B8%89; b=2', '张三'],
  ['no cookie header', undefined, undefined],
  ['no desk cookie', 'a=1', undefined],
  ['a malformed escape', 'desk_clerk=%E5%', undefined],
  ['a name no commit may carry', 'desk_clerk=%3Cx%3E', undefined],
])('readClerk: %s', (_what, header, expected) => {
  expect(readClerk(header)).toBe(expected);
});
