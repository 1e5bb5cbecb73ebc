/** 首页更新: days since the home page last showed a new article. */
import { judgeIdle, type IdleVerdict } from './idle.ts';
import type { UpdateRules } from './rules.ts';

export type HomeFreshness = { kind: 'none' } | ({ kind: 'dated'; newest: Date } & IdleVerdict);

/**
 * `newest` is the newest article the site shows at `now`: the model built at
 * `now` leaves scheduled (定时) articles out, so one counts only from its time.
 * A site with no article has nothing new on its home page at all.
 */
export function homeFreshness(newest: Date | undefined, now: Date, rules: UpdateRules): HomeFreshness {
  if (!newest) return { kind: 'none' };
  return { kind: 'dated', newest, ...judgeIdle(newest, now, rules.homeMaxIdleDays, rules.warnDaysAhead) };
}

/** The home page breaks the rule: no article, or none for more than `homeMaxIdleDays`. */
export const homeVetoed = (home: HomeFreshness): boolean => home.kind === 'none' || home.status === 'overdue';
