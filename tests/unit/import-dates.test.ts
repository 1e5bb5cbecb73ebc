import { describe, expect, test } from 'vitest';
import { findDate, isDateLine, withoutDate } from '../../src/lib/import/dates.ts';

describe('findDate', () => {
  test.each([
    ['a portal time', '2021-01-25 15:54:00', '2021-01-25T07:54:00.000Z', false],
    ['a Chinese date', '2021年1月5日 9:05', '2021-01-05T01:05:00.000Z', false],
    ['a slashed day', '2021/01/05', '2021-01-04T16:00:00.000Z', true],
    ['a dotted date after words', '发布于 2023.12.31 23:30', '2023-12-31T15:30:00.000Z', false],
    ['full-width digits and colon', '２０２３年１１月２０日 １４：３０', '2023-11-20T06:30:00.000Z', false],
    ['full-width digits, day only', '发布日期：２０２３－１１－２０', '2023-11-19T16:00:00.000Z', true],
    ['时 and 分', '2024年5月6日 9时12分', '2024-05-06T01:12:00.000Z', false],
    ['点 and 分', '2024年5月6日 14点05分', '2024-05-06T06:05:00.000Z', false],
    ['下午 before a 12-hour time', '2024年5月6日 下午2:30', '2024-05-06T06:30:00.000Z', false],
    ['下午 before a 24-hour time', '2024年5月6日下午14:30', '2024-05-06T06:30:00.000Z', false],
    ['上午', '2024年5月6日 上午9:30', '2024-05-06T01:30:00.000Z', false],
    ['中午', '2024年5月6日 中午12:10', '2024-05-06T04:10:00.000Z', false],
    ['a weekday between day and time', '2023年5月6日 星期六 08:30', '2023-05-06T00:30:00.000Z', false],
    ['新华网’s header, the year set apart', '2025 07/18 16:42:10', '2025-07-18T08:42:00.000Z', false],
  ])('reads %s as China time', (_what, text, iso, dayOnly) => {
    const found = findDate(text);
    expect(found?.date?.toISOString()).toBe(iso);
    expect(found?.dayOnly).toBe(dayOnly);
  });

  test('gives the text and position as written, full-width included', () => {
    expect(findDate('时间：２０２３年１１月２０日 １４：３０ 来源')).toMatchObject({ text: '２０２３年１１月２０日 １４：３０', index: 3 });
  });

  test('keeps the text of an impossible date but no instant', () => {
    expect(findDate('2021-02-30')).toMatchObject({ text: '2021-02-30', date: null });
  });
});

describe('withoutDate and isDateLine', () => {
  test('takes a full-width date out of a line', () => {
    expect(withoutDate('原创 松鹤发布 ２０２４年０５月０６日 ０９：１２ 山东')).toBe('原创 松鹤发布 山东');
  });

  test.each([
    ['2023年5月6日 星期六 08:30', true],
    ['２０２３年１１月２０日 １４：３０', true],
    ['2023年5月6日，社区举办运动会。', false],
  ])('%s is a date line: %s', (line, expected) => {
    expect(isDateLine(line)).toBe(expected);
  });
});
