/** Registers one file format per collection: its key order and whether it has a Markdown body. */
import type { CMS } from 'decap-cms-core';
import { readEntry, writeEntry, type EntryData } from '../../../../src/lib/desk/entry-format.ts';
import { REVIEW_STEP_KEY, reviewStep, type ReviewSignOffs } from '../../../../src/lib/desk/review-step.ts';
import type { DeskCollection } from './desk-data.ts';

// The slug helper and the list's 三审 step live only in the desk.
const DESK_ONLY_KEYS = ['slug', REVIEW_STEP_KEY] as const;

/** The entry as read, plus the 三审 step the list's summary shows for collections with a review. */
function withStep(data: EntryData, hasReview: boolean): EntryData {
  if (!hasReview) return data;
  const review = data['review'] as ReviewSignOffs | undefined;
  return { ...data, [REVIEW_STEP_KEY]: reviewStep(review, data['draft'] === true) };
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
