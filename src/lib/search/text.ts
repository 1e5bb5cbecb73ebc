/**
 * Text as the search index and the query see it. Both sides fold full-width
 * letters and digits (NFKC). Chinese is split into words with ICU's word
 * segmenter (Intl.Segmenter), the same algorithm the browser uses to split a
 * query, so an indexed word and a query word agree.
 */

// Made on first use: this module is also loaded in browsers too old to have Intl.Segmenter.
let segmenter: Intl.Segmenter | undefined;

// Full-width punctuation (，。：“”…) is Chinese typography, not a variant to fold: NFKC would turn ，into ",".
const KEEP = /[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]/;

/** Full-width ＡＢＣ１２３ → ABC123 and other compatibility forms folded (NFKC), Chinese punctuation kept. */
export function foldWidth(text: string): string {
  // Only the blocks that hold compatibility forms (①, ㈠, ＡＢＣ, ｶﾀｶﾅ) are touched: the rest is already canonical.
  return text.replace(/[\u2460-\u24FF\u3200-\u33FF\uFF01-\uFFEF]/g, (ch) => (KEEP.test(ch) ? ch : ch.normalize('NFKC')));
}

/**
 * `text` with a space between words, for the index: `红心食堂运行以来，` →
 * `红心 食堂 运行 以来 ，`. Punctuation is kept so excerpts read naturally.
 */
export function segmentForIndex(text: string): string {
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const parts: string[] = [];
  for (const { segment } of segmenter.segment(foldWidth(text))) if (segment.trim()) parts.push(segment.trim());
  return parts.join(' ');
}

// Letters and digits: a space between two of them was written by the author ("App Store", "8888 1234").
const ALNUM = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;
/**
 * The index word that stands for a Chinese character inside a word (`梯` of
 * `电梯` → `qx68af`): Pagefind finds words by prefix, so a character that
 * starts no word would be unfindable. Written in Latin letters so that no
 * Chinese query word ever matches it by prefix (a bare `梯` among the words
 * would be matched by every query with a `梯`-initial word and slow them all):
 * a query for a single character asks for it explicitly (`query.ts`).
 */
export function charToken(ch: string): string {
  return `qx${(ch.codePointAt(0) ?? 0).toString(16)}`;
}

/**
 * Ends every block of an indexed page. Pagefind joins blocks with ". " only
 * when a block does not already end in punctuation, so a block's end would
 * otherwise be lost after "。" or "”".
 */
export const BLOCK_END = '¶';
/** Starts the last block of an indexed page: the fields that are searched but never shown in excerpts. */
export const FIELDS_MARK = '⁂';

export interface IndexedPage {
  /** The first block: the title. */
  title: string;
  /** The paragraphs after it. */
  body: string[];
  /** The trailing fields (source, bylines, findable parts), if any. */
  fields: string;
}

/**
 * A page's text as Pagefind stored it (the `content` of its result's data:
 * words apart, each block ended by `BLOCK_END`), read back into title, paragraphs and
 * fields, with the index's word gaps taken out again: a gap stays only between
 * two letters or digits that are not Chinese (`App Store`), so `11 : 30`,
 * `0531 - 8888`, `5 月 4 日` and `红心 食堂` read as written.
 */
export function readIndexedPage(content: string): IndexedPage {
  const blocks = content
    .replace(/\u200B/g, '')
    .split(BLOCK_END)
    .map(joinGaps)
    .filter((block) => block && block !== '.');
  const last = blocks.at(-1);
  const fields = blocks.length > 1 && last?.startsWith(FIELDS_MARK) ? (blocks.pop() ?? '').slice(FIELDS_MARK.length).trim() : '';
  return { title: blocks[0] ?? '', body: blocks.slice(1), fields };
}

function joinGaps(text: string): string {
  const parts = text.split(/\s+/).filter(Boolean);
  let out = parts[0] ?? '';
  for (const part of parts.slice(1)) {
    const before = out.at(-1) ?? '';
    const after = part[0] ?? '';
    const latin = !HAN.test(before) && !HAN.test(after);
    const keep = latin && ALNUM.test(after) && (ALNUM.test(before) || /[,.;!?]/.test(before));
    out += keep ? ` ${part}` : part;
  }
  return out;
}
