/**
 * The excerpt under a search result, made from the article's own text (the
 * indexed blocks after the title, never the trailing fields such as source
 * and bylines): it starts at a sentence or phrase boundary, shows where the
 * query's words meet, and marks them.
 */
import { escapeXml } from '../feeds/xml.ts';

/** Ends a sentence: an excerpt may start after one. */
const SENTENCE_END = /[。！？；!?;\n]/;
/** Ends a phrase: the next best place to stop, or to start (but not after 、, inside a list of things). */
const PHRASE_END = /[，、：,:]/;
const PHRASE_START = /[，：,:]/;
/** A block (a heading, a list item) that ends without punctuation: a full stop is added so it does not run into the next. */
const ENDS_OPEN = /[\p{L}\p{N}]$/u;
/** A number written with separators (`0531-8888 1234`, `11:30`, `12.5%`): shown on one line. */
const NUMBER = /\d[\d:：.,\-–—/]*(?: \d[\d:：.,\-–—/]*)*\d%?/g;
const ELLIPSIS = '…';

export interface Span {
  start: number;
  end: number;
}

/** Where each of `words` occurs in `text` (case-insensitive), in text order, overlaps merged. */
export function occurrences(text: string, words: readonly string[]): Span[] {
  const lower = text.toLowerCase();
  const spans: Span[] = [];
  for (const word of words) {
    const w = word.toLowerCase();
    if (!w) continue;
    for (let i = lower.indexOf(w); i !== -1; i = lower.indexOf(w, i + 1)) spans.push({ start: i, end: i + w.length });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * Where to start looking: the whole query in a row if it is there, else the
 * place where most of its words meet in the shortest stretch of text.
 */
function anchor(text: string, words: readonly string[], width: number): Span | undefined {
  const lower = text.toLowerCase();
  const wanted = words.map((w) => w.toLowerCase()).filter(Boolean);
  const phrase = wanted.join('');
  const at = phrase ? lower.indexOf(phrase) : -1;
  if (at !== -1) return { start: at, end: at + phrase.length };
  let best: { span: Span; count: number; reach: number } | undefined;
  for (const word of wanted) {
    for (let i = lower.indexOf(word); i !== -1; i = lower.indexOf(word, i + 1)) {
      // From this occurrence on, the first occurrence of each word within the width.
      const ends = wanted
        .map((w) => lower.indexOf(w, i))
        .map((j, k) => (j !== -1 && j + (wanted[k]?.length ?? 0) - i <= width ? j + (wanted[k]?.length ?? 0) : -1));
      const found = ends.filter((e) => e !== -1);
      const count = found.length;
      const reach = Math.max(...found) - i;
      if (
        !best ||
        count > best.count ||
        (count === best.count && reach < best.reach) ||
        (count === best.count && reach === best.reach && i < best.span.start)
      ) {
        best = { span: { start: i, end: i + word.length }, count, reach };
      }
    }
  }
  return best?.span;
}

/** The latest boundary (the index after a boundary character) in `[from, to]`, if any. */
function boundaryBefore(text: string, from: number, to: number, kind: RegExp): number | undefined {
  for (let i = to - 1; i >= from; i--) if (kind.test(text[i] ?? '')) return i + 1;
  return undefined;
}

/** The text after a leading copy of the title (some articles open by repeating it). */
function withoutTitle(text: string, title: string): string {
  const t = title.trim();
  if (!t || !text.startsWith(t)) return text;
  return text.slice(t.length).replace(/^[\s。！？；，、：!?;,:.]+/u, '');
}

/**
 * The excerpt for a result, as HTML with `<mark>` around the query's words:
 * `blocks` are the article's paragraphs (title and trailing fields left out),
 * `words` the query's words as typed (normalised), `width` the most
 * characters to show.
 */
export function excerptHtml(blocks: readonly string[], title: string, words: readonly string[], width = 80): string {
  const text = withoutTitle(blocks.map((b) => (ENDS_OPEN.test(b) ? `${b}。` : b)).join('\n'), title);
  if (!text) return '';
  const found = anchor(text, words, width);
  let start = 0;
  let lead = '';
  if (found) {
    // Leave room for the words after the anchor; start at a sentence end, else a phrase end, else at the word itself.
    const earliest = Math.max(0, found.end - width);
    const sentence = boundaryBefore(text, earliest, found.start, SENTENCE_END);
    const phrase = boundaryBefore(text, Math.max(earliest, found.start - width / 2), found.start, PHRASE_START);
    start = found.start - (sentence ?? 0) <= width / 2 ? (sentence ?? 0) : (phrase ?? found.start);
    if (start === found.start && start > 0 && !SENTENCE_END.test(text[start - 1] ?? '')) lead = ELLIPSIS;
  }
  while (/\s/.test(text[start] ?? '')) start++;
  let end = Math.min(text.length, start + width);
  let tail = '';
  if (end < text.length) {
    const mustShow = found ? Math.min(found.end, end) : start;
    const cut = boundaryBefore(text, mustShow, end, SENTENCE_END) ?? boundaryBefore(text, mustShow, end, PHRASE_END);
    if (cut !== undefined && cut > start) end = cut;
    else {
      // Never cut through a number or a Latin word.
      while (end > mustShow && /[\p{L}\p{N}]/u.test(text[end] ?? '') && !/\p{Script=Han}/u.test(text[end] ?? '')) end--;
      tail = ELLIPSIS;
    }
    if (PHRASE_END.test(text[end - 1] ?? '')) {
      end--;
      tail = ELLIPSIS;
    }
  }
  // Never between the two halves of a character outside the BMP (𠮷 in a name).
  if (/[\uDC00-\uDFFF]/.test(text[end] ?? '')) end--;
  const shown = text.slice(start, end).replace(/\n/g, ' ').trimEnd();
  return lead + highlight(shown, words) + tail;
}

/**
 * `text` as HTML with each occurrence of `words` in `<mark>`, and each number
 * with separators in `<span class="nowrap">` (a phone number never breaks at
 * its hyphen), unless a mark crosses the number's edge.
 */
export function highlight(text: string, words: readonly string[]): string {
  const marks = occurrences(text, words);
  const numbers = [...text.matchAll(NUMBER)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
    .filter((n) => /\D/.test(text.slice(n.start, n.end)) && !marks.some((m) => m.start < n.end && m.end > n.start && (m.start < n.start || m.end > n.end)));
  const marked = (from: number, to: number): string => {
    let html = '';
    let at = from;
    for (const { start, end } of marks.filter((m) => m.start >= from && m.end <= to)) {
      html += `${escapeXml(text.slice(at, start))}<mark>${escapeXml(text.slice(start, end))}</mark>`;
      at = end;
    }
    return html + escapeXml(text.slice(at, to));
  };
  let html = '';
  let at = 0;
  for (const n of numbers) {
    html += `${marked(at, n.start)}<span class="nowrap">${marked(n.start, n.end)}</span>`;
    at = n.end;
  }
  return html + marked(at, text.length);
}
