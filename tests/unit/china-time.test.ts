import { describe, expect, test } from 'vitest';
import {
  chinaParts,
  chinaYear,
  formatChinaDate,
  formatChinaDateRange,
  formatChinaDateTime,
  parseChinaTime,
  toChinaDay,
  toChinaIso,
  toChinaWallTime,
} from '../../src/lib/china-time.ts';

const iso = (text: string): string | undefined => parseChinaTime(text)?.toISOString();

describe('parseChinaTime', () => {
  test.each([
    ['2021-01-25 15:54', 'an unquoted minute-precision time as China time'],
    ['2021-01-25 15:54:00', 'an unquoted 2021-01-25 15:54:00 as China time'],
    ['2021-01-25T15:54', 'a T-separated time as China time'],
    ['2021-01-25T15:54:00+08:00', 'an explicit +08:00 offset'],
    ['2021-01-25T07:54:00Z', 'a UTC (Z) time'],
  ])('reads %s (%s) as the same instant', (text) => {
    expect(iso(text)).toBe('2021-01-25T07:54:00.000Z');
  });

  test('reads a date-only value as midnight China time', () => {
    expect(iso('2021-01-25')).toBe('2021-01-24T16:00:00.000Z');
  });

  test('honours an offset other than China’s', () => {
    expect(iso('2021-01-25T15:54:00-05:00')).toBe('2021-01-25T20:54:00.000Z');
  });

  test('accepts 29 February in a leap year', () => {
    expect(iso('2024-02-29')).toBe('2024-02-28T16:00:00.000Z');
  });

  test('accepts the first day of 1992, the earliest year it trusts', () => {
    expect(iso('1992-01-01 00:00')).toBe('1991-12-31T16:00:00.000Z');
  });

  test.each([
    ['3月8日', 'a Chinese-style date'],
    ['2021-02-30', 'a day the month does not have'],
    ['2021-02-29', '29 February in a common year'],
    ['2021-13-01', 'month 13'],
    ['25:00', 'a bare time'],
    ['2021-01-25 25:00', 'hour 25'],
    ['2021-01-25 15:60', 'minute 60'],
    ['2021-01-25 15:54:60', 'second 60'],
    ['1985-01-01', 'a year before 1992'],
    ['1991-12-31 23:59', 'the last minute of 1991'],
    ['2021-01-25+08:00', 'an offset on a date-only value'],
    ['2021-01-25Z', 'a Z on a date-only value'],
    ['2021-1-5', 'month and day without leading zeros'],
    ['', 'an empty value'],
  ])('rejects %j (%s)', (text) => {
    expect(parseChinaTime(text)).toBeNull();
  });
});

describe('formatting in China time', () => {
  const lateAfternoon = new Date('2021-01-25T07:54:00Z'); // 2021-01-25 15:54 in China
  const earlyMorning = new Date('2021-03-08T01:05:09Z'); // 2021-03-08 09:05:09 in China

  test.each([
    { name: 'formatChinaDate', format: formatChinaDate, at: lateAfternoon, expected: '2021年1月25日' },
    { name: 'formatChinaDate', format: formatChinaDate, at: earlyMorning, expected: '2021年3月8日' },
    { name: 'formatChinaDateTime', format: formatChinaDateTime, at: lateAfternoon, expected: '2021年1月25日 15:54' },
    { name: 'formatChinaDateTime', format: formatChinaDateTime, at: earlyMorning, expected: '2021年3月8日 09:05' },
    { name: 'toChinaIso', format: toChinaIso, at: lateAfternoon, expected: '2021-01-25T15:54:00+08:00' },
    { name: 'toChinaIso', format: toChinaIso, at: earlyMorning, expected: '2021-03-08T09:05:09+08:00' },
    { name: 'toChinaDay', format: toChinaDay, at: earlyMorning, expected: '2021-03-08' },
    { name: 'toChinaWallTime', format: toChinaWallTime, at: earlyMorning, expected: '2021-03-08 09:05' },
  ])('$name shows $expected', ({ format, at, expected }) => {
    expect(format(at)).toBe(expected);
  });

  describe('an instant that is still 31 December in UTC but already 1 January in China', () => {
    const newYear = new Date('2021-12-31T16:30:00Z'); // 2022-01-01 00:30 in China

    test.each([
      ['formatChinaDate', formatChinaDate(newYear), '2022年1月1日'],
      ['formatChinaDateTime', formatChinaDateTime(newYear), '2022年1月1日 00:30'],
      ['toChinaIso', toChinaIso(newYear), '2022-01-01T00:30:00+08:00'],
      ['toChinaDay', toChinaDay(newYear), '2022-01-01'],
      ['toChinaWallTime', toChinaWallTime(newYear), '2022-01-01 00:30'],
    ])('%s shows the China date', (_name, actual, expected) => {
      expect(actual).toBe(expected);
    });

    test('belongs to the new year in the archive', () => {
      expect(chinaYear(newYear)).toBe(2022);
    });
  });

  test('an article posted 2021-12-31 23:30 China time belongs to 2021', () => {
    expect(chinaYear(parseChinaTime('2021-12-31 23:30')!)).toBe(2021);
  });
});

