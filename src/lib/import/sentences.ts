/** Sentence and clause boundaries in Chinese text, as the structure rules need them. */
import { CLAUSE_PUNCT } from './han.ts';

// A sentence ends at 。！？ or an ellipsis, with any closing quote or bracket that follows.
const BOUNDARY = /(?:[。！？]+|…{2,})[”’）」』]*/gu;
// `一起来看看吧～`: a chatty line ends on a tilde where a sentence would end on a stop.
const ENDS_SENTENCE = /(?:[。！？～~]|…{2})[”’）」』]*$/u;
const CLAUSE_BREAK = new RegExp(`[${CLAUSE_PUNCT}]`, 'u');

/** The sentences of `text`, each keeping its closing marks. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    sentences.push(text.slice(start, end));
    start = end;
  }
  sentences.push(text.slice(start));
  return sentences.map((s) => s.trim()).filter((s) => s !== '');
}

/** Whether `text` ends a sentence. */
export function endsSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text.trim());
}

/** Splits off what follows the last sentence end: `甲。乙` → { head: '甲。', tail: '乙' }. */
export function trailingClause(text: string): { head: string; tail: string } {
  const sentences = splitSentences(text);
  const last = sentences.at(-1);
  if (last === undefined || endsSentence(last)) return { head: text.trim(), tail: '' };
  return { head: sentences.slice(0, -1).join(''), tail: last };
}

/** Index of the first clause break at or after `from`, or the text's length. */
export function clauseEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (CLAUSE_BREAK.test(text[i] ?? '')) return i;
  return text.length;
}

/** The longest run of text without any clause punctuation. */
export function longestClause(text: string): string {
  return text.split(CLAUSE_BREAK).reduce((a, b) => (Array.from(b).length > Array.from(a).length ? b : a), '');
}
