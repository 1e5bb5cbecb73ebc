/** The longest delay a Node timer keeps (about 24.8 days); a longer one fires at once. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * Milliseconds from `now` until a second after `at` (the build then sees the article
 * as due, whatever the rounding), never negative and never past what a timer can hold:
 * a timer for an article months ahead fires early, publishes nothing, and is set again.
 */
export function timerDelay(at: Date, now: Date): number {
  return Math.min(MAX_DELAY, Math.max(0, at.getTime() - now.getTime() + 1000));
}
