import { expect, test } from 'vitest';
import { reviewStep } from '../../src/lib/desk/review-step.ts';

test.each([
  ['no review at all', undefined, false, '待初审'],
  ['an empty review', {}, true, '待初审'],
  ['only 初审', { first: '林晓燕' }, true, '已初审，待复审'],
  ['初审 and 复审', { first: '林晓燕', second: '邵明远' }, true, '已复审，待终审'],
  ['all three, published', { first: '林晓燕', second: '邵明远', final: '许文博' }, false, '三审完成'],
  ['all three, still a draft', { first: '林晓燕', second: '邵明远', final: '许文博' }, true, '三审完成（草稿）'],
  ['only 终审: the steps go in order', { final: '许文博' }, true, '待初审'],
  ['初审 and 终审 but no 复审', { first: '林晓燕', final: '许文博' }, true, '已初审，待复审'],
  ['a blank name is no sign-off', { first: '  ' }, undefined, '待初审'],
])('%s → %s', (_what, review, draft, label) => {
  expect(reviewStep(review, draft)).toBe(label);
});
