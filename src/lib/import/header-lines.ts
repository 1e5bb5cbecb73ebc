/**
 * Lines a copy breaks apart that mean one thing together. Copying a WeChat
 * article puts each part of its byline on a line of its own (`原创`, the
 * writer, the account, the time, the province), and a lone `编者按` label sits
 * above its note. Joined back, the byline reads as one credit line and the
 * label stays with its note, so neither is taken for a title or a heading.
 * Table layouts print a credit's label and its name in two cells (`初审：`,
 * `张伟`): joined, they read as the credit line they are.
 */
import { isBareLabel, parseCreditLine } from './byline.ts';
import { isDateLine, isPlaceLine } from './dates.ts';
import type { SourceLine } from './lines.ts';

// The byline block never runs longer than writer, account, time and province.
const MAX_BYLINE_PARTS = 4;
const MAX_BYLINE_PART = 20;
const EDITOR_NOTE_LABEL = /^(?:编者按|编者的话|编前语|编后语|导读|导语)\s*[:：]?$/u;

// A name or an office in the cell after a label; anything longer is text.
const MAX_CREDIT_VALUE = 24;

/** The lines with a split WeChat byline, a lone 编者按 label and a lone credit label joined to what follows them. */
export function joinHeaderLines(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    const byline = line.kind === 'text' ? bylineEnd(lines, i) : undefined;
    if (byline !== undefined) {
      out.push({
        kind: 'text',
        text: lines
          .slice(i, byline + 1)
          .map((l) => l.text)
          .join(' '),
      });
      i = byline;
      continue;
    }
    const next = lines[i + 1];
    if (line.kind === 'text' && EDITOR_NOTE_LABEL.test(line.text) && next?.kind === 'text') {
      out.push({ kind: 'text', text: `${line.text.replace(/\s*[:：]$/u, '')}：${next.text}` });
      i++;
      continue;
    }
    if (line.kind === 'text' && next?.kind === 'text' && isBareLabel(line.text) && isCreditValue(next.text)) {
      out.push({ kind: 'text', text: `${line.text}${next.text}` });
      i++;
      continue;
    }
    out.push(line);
  }
  return out;
}

/**
 * Where the byline that starts at `start` ends: a line starting with `原创`,
 * then short lines up to one that holds the time, then the province if
 * printed. Undefined when the lines do not read that way.
 */
function bylineEnd(lines: readonly SourceLine[], start: number): number | undefined {
  const first = lines[start]?.text ?? '';
  if (!/^原创(?:\s|$|\d)/u.test(first)) return undefined;
  const isPlace = (j: number) => lines[j]?.kind === 'text' && isPlaceLine(lines[j]?.text ?? '');
  // A whole byline on one line may still have the province on the next.
  if (/\d{4}/.test(first)) return isPlace(start + 1) ? start + 1 : undefined;
  for (let j = start + 1; j <= start + MAX_BYLINE_PARTS && j < lines.length; j++) {
    const line = lines[j];
    if (line?.kind !== 'text' || Array.from(line.text).length > MAX_BYLINE_PART || /[。！？，]/u.test(line.text)) return undefined;
    if (!/\d{4}/.test(line.text)) continue;
    if (!isDateLine(line.text)) return undefined;
    return isPlace(j + 1) ? j + 1 : j;
  }
  return undefined;
}

function isCreditValue(text: string): boolean {
  return Array.from(text).length <= MAX_CREDIT_VALUE && !/[。！？，]/u.test(text) && parseCreditLine(text) === undefined;
}
