/**
 * Dates as portals print them (`2021-01-25 15:54:00`, `2021年1月25日 15:54`,
 * `2021/01/25`), read as China time through `china-time.ts`.
 */
import { parseChinaTime } from '../china-time.ts';

const DATE =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})\s*分?(?:\s*[:：]\s*\d{1,2}\s*秒?)?)?/;

export interface FoundDate {
  /** The text as written. */
  text: string;
  index: number;
  /** The instant, or null when the text names no real day (`2021-02-30`). */
  date: Date | null;
  /** True when the page gave a day but no time. */
  dayOnly: boolean;
}

const pad = (n: string): string => n.padStart(2, '0');

/** The first date written in `text`, if any. */
export function findDate(text: string): FoundDate | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [whole, y = '', mo = '', d = '', h, mi] = m;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  const dayOnly = h === undefined || mi === undefined;
  const date = parseChinaTime(dayOnly ? day : `${day} ${pad(h)}:${pad(mi)}`);
  return { text: whole.trim(), index: m.index, date, dayOnly };
}

/** `text` with its first date taken out. */
export function withoutDate(text: string): string {
  return text.replace(DATE, ' ').replace(/\s+/g, ' ').trim();
}

/** A line that is only a date (a byline on its own, `2023年5月6日 星期六 08:30`). */
export function isDateLine(line: string): boolean {
  const found = findDate(line);
  return found !== undefined && withoutDate(line).replace(/[\p{P}\p{S}\s]/gu, '') === '';
}
