/** The publish time as the desk's list shows it: one spelling for every article, whatever its front matter says. */
import { formatChinaDateTime, parseChinaTime } from '../china-time.ts';

/**
 * The entry-data key the desk's file format fills when it reads a file (and
 * drops when it writes), so the list's `summary` shows `2026年12月6日 15:00`.
 */
export const SUMMARY_DATE_KEY = 'deskPublishedText';

/** `2026年12月6日 15:00`; the value as written when it is no time at all (content:check reports it), '' when absent. */
export function summaryDate(value: unknown): string {
  const date = value instanceof Date ? value : typeof value === 'string' ? parseChinaTime(value) : null;
  if (date !== null) return formatChinaDateTime(date);
  return typeof value === 'string' ? value : '';
}
