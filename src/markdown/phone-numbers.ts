/**
 * Phone numbers in article text, found so the body can make them tap-to-call
 * links. Precision over recall: a number we miss stays plain text, as before,
 * but a date, a sum or a count dialled by mistake would mislead an older
 * reader. So only the shapes Chinese notices print phones in are taken, and a
 * bare short number (110, 12345) only where the text calls it a hotline.
 */

/** Where a phone number sits in a piece of text. */
export interface PhoneMatch {
  start: number;
  end: number;
  text: string;
}

/** Not in the middle of a longer number, word, decimal, time, path or price. */
const START = String.raw`(?<![0-9A-Za-z.,:/+_¥￥$\-－])`;
/** Not followed by more digits, a decimal, or a unit that makes it a quantity (`13812345678元`). */
const END = String.raw`(?![0-9A-Za-z]|[.,:][0-9])(?!\s*[元万亿余多人户次个件份米吨斤克岁号届期倍%％])`;

/** Service numbers residents dial, national (110, 12345…) and utility (95598 电力, 96110 反诈). */
const SHORT_NUMBERS = [
  '12110',
  '12315',
  '12319',
  '12320',
  '12328',
  '12333',
  '12338',
  '12345',
  '12348',
  '12351',
  '12358',
  '12369',
  '95598',
  '96110',
  '110',
  '119',
  '120',
  '122',
];
/** Words right before a number that say it is to be dialled. */
const CUE_BEFORE = String.raw`(?:拨打|致电|热线|电话|手机|报警|求助|急救)[：:]?\s*["“「]?`;
/** Words right after a short number that name it a hotline (`12345市民热线`, `110报警`). */
const CUE_AFTER = String.raw`["”」]?\s*(?:热线|服务热线|市民热线|市长热线|政务|便民|报警|火警|急救|求助|反诈)`;
const SHORT = `(?:${SHORT_NUMBERS.join('|')})`;

const PATTERNS: readonly RegExp[] = [
  // Mobiles: 13812345678, 138 1234 5678, 138-1234-5678, with an optional +86.
  new RegExp(`${START}(?:\\+86[-\\s]?)?1[3-9]\\d(?:[-\\s]?\\d{4}){2}${END}`, 'g'),
  // Landlines with an area code: 0531-8888 1234, 0531-88881234, (0531)8888 1234, 010 6666 8888.
  new RegExp(`${START}(?:[（(]0\\d{2,3}[）)]\\s?|0\\d{2,3}[-－—–\\s]?)[2-9]\\d{2,3}[-\\s]?\\d{4}${END}`, 'g'),
  // Company service lines: 400-123-4567.
  new RegExp(`${START}[48]00[-\\s]?\\d{3}[-\\s]?\\d{4}${END}`, 'g'),
  // A local eight-digit number without its area code, only right after 电话/热线/拨打.
  new RegExp(`(?<=${CUE_BEFORE})[2-9]\\d{3}[-\\s]?\\d{4}${END}`, 'g'),
  // Short service numbers, only when written as a hotline.
  new RegExp(`(?<=${CUE_BEFORE})${SHORT}${END}`, 'g'),
  new RegExp(`${START}${SHORT}(?!\\d)(?=${CUE_AFTER})`, 'g'),
];

/** The phone numbers in `text`, in order and never overlapping. */
export function findPhoneNumbers(text: string): PhoneMatch[] {
  const found = PATTERNS.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] })));
  return keepFirst(found);
}

/** Drops every span that overlaps one starting earlier (or, at the same start, a longer one). */
export function keepFirst<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const span of sorted) {
    const last = kept.at(-1);
    if (!last || span.start >= last.end) kept.push(span);
  }
  return kept;
}