// mulberry32: a small seeded generator, so every run checks the same instants.
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('formatChinaDateRange', () => {
  const at = (text: string): Date => parseChinaTime(text) as Date; // the literals below are valid
  test.each([
    ['2025-03-01 09:00', '2025-09-20 18:00', '2025年3月1日至9月20日'],
    ['2024-12-02 09:00', '2025-01-05 08:00', '2024年12月2日至2025年1月5日'],
    ['2025-03-01 09:00', '2025-03-01 18:00', '2025年3月1日'],
    // 23:30 China time is already the next day in UTC: the range still ends on the China date.
    ['2025-12-01 09:00', '2025-12-31 23:30', '2025年12月1日至12月31日'],
  ])('%s to %s reads %s', (oldest, newest, expected) => {
    expect(formatChinaDateRange(at(oldest), at(newest))).toBe(expected);
  });
});

describe('chinaParts agrees with the time-zone database', () => {
  const start = Date.UTC(1992, 0, 1);
  const end = Date.UTC(2099, 11, 31, 23, 59, 59);
  const random = seeded(20210125);
  const instants = Array.from({ length: 400 }, () => new Date(start + Math.floor((random() * (end - start)) / 1000) * 1000));

  const reference = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    weekday: 'short',
    hourCycle: 'h23',
  });
  const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

  function intlParts(date: Date) {
    const parts = Object.fromEntries(reference.formatToParts(date).map((p) => [p.type, p.value]));
    return {
      year: Number(parts.year),
      month: Number(parts.month),
      day: Number(parts.day),
      hour: Number(parts.hour),
      minute: Number(parts.minute),
      second: Number(parts.second),
      weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
    };
  }

  test('for 400 pseudo-random instants between 1992 and 2099', () => {
    const mismatches = instants
      .map((date) => ({ at: date.toISOString(), ours: chinaParts(date), intl: intlParts(date) }))
      .filter(({ ours, intl }) => JSON.stringify(ours) !== JSON.stringify(intl));
    expect(mismatches).toEqual([]);
  });

  test('the China ISO form parses back to the same instant', () => {
    const broken = instants.filter((date) => parseChinaTime(toChinaIso(date))?.getTime() !== date.getTime());
    expect(broken.map((d) => d.toISOString())).toEqual([]);
  });

  test('the wall time editors write parses back to the same minute', () => {
    const broken = instants.filter((date) => {
      const minute = new Date(Math.floor(date.getTime() / 60_000) * 60_000);
      return parseChinaTime(toChinaWallTime(date))?.getTime() !== minute.getTime();
    });
    expect(broken.map((d) => d.toISOString())).toEqual([]);
  });
});

// Imports are hoisted; they sit here so this block could be appended without touching the file's head.
import { toRfc822China } from '../../src/lib/china-time.ts';
import { parseRfc822 } from '../../src/lib/feeds/rss-validate.ts';

describe('toRfc822China', () => {
  test.each([
    ['an afternoon in China', '2021-01-25T07:54:00Z', 'Mon, 25 Jan 2021 15:54:00 +0800'],
    ['a morning with single-digit day, hour, minute and second', '2024-03-08T01:05:09Z', 'Fri, 08 Mar 2024 09:05:09 +0800'],
    ['31 December in UTC, already 1 January in China', '2021-12-31T16:30:00Z', 'Sat, 01 Jan 2022 00:30:00 +0800'],
    ['the last second of the year in China', '2021-12-31T15:59:59Z', 'Fri, 31 Dec 2021 23:59:59 +0800'],
    ['28 February in UTC, already leap day in China', '2024-02-28T16:00:00Z', 'Thu, 29 Feb 2024 00:00:00 +0800'],
    ['midnight in China', '2021-01-24T16:00:00Z', 'Mon, 25 Jan 2021 00:00:00 +0800'],
  ])('writes %s as %s', (_what, iso, expected) => {
    expect(toRfc822China(new Date(iso))).toBe(expected);
  });

  test('drops milliseconds rather than rounding them up', () => {
    expect(toRfc822China(new Date('2021-01-25T07:54:59.999Z'))).toBe('Mon, 25 Jan 2021 15:54:59 +0800');
  });

  describe('names the right weekday for 300 pseudo-random instants between 1992 and 2099', () => {
    const random = seeded(20260101);
    const start = Date.UTC(1992, 0, 1);
    const end = Date.UTC(2099, 11, 31, 23, 59, 59);
    const instants = Array.from({ length: 300 }, () => new Date(start + Math.floor((random() * (end - start)) / 1000) * 1000));
    const weekday = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', weekday: 'short' });

    test('the feed validator reads each one back as the same instant, weekday checked', () => {
      const broken = instants
        .map((date) => ({ at: date.toISOString(), rfc822: toRfc822China(date), parsed: parseRfc822(toRfc822China(date)) }))
        .filter(({ at, parsed }) => typeof parsed === 'string' || parsed.toISOString() !== at);
      expect(broken).toEqual([]);
    });

    test('the weekday agrees with the time-zone database', () => {
      const broken = instants.filter((date) => toRfc822China(date).slice(0, 3) !== weekday.format(date));
      expect(broken.map((d) => d.toISOString())).toEqual([]);
    });
  });
});
