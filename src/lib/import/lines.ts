/**
 * The common shape both inputs are brought to: a list of lines, each knowing
 * whether the page already said what it is (HTML does; plain text never does).
 */

export type LineKind = 'text' | 'title' | 'heading' | 'image' | 'item';

export interface SourceLine {
  kind: LineKind;
  text: string;
  /** For images: where the original picture was, when the page said (http/https only). */
  src?: string | undefined;
  /** For headings: `h2` is a section, `h3` and below a sub-section. */
  sub?: boolean | undefined;
  /** The line was framed by emoji on both sides (`💕远亲不如近邻💕`): an emphasised phrase, never a heading. */
  framed?: boolean | undefined;
}

/** Plain text as lines: trimmed, blank ones dropped (paragraph breaks carry no more meaning than line breaks). */
export function textToLines(text: string): SourceLine[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .map((text) => ({ kind: 'text' as const, text }));
}
