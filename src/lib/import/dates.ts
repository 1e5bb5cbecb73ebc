/**
 * Dates as portals print them (`2021-01-25 15:54:00`, `2021年1月25日 15:54`,
 * `2021/01/25`, `２０２３年１１月２０日 １４：３０`, `2023年11月20日 下午2:30`),
 * read as China time through `china-time.ts`.
 */
import { parseChinaTime } from '../china-time.ts';
import { toHalfWidth } from './full-width.ts';

// Year, month, day (groups 1–3); 新华网 sets the year apart from `07/18` in its header.
const DAY = /(\d{4})(?:\s*[-/.年]|\s+(?=\d{1,2}\/\d{1,2}))\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const WEEKDAY = /(?:\s*(?:星期|周)[一二三四五六日天])?/;
// Half of the day, hour, minute (groups 4–6); seconds are read past, not kept.
const TIME = /(?:\s*(上午|早上|中午|下午|晚上)?\s*(\d{1,2})\s*[:：时点]\s*(\d{1,2})\s*分?(?:\s*[:：]\s*\d{1,2}\s*秒?)?)?/;
const DATE = new RegExp(DAY.source + WEEKDAY.source + TIME.source);

export interface FoundDate {
  /** The text as written. */
  text: string;
  index: number;
  /** The instant, or null when the text names no real day (`2021-02-30`). */
  date: Date | null;
  /** True when the page gave a day but no time. */
  dayOnly: boolean;
}

const pad = (n: string | number): string => String(n).padStart(2, '0');

/** The first date written in `text`, if any. */
export function findDate(text: string): FoundDate | undefined {
  // Full-width digits turn one for one, so the index found is the index in `text`.
  const m = DATE.exec(toHalfWidth(text).text);
  if (!m) return undefined;
  const [, y = '', mo = '', d = '', half, h, mi] = m;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  const dayOnly = h === undefined || mi === undefined;
  const date = parseChinaTime(dayOnly ? day : `${day} ${pad(hour24(Number(h), half))}:${pad(mi)}`);
  return { text: text.slice(m.index, m.index + m[0].length).trim(), index: m.index, date, dayOnly };
}

/** `下午2:30` is 14:30 and `中午1:00` is 13:00; `下午14:30`, `中午12:10` and `上午9:30` stay as written. */
function hour24(hour: number, half: string | undefined): number {
  const afternoon = half === '下午' || half === '晚上' || (half === '中午' && hour < 11);
  return afternoon && hour < 12 ? hour + 12 : hour;
}

/** `text` with its first date taken out. */
export function withoutDate(text: string): string {
  const m = DATE.exec(toHalfWidth(text).text);
  const rest = m ? `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}` : text;
  return rest.replace(/\s+/g, ' ').trim();
}

// WeChat prints where the writer was after the time (`2024年05月06日 09:12 山东`, `发表于山东`).
const PROVINCE =
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门';
const PLACE_AFTER_TIME = new RegExp(`\\s*(?:发表于|发布于)?[:：]?\\s*(?:${PROVINCE})$`, 'u');

// A paper's date line says how many pages the day has: `2025年08月15日 星期五 今日8版`.
const EDITION_NOTE = /(?:今日|本期|共)\s*\d+\s*[版期]/u;
// What pages print after the date on its line: a counter (`阅读 2156`), the paper's page (`第2版：综合新闻`).
const AFTER_DATE = /\s*(?:(?:阅读|浏览|点击|评论|点赞)\s*[:：]?\s*[\d.]+\s*[万wW]?\s*(?:次)?|第\s*[A-Z]?\d+\s*版(?:[:：]\s*\S{0,12})?)\s*$/u;

// A layout's issue line: `NO.23 | 2025.06.21`, `第23期 2025.06.21`.
const ISSUE_NUMBER = /^\s*(?:NO\.?\s*\d+|第\s*\d+\s*期)/iu;

/** A line that is only a date (a byline on its own, `2023年5月6日 星期六 08:30`, `2024-05-06 09:12 山东`). */
export function isDateLine(line: string): boolean {
  const found = findDate(line);
  return (
    found !== undefined &&
    withoutDate(line)
      .replace(PLACE_AFTER_TIME, '')
      .replace(EDITION_NOTE, '')
      .replace(ISSUE_NUMBER, '')
      .replace(AFTER_DATE, '')
      .replace(/[\p{P}\p{S}\s]/gu, '') === ''
  );
}

/**
 * An account's byline without WeChat's 原创 mark: `桐溪文明 2019-03-05`,
 * `石门发布 2025年11月14日 17:45 浙江` — a name or two, the date, perhaps the province.
 */
export function isAccountDateLine(line: string): boolean {
  const found = findDate(line);
  if (found === undefined || found.index === 0) return false;
  const names = beforeDate(line).split(/\s+/u);
  const after = toHalfWidth(line).text.slice(found.index + found.text.length);
  return (
    names.length <= MAX_BYLINE_NAMES &&
    names.every((n) => n !== '' && Array.from(n).length <= MAX_BYLINE_NAME && !/[\p{P}\d]/u.test(n)) &&
    after.replace(PLACE_AFTER_TIME, '').replace(AFTER_DATE, '').trim() === ''
  );
}

const MAX_BYLINE_NAMES = 2;
const MAX_BYLINE_NAME = 12;

/** Whether a line is only the place WeChat prints after the time (`山东`, `发表于山东`). */
export function isPlaceLine(line: string): boolean {
  return PLACE_AFTER_TIME.test(line) && line.trim().replace(PLACE_AFTER_TIME, '') === '';
}

/** The part of `text` before its first date (`松鹤街道 松鹤发布 2024年05月06日 09:12 山东` → `松鹤街道 松鹤发布`). */
export function beforeDate(text: string): string {
  const found = findDate(text);
  return (found === undefined ? text : text.slice(0, found.index)).trim();
}
