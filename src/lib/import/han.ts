/** Character classes shared by the cleaning rules, so every rule means the same thing by "Chinese". */

/** One Han character (regex source, for building larger patterns). */
export const HAN = '\\p{Script=Han}';

/** Full-width punctuation that closes something or ends a clause. */
export const CJK_CLOSING = '”’）》」』】〉。，、；：！？…—';

/** Full-width punctuation that opens something. */
export const CJK_OPENING = '“‘（《「『【〈';

/** Marks that end a sentence in Chinese text. */
export const SENTENCE_END = '。！？';

/** Anything that breaks a clause: a heading or name never contains these. */
export const CLAUSE_PUNCT = '。！？，、；：,;:!?…';

const HAN_RE = new RegExp(HAN, 'gu');

/** How many Han characters `text` holds. */
export function countHan(text: string): number {
  return text.match(HAN_RE)?.length ?? 0;
}

/** The first `length` characters of `text`, with an ellipsis when cut: what reports quote. */
export function excerpt(text: string, length = 16): string {
  const chars = Array.from(text.trim());
  return chars.length <= length ? chars.join('') : `${chars.slice(0, length).join('')}…`;
}
