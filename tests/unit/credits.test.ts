import { expect, test } from 'vitest';
import { creditLines } from '../../src/lib/site/credits.ts';

test('prints each role with its names joined by 、, in portal order', () => {
  expect(creditLines({ editor: '周九', authors: ['张三', '李四'], photographers: ['王五'] })).toEqual([
    { label: '作者：', names: '张三、李四' },
    { label: '摄影：', names: '王五' },
    { label: '责任编辑：', names: '周九' },
  ]);
});

test.each([
  ['no roles', {}],
  ['empty lists', { authors: [], correspondents: [] }],
  ['blank names', { authors: [' '], editor: '' }],
])('leaves out roles with nobody: %s', (_what, data) => {
  expect(creditLines(data)).toEqual([]);
});

test('skips a name the desk’s form has just added (still null there)', () => {
  const typed = { authors: [null, '张三'] } as unknown as Parameters<typeof creditLines>[0];
  expect(creditLines(typed)).toEqual([{ label: '作者：', names: '张三' }]);
});
