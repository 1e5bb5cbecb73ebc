/** Article summaries: the editor's own, else the first real paragraph, cut to length. */

// A sentence end, with any closing quotes or brackets that belong to it.
const SENTENCE_END = /[。！？；…]+[”’」』）)]*/g;

/** Plain text of a Markdown paragraph: links keep their text, images and markup go. */
export function markdownToPlainText(md: string): string {
  return (
    md
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      // A backslash at a line's end is a hard line break; before ASCII punctuation it makes it literal
      // (kept aside in the private-use area while the markup goes).
      .replace(/\\(?=\r?\n|$)/g, '')
      .replace(/\\([!-/:-@[-`{-~])/g, (_m, ch: string) => String.fromCharCode(0xe000 + ch.charCodeAt(0)))
      .replace(/[*_`~]+/g, '')
      .replace(/[\ue000-\ue07f]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xe000))
      .replace(/\s+/g, ' ')
      .trim()
  );
}

const BLOCKS = /\r?\n\s*\r?\n/;

/** The index of the first block that is a real paragraph, and its plain text. */
function firstParagraphBlock(blocks: readonly string[]): { index: number; text: string } {
  for (const [index, block] of blocks.entries()) {
    const trimmed = block.trim();
    if (!trimmed || /^(#|[-*+] |\d+\. |>|!\[|<|```|import |export |\|)/.test(trimmed)) continue;
    const text = markdownToPlainText(trimmed);
    if (text) return { index, text };
  }
  return { index: blocks.length, text: '' };
}

/** The first paragraph that is not a heading, list, quote, image, or blank. */
export function firstParagraph(body: string): string {
  return firstParagraphBlock(body.split(BLOCKS)).text;
}

/**
 * The Markdown up to the end of the first paragraph: all a summary is made from. The
 * content store keeps this instead of the whole body (the page renders from the stored
 * HTML), which keeps the store of 100,000 articles under Node's string limit.
 */
export function summarySource(body: string): string {
  const blocks = body.split(BLOCKS);
  return blocks.slice(0, firstParagraphBlock(blocks).index + 1).join('\n\n');
}

/**
 * Cuts `text` to about `max` characters, at a sentence end when one falls in the
 * last third, else hard with an ellipsis.
 */
export function cutSummary(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = chars.slice(0, max).join('');
  let lastEnd = -1;
  for (const m of head.matchAll(SENTENCE_END)) lastEnd = m.index + m[0].length;
  if (lastEnd >= (max * 2) / 3) return head.slice(0, lastEnd);
  return `${head}……`;
}

/** The summary shown in lists, meta descriptions and feeds. */
export function summarize(body: string, given: string | undefined, max: number): string {
  return given ?? cutSummary(firstParagraph(body), max);
}
