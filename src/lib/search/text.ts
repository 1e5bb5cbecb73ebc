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

// Chinese characters and CJK punctuation (after NFKC, ，：；（）！？ become ASCII, so those count too
// when they touch a Chinese character).
const CJK = String.raw`[\p{Script=Han}\u3000-\u303F“”‘’…—·、，。：；！？（）,:;!?()]`;
const MARKS = '((?:</?mark>)*)';
// Pagefind puts a zero-width space beside each space it indexed; both go.
const GAP = new RegExp(`(${CJK})${MARKS}[\\s\u200B]+${MARKS}(?=${CJK})`, 'gu');
// Pagefind joins block elements with ". " in excerpts; in Chinese that reads as a sentence end.
// Pagefind trims excerpts, so a separator at the very end has no space after it.
const BLOCK_JOIN = new RegExp(`(\\p{Script=Han})((?:</mark>)?)\\.(?: |$)`, 'gu');
const AFTER_STOP = new RegExp(`([。！？”])((?:</mark>)?)\\.(?: |$)`, 'gu');
const LEADING_JOIN = /^\.\s+/;

/** An excerpt from the index with the spaces between Chinese words taken out again. */
export function joinHanWords(excerpt: string): string {
  return excerpt.replace(LEADING_JOIN, '').replace(AFTER_STOP, '$1$2 ').replace(BLOCK_JOIN, '$1$2。').replace(GAP, '$1$2$3').trimEnd();
}
