/**
 * Finds section headings inside text that a bad copy glued together:
 * `…温暖前行。“党建+好家风”构建文明之家家庭矛盾有“解决方法”60岁的…`.
 *
 * Three cues, weakest last, and every split they make is reported as unsure:
 * 1. A short quoted phrase that runs to the end of its text with no punctuation
 *    is a heading (`“一顿饭”为社区添些“烟火气”`).
 * 2. Parallel headings: three or more sentence starts that open with the same
 *    quoted words (`“党建+好家风”…`, `“党建+好服务”…`) form a series. Parallel
 *    headings end alike, so the heading ends at a character every member has
 *    early on (`…文明之家`, `…幸福的家`).
 * 3. A quoted phrase glued to a number (`“解决方法”60岁的…`) ends a heading: a
 *    new sentence starts at the number.
 */
import { clauseEnd } from './sentences.ts';

export type HeadingRank = 'primary' | 'secondary' | 'sub';

export type Unit = { kind: 'paragraph'; text: string } | { kind: 'heading'; text: string; rank: HeadingRank; unsure: boolean };

/** Series keys (the first two quoted characters) and where their headings end. */
export type Series = ReadonlyMap<string, string | undefined>;

const MAX_HEADING = 30;
const MAX_QUOTED = 12;
const MAX_TAIL = 12;
const MIN_SERIES = 3;
// A heading's words after the quote: at least a verb and an object.
const MIN_TAIL = 3;
// Headings do not end on these, however often parallel headings share them.
const FUNCTION_CHARS = new Set(Array.from('的了在是和与及一个把被将为'));

interface Start {
  p: number;
  close: number;
  end: number;
  key: string;
}

/** Heading starts in `text`: an opening quote at the start or right after a sentence end. */
function starts(text: string): Start[] {
  const found: Start[] = [];
  for (let p = text.indexOf('“'); p !== -1; p = text.indexOf('“', p + 1)) {
    if (!atBoundary(text, p)) continue;
    const end = clauseEnd(text, p);
    const close = text.indexOf('”', p + 1);
    if (close === -1 || close >= end || close - p - 1 > MAX_QUOTED) continue;
    found.push({ p, close, end, key: text.slice(p + 1, p + 3) });
  }
  return found;
}

function atBoundary(text: string, p: number): boolean {
  if (p === 0) return true;
  const before = text.slice(Math.max(0, p - 3), p);
  return /(?:[。！？]|……)[”’）]?$/u.test(before);
}

/** Finds the series among all the text of an article. */
export function findSeries(texts: readonly string[]): Series {
  const tails = new Map<string, string[]>();
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const s of starts(text)) {
      counts.set(s.key, (counts.get(s.key) ?? 0) + 1);
      // A member that already stands alone needs no split; it only counts.
      if (s.end < text.length) tails.set(s.key, [...(tails.get(s.key) ?? []), text.slice(s.close + 1, s.end)]);
    }
  }
  const series = new Map<string, string | undefined>();
  for (const [key, count] of counts) if (count >= MIN_SERIES) series.set(key, commonEnd(tails.get(key) ?? []));
  return series;
}

/**
 * The character every tail has within its first few, as late as possible: a
 * character shared early is usually a shared verb (`构建`, `建造`), not the end.
 */
function commonEnd(tails: readonly string[]): string | undefined {
  const first = tails[0];
  if (first === undefined) return undefined;
  let best: { ch: string; at: number } | undefined;
  for (const ch of new Set(Array.from(first.slice(0, MAX_TAIL)))) {
    const at = Math.min(...tails.map((t) => positionIn(t, ch)));
    if (at >= MIN_TAIL && !FUNCTION_CHARS.has(ch) && (best === undefined || at > best.at)) best = { ch, at };
  }
  return best?.ch;
}

function positionIn(tail: string, ch: string): number {
  const i = tail.indexOf(ch);
  return i === -1 || i >= MAX_TAIL ? -1 : i;
}

// `。二、“家门口”宣讲接地气宣讲团不搞…`: a numbered heading glued after a sentence end.
const ORDINAL_START = /(?<=^|[。！？]|[。！？][”’）])[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十\d])/gu;
// A new sentence often opens on when: `…结对守护今年以来，…`.
const TIME_OPENING = /^(?:今年|去年|近年|近日|日前|目前|如今|当天|此前|自\d|截至|\d{1,2}月)/u;
const MIN_ORDINAL_HEADING = 5;

