/**
 * Quotation marks. Chinese text uses “” and ‘’; copies bring straight quotes and
 * Traditional 「」『』. A straight pair is only turned when the count is even, so
 * an odd one is reported for an editor rather than guessed at.
 */
import { HAN } from './han.ts';

const HAS_HAN = new RegExp(HAN, 'u');
const SINGLE_PAIR = new RegExp(`(?<![A-Za-z])'([^'\\n]*?${HAN}[^'\\n]*?)'(?![A-Za-z])`, 'gu');
const CORNERS: Readonly<Record<string, string>> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

export interface QuotesResult {
  text: string;
  changed: number;
}

/** Turns straight and corner quotes in a Chinese line into “” and ‘’. */
export function normalizeQuotes(line: string): QuotesResult {
  if (!HAS_HAN.test(line)) return { text: line, changed: 0 };
  let changed = 0;
  let text = line.replace(/[「」『』]/g, (ch) => {
    changed++;
    return CORNERS[ch] ?? ch;
  });
  text = text.replace(/＂/g, '"');
  const straight = text.match(/"/g)?.length ?? 0;
  if (straight > 0 && straight % 2 === 0) {
    let open = true;
    text = text.replace(/"/g, () => {
      changed++;
      const mark = open ? '“' : '”';
      open = !open;
      return mark;
    });
  }
  text = text.replace(SINGLE_PAIR, (_whole, inner: string) => {
    changed += 2;
    return `‘${inner}’`;
  });
  return { text, changed };
}

/** Whether a paragraph's quotation marks fail to pair up (or a straight one is left). */
export function hasUnbalancedQuotes(text: string): boolean {
  if (/"/.test(text) && HAS_HAN.test(text)) return true;
  return !balanced(text, '“', '”') || !balanced(text, '‘', '’');
}

// Opening and closing marks must alternate, never closing more than was opened.
function balanced(text: string, open: string, close: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === open) depth++;
    else if (ch === close && --depth < 0) return false;
  }
  return depth === 0;
}
