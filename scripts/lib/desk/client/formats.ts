/** Registers one file format per collection: its key order and whether it has a Markdown body. */
import type { CMS } from 'decap-cms-core';
import { readEntry, writeEntry, type EntryData } from '../../../../src/lib/desk/entry-format.ts';
import { REVIEW_STEP_KEY, reviewStep, type ReviewSignOffs } from '../../../../src/lib/desk/review-step.ts';
import { LIVE_LABEL_KEY, liveLabel } from '../../../../src/lib/desk/live-label.ts';
import { SUMMARY_DATE_KEY, summaryDate } from '../../../../src/lib/desk/summary-date.ts';
import { deskNow } from './clock.ts';
import type { DeskCollection } from './desk-data.ts';

// The slug helper and the list's 三审 step and date live only in the desk.
const DESK_ONLY_KEYS = ['slug', REVIEW_STEP_KEY, SUMMARY_DATE_KEY, LIVE_LABEL_KEY] as const;

/** The entry as read, plus what the list's summary shows: the 三审 step (collections with a review) and one spelling of the publish time. */
function withStep(data: EntryData, hasReview: boolean): EntryData {
  const dated = data['publishedAt'] === undefined ? data : { ...data, [SUMMARY_DATE_KEY]: summaryDate(data['publishedAt']) };
  if (!hasReview) return dated;
  const review = data['review'] as ReviewSignOffs | undefined;
  return { ...dated, [REVIEW_STEP_KEY]: reviewStep(review, data['draft'] === true), [LIVE_LABEL_KEY]: liveLabel(data, deskNow()) };
}

export function registerFormats(cms: CMS, collections: readonly DeskCollection[]): void {
  for (const collection of collections) {
    const markdown = collection.extension === 'md';
    const keys = collection.fields.map((f) => f.name);
    const hasReview = keys.includes('review');
    cms.registerCustomFormat(collection.format, collection.extension, {
      fromFile: (text) => withStep(readEntry(text, { markdown }), hasReview),
      toFile: (data) => writeEntry(data as EntryData, { markdown, keys, drop: DESK_ONLY_KEYS }),
    });
  }
}
