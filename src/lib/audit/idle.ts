/**
 * How long something has gone without an update, against a rule of "at most N
 * days": the one judgement the home page and every column share.
 */
import { addChinaDays, chinaDaysBetween } from '../china-time.ts';

/** `soon`: the rule breaks within the warning window; `overdue`: it is broken. */
export type IdleStatus = 'ok' | 'soon' | 'overdue';

export interface IdleVerdict {
  /** Whole China calendar days since the last update. */
  days: number;
  status: IdleStatus;
  /** The first China day on which the rule is broken if nothing new appears. */
  breaksOn: Date;
}

/**
 * "Idle for more than `maxIdleDays`" is broken on day `maxIdleDays + 1`: an
 * article on 1 November keeps a 14-day rule through 15 November. The warning
 * starts `warnDaysAhead` days before that day.
 */
export function judgeIdle(last: Date, now: Date, maxIdleDays: number, warnDaysAhead: number): IdleVerdict {
  const days = chinaDaysBetween(last, now);
  const breaksOn = addChinaDays(last, maxIdleDays + 1);
  const left = maxIdleDays + 1 - days;
  const status: IdleStatus = left <= 0 ? 'overdue' : left <= warnDaysAhead ? 'soon' : 'ok';
  return { days, status, breaksOn };
}
