/**
 * Where a line may break in text the chrome shows. Browsers break a URL after
 * any hyphen and, with `overflow-wrap: anywhere`, inside any word, and break
 * "8:30—17:30" at its dash, and an address inside "（邮编 250000）"; each reads
 * wrongly to an older reader. These
 * helpers cut such text into pieces the components keep whole.
 */

/** A piece of text and whether a line may break inside it. */
export interface TextPart {
  text: string;
  /** A time range such as 8:30—17:30: shown on one line. */
  whole: boolean;
}

/**
 * A URL cut where a line may break: after a run of slashes and before a dot
 * (the usual rule for printed addresses), so `https://` and `rss` stay whole.
 * Joining the pieces gives back the URL.
 */
export function urlSegments(url: string): string[] {
  return url.split(/(?<=\/)(?!\/)|(?=\.)/).filter((piece) => piece !== '');
}

/** Two clock times joined by a dash, 至 or 到 (half- or full-width colon). */
export const TIME_RANGE = /\d{1,2}[:：]\d{2}\s*[—–\-~～至到]{1,2}\s*\d{1,2}[:：]\d{2}/g;

/** `text` with each time range marked whole, e.g. “周一至周五 8:30—17:30” → “周一至周五 ” + “8:30—17:30”. */
export function timeRangeParts(text: string): TextPart[] {
  return wholeParts(text, TIME_RANGE);
}

/** A postal-code note as addresses print it: （邮编 250000）, 邮编：250000 (brackets optional). */
export const POSTAL_NOTE = /[（(]?邮编[:：]?\s*\d{6}[）)]?/g;

/** `text` (an address) with its postal-code note marked whole: a line broken inside “（邮编 250000）” reads as two things. */
export function postalNoteParts(text: string): TextPart[] {
  return wholeParts(text, POSTAL_NOTE);
}

/** `text` cut at each match of `pattern` (a global regular expression of ours, never built from input), matches marked whole. */
function wholeParts(text: string, pattern: RegExp): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), whole: false });
    parts.push({ text: match[0], whole: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), whole: false });
  return parts;
}
