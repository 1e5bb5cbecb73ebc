/**
 * Full-width ASCII as half-width, as Chinese typesetting asks: numbers are
 * written with half-width digits (GB/T 15835), Latin words in half-width
 * letters, while Chinese punctuation stays full-width (GB/T 15834). County
 * portals typed in a full-width input mode print `２０２３年１１月２０日 １４：３０`;
 * turned early, every later rule (dates, labels, counters) sees plain digits.
 */

export interface HalfWidthResult {
  text: string;
  /** How many characters were changed. */
  changed: number;
}

// U+FF10–FF19 digits, U+FF21–FF3A and U+FF41–FF5A letters: each sits 0xFEE0 above its ASCII twin.
const FULL_WIDTH_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/g;
// Marks that belong to a number when a digit stands before them: a decimal point, a time,
// a date, a percentage. `：` after Han stays a Chinese colon; `１４：３０` is a time.
const NUMBER_MARK = /(?<=\d)(?:[．：－／](?=\d)|％)/g;
const HALF: Readonly<Record<string, string>> = { '．': '.', '：': ':', '－': '-', '／': '/', '％': '%' };

/** `text` with full-width digits and Latin letters, and the marks inside numbers, made half-width. */
export function toHalfWidth(text: string): HalfWidthResult {
  let changed = 0;
  const alnum = text.replace(FULL_WIDTH_ALNUM, (ch) => {
    changed++;
    return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
  });
  const marks = alnum.replace(NUMBER_MARK, (mark) => {
    changed++;
    return HALF[mark] ?? mark;
  });
  return { text: marks, changed };
}
