/** 错别字: the curated list (typo-list.ts) over published text, with where and a short context. */
import { TYPOS, type TypoEntry } from './typo-list.ts';

export interface TextField {
  file: string;
  /** `title`, `summary` or `body`. */
  field: 'title' | 'summary' | 'body';
  text: string;
  /** File line a body starts on, to name the line of a finding; undefined for one-line fields. */
  line: number | undefined;
}

export interface TypoFinding {
  file: string;
  field: TextField['field'];
  line: number | undefined;
  wrong: string;
  right: string;
  /** A few characters either side, on one line. */
  context: string;
}

const CONTEXT_CHARS = 10;

function guardedOut(entry: TypoEntry, text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + entry.wrong.length];
  return (before !== undefined && (entry.notAfter ?? '').includes(before)) || (after !== undefined && (entry.notBefore ?? '').includes(after));
}

function findingAt(source: TextField, entry: TypoEntry, at: number): TypoFinding {
  const line = source.line === undefined ? undefined : source.line + (source.text.slice(0, at).match(/\n/g)?.length ?? 0);
  const context = source.text
    .slice(Math.max(0, at - CONTEXT_CHARS), at + entry.wrong.length + CONTEXT_CHARS)
    .replace(/\s+/g, ' ')
    .trim();
  return { file: source.file, field: source.field, line, wrong: entry.wrong, right: entry.right, context };
}

/** Every listed error in `fields`, in the order given, then by position. */
export function findTypos(fields: readonly TextField[], list: readonly TypoEntry[] = TYPOS): TypoFinding[] {
  const found: { finding: TypoFinding; order: number; at: number }[] = [];
  fields.forEach((source, order) => {
    for (const entry of list) {
      for (let at = source.text.indexOf(entry.wrong); at >= 0; at = source.text.indexOf(entry.wrong, at + 1)) {
        if (!guardedOut(entry, source.text, at)) found.push({ finding: findingAt(source, entry, at), order, at });
      }
    }
  });
  return found.sort((a, b) => a.order - b.order || a.at - b.at).map((f) => f.finding);
}
