/**
 * The only module that parses or formats dates. Everything is China time
 * (Asia/Shanghai), whatever the build machine's TZ.
 *
 * China has kept UTC+8 with no daylight saving since 1991, so the offset is a
 * constant; dates before 1992 are refused rather than silently misread.
 */
import { t } from '../i18n/zh-CN.ts';

// The zone is not a setting: China is UTC+8 all year, so every date here is this offset.
const OFFSET_MS = 8 * 3600 * 1000;
const OFFSET_TEXT = '+08:00';
const EARLIEST_YEAR = 1992;

/** Calendar fields of an instant as a clock in China shows them. */
export interface ChinaParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

// `2021-01-25`, `2021-01-25 15:54`, `2021-01-25 15:54:00`, `2021-01-25T15:54`, and any of
// those with a `Z` or `±hh:mm` offset. Without an offset the time means China time.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/** Parses a front-matter time; returns null when the text is not one of the accepted forms. */
export function parseChinaTime(text: string): Date | null {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (year < EARLIEST_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (zone !== undefined && m[4] === undefined) return null; // an offset needs a time
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  return new Date(wall - (zone === undefined ? OFFSET_MS : zoneOffsetMs(zone)));
}

function zoneOffsetMs(zone: string): number {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The calendar fields of `date` in China time. */
export function chinaParts(date: Date): ChinaParts {
  const shifted = new Date(date.getTime() + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: shifted.getUTCDay(),
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2021年1月25日` */
export function formatChinaDate(date: Date): string {
  const p = chinaParts(date);
  return t('date.day', { year: p.year, month: p.month, day: p.day });
}

/**
 * The days from `oldest` to `newest`, the second date without the year it shares:
 * `2025年3月1日至9月20日`, `2024年12月2日至2025年1月5日`, or one date when both fall on one day.
 */
export function formatChinaDateRange(oldest: Date, newest: Date): string {
  const a = chinaParts(oldest);
  const b = chinaParts(newest);
  if (a.year === b.year && a.month === b.month && a.day === b.day) return formatChinaDate(oldest);
  return t('date.range', {
    from: formatChinaDate(oldest),
    to: a.year === b.year ? t('date.monthDay', { month: b.month, day: b.day }) : formatChinaDate(newest),
  });
}

/** `2021年1月25日 15:54` */
export function formatChinaDateTime(date: Date): string {
  const p = chinaParts(date);
  return `${formatChinaDate(date)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** `2021-01-25T15:54:00+08:00`, for `<time datetime>`, JSON-LD and feeds. */
export function toChinaIso(date: Date): string {
  const p = chinaParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${OFFSET_TEXT}`;
}

/** `2021-01-25`, China date, for file names and scaffolds. */
export function toChinaDay(date: Date): string {
  const p = chinaParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** `2021-01-25 15:54`, the spelling editors write in front matter. */
export function toChinaWallTime(date: Date): string {
  const p = chinaParts(date);
  return `${toChinaDay(date)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** The year in China time (an article posted 2021-12-31 23:30 China time belongs to 2021). */
export function chinaYear(date: Date): number {
  return chinaParts(date).year;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** `Mon, 25 Jan 2021 15:54:00 +0800`: RFC 822 in China time, for RSS `pubDate`. */
export function toRfc822China(date: Date): string {
  const p = chinaParts(date);
  return `${WEEKDAYS[p.weekday]}, ${pad(p.day)} ${MONTHS[p.month - 1]} ${p.year} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} +0800`;
}

const DAY_MS = 24 * 3600 * 1000;

/** The China calendar day of an instant as a day count since 1970-01-01 (China), for day arithmetic. */
const chinaDayNumber = (date: Date): number => Math.floor((date.getTime() + OFFSET_MS) / DAY_MS);

/**
 * Whole China-time calendar days from `from` to `to`: 23:59 to 00:01 the next
 * day is 1, as a reader counts "days since" on a calendar (negative when `to` is earlier).
 */
export function chinaDaysBetween(from: Date, to: Date): number {
  return chinaDayNumber(to) - chinaDayNumber(from);
}

/** The instant `days` China calendar days after `date` (China keeps no daylight saving, so a day is 24 hours). */
export function addChinaDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}