/**
 * Where a numbered heading glued to its text ends: before a number that starts the next
 * sentence (`更管用72岁的…`), a time word (`今年以来`), or the heading's own words again
 * (`宣讲接地气宣讲团…`: the next sentence names its subject). Undefined when a comma comes
 * first (a heading has none) or no cue is found.
 */
export function ordinalHeadingEnd(text: string, p: number): number | undefined {
  const limit = Math.min(text.length, p + MAX_HEADING);
  const chars = (from: number, to: number) => text.slice(from, to).replace(/[“”‘’]/gu, '');
  for (let j = p + MIN_ORDINAL_HEADING; j < limit; j++) {
    const ch = text[j] ?? '';
    if (/[，。！？；：,]/u.test(ch)) return undefined;
    if (/\d/.test(ch) && !/\d/.test(text[j - 1] ?? '')) return j;
    if (TIME_OPENING.test(text.slice(j))) return j;
    const bigram = text.slice(j, j + 2);
    if (/^\p{Script=Han}{2}$/u.test(bigram) && chars(p, j).includes(bigram)) return j;
  }
  return undefined;
}

/** Cuts `text` into paragraphs and the headings glued into it. */
export function splitUnits(text: string, series: Series): Unit[] {
  const ordinal = splitOrdinals(text);
  if (ordinal.length > 1) return ordinal.flatMap((unit) => (unit.kind === 'paragraph' ? splitQuoted(unit.text, series) : [unit]));
  return splitQuoted(text, series);
}

function splitOrdinals(text: string): Unit[] {
  const units: Unit[] = [];
  let cursor = 0;
  for (const m of text.matchAll(ORDINAL_START)) {
    if (m.index < cursor) continue;
    const end = ordinalHeadingEnd(text, m.index);
    if (end === undefined) continue;
    if (m.index > cursor) units.push({ kind: 'paragraph', text: text.slice(cursor, m.index).trim() });
    units.push({ kind: 'heading', text: text.slice(m.index, end), rank: 'primary', unsure: true });
    cursor = end;
  }
  const rest = text.slice(cursor).trim();
  if (rest !== '') units.push({ kind: 'paragraph', text: rest });
  return units;
}

function splitQuoted(text: string, series: Series): Unit[] {
  const units: Unit[] = [];
  let cursor = 0;
  for (const start of starts(text)) {
    if (start.p < cursor) continue;
    const heading = headingEnd(text, start, series);
    if (heading === undefined) continue;
    if (start.p > cursor) units.push({ kind: 'paragraph', text: text.slice(cursor, start.p).trim() });
    const unsure = start.p > 0 || heading.end < text.length;
    units.push({ kind: 'heading', text: text.slice(start.p, heading.end), rank: heading.rank, unsure });
    cursor = heading.end;
    const sub = subheadingEnd(text, cursor);
    if (sub !== undefined) {
      units.push({ kind: 'heading', text: text.slice(cursor, sub), rank: 'sub', unsure: true });
      cursor = sub;
    }
  }
  const rest = text.slice(cursor).trim();
  if (rest !== '') units.push({ kind: 'paragraph', text: rest });
  return units;
}

function headingEnd(text: string, { p, close, end, key }: Start, series: Series): { end: number; rank: HeadingRank } | undefined {
  const rank: HeadingRank = series.has(key) ? 'primary' : 'secondary';
  if (end === text.length && end - p <= MAX_HEADING) return { end, rank };
  const ch = series.get(key);
  if (ch !== undefined) {
    const at = text.indexOf(ch, close + 1);
    if (at !== -1 && at < end && at - close <= MAX_TAIL) return { end: at + 1, rank };
  }
  const cue = numberCue(text, close + 1, Math.min(end, p + MAX_HEADING));
  return cue === undefined ? undefined : { end: cue, rank };
}

/** After a heading: `家庭矛盾有“解决方法”60岁的…` holds the sub-heading `家庭矛盾有“解决方法”`. */
function subheadingEnd(text: string, from: number): number | undefined {
  if (/^\d/.test(text.slice(from))) return undefined;
  const quote = text.indexOf('“', from + 1);
  if (quote === -1) return undefined;
  return numberCue(text, quote + 1, Math.min(clauseEnd(text, from), from + MAX_HEADING));
}

/** The end of a closing quote glued to a number (`”60岁`) in text[from, to), if any. */
function numberCue(text: string, from: number, to: number): number | undefined {
  for (let j = text.indexOf('”', from); j !== -1 && j < to; j = text.indexOf('”', j + 1)) {
    if (/\d/.test(text[j + 1] ?? '')) return j + 1;
  }
  return undefined;
}
