/** Where an article is in the 三审 (初审 → 复审 → 终审), as the desk's list and preview show it. */
import { t, type UiKey } from '../../i18n/zh-CN.ts';

/**
 * The entry-data key the desk's file format fills with the step when it reads
 * a file (and drops when it writes), so the list's `summary` can show it.
 */
export const REVIEW_STEP_KEY = 'deskReviewStep';

/** The 三审 sign-offs as front matter holds them (`review.first/second/final`). */
export interface ReviewSignOffs {
  first?: string | undefined;
  second?: string | undefined;
  final?: string | undefined;
}

// Each sign-off in the order they must happen, with the label shown while it is missing.
const STEPS: readonly (readonly [keyof ReviewSignOffs, UiKey])[] = [
  ['first', 'desk.step.none'],
  ['second', 'desk.step.first'],
  ['final', 'desk.step.second'],
];

/**
 * `待初审`, `已初审，待复审`, `已复审，待终审`, `三审完成` (or `三审完成，待发布` for a
 * draft). A later sign-off never skips an earlier one: an article with only a
 * 终审 name is still 待初审, because the 三审 are done in order.
 */
export function reviewStep(review: ReviewSignOffs | undefined, draft: boolean | undefined): string {
  const missing = STEPS.find(([key]) => (review?.[key] ?? '').trim() === '');
  if (missing) return t(missing[1]);
  return t(draft === true ? 'desk.step.doneDraft' : 'desk.step.done');
}
