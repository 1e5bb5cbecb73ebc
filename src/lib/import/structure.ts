/**
 * Rebuilds an article's structure from its body lines: paragraphs, section
 * headings, figures and lists. Where the structure cannot be recovered with
 * confidence, text stays in its paragraph and the spot is reported.
 */
import { countHan } from './han.ts';
import { findSeries, splitUnits, type HeadingRank, type Series, type Unit } from './headings.ts';
import type { SourceLine } from './lines.ts';
import { tokenize, wordCaption, type Token } from './markers.ts';
import { cleanCaption, splitCaptionCredit } from './photo-credit.ts';
import { endsSentence, longestClause, splitSentences, trailingClause } from './sentences.ts';

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'figure'; caption: string; src?: string | undefined; photographers?: string[] | undefined }
  | { kind: 'list'; items: string[] };

export interface StructureResult {
  blocks: Block[];
  /** Headings cut out of glued text: an editor should confirm each. */
  splits: string[];
  /** Lead-ins before a ▼ list with a clause so long it probably swallowed a heading. */
  leadIns: string[];
}

type Draft =
  | Exclude<Block, { kind: 'heading' | 'figure' }>
  | { kind: 'heading'; rank: HeadingRank; text: string }
  // A picture from HTML waits for a visible caption (`▲…`, `图为…`) in the next line.
  | { kind: 'figure'; caption: string; src?: string | undefined; photographers?: string[] | undefined; awaitsCaption?: boolean };

// `一、`, `（二）`, `第三，`: numbered section headings.
// 秀米 and 135 layouts number sections with digits and a slash or bar: `01 / 活动现场`, `02｜居民心声`.
const ORDINAL_HEADING =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[部分章节]?[，、：\s]|\d{1,2}\s*[/／|｜丨]\s*\p{Script=Han})/u;
const MAX_LINE_HEADING = 30;
const MAX_PLAIN_HEADING = 20;
// A lead-in clause longer than this has probably swallowed a heading or a full stop.
const MAX_LEAD_IN_CLAUSE = 20;

export function buildBlocks(lines: readonly SourceLine[]): StructureResult {
  const tokenized = lines.map((line) => (line.kind === 'text' ? tokenize(line.text) : []));
  const series = findSeries(tokenized.flat().flatMap((t) => (t.kind === 'text' ? [t.text] : [])));
  const state: State = { out: [], splits: [], leadIns: [], series, parallel: parallelHeadings(lines) };
  let listOpen = false;

  lines.forEach((line, index) => {
    const tokens = tokenized[index] ?? [];
    const plain = tokens.length === 1 && tokens[0]?.kind === 'text' ? tokens[0].text : undefined;
    if (line.kind !== 'text') {
      listOpen = false;
      addSourceLine(state.out, line);
    } else if (listOpen && plain !== undefined && !isHeadingLike(plain)) {
      // The list a ▼ at the end of the previous line announced: this one line, no more,
      // since nothing marks where a list of separate lines would end.
      listOpen = false;
      addList(state.out, plain);
    } else if (plain !== undefined && isPlainCaption(state.out, plain)) {
      listOpen = false;
      addCaption(state.out, wordCaption(plain) ?? plain);
    } else if (plain !== undefined && state.parallel.has(plain)) {
      listOpen = false;
      state.out.push({ kind: 'heading', rank: 'primary', text: plain });
    } else if (plain !== undefined && standalone(state.out, plain, line.framed !== true && introducesText(lines[index + 1]))) {
      listOpen = false;
    } else {
      listOpen = readTokens(tokens, state);
    }
  });
  return { blocks: finish(state.out), splits: state.splits, leadIns: state.leadIns };
}

interface State {
  /** Short lines in a parallel series (`加装电梯：…`, `改造方案：…`): headings though they hold a colon or a comma. */
  parallel: ReadonlySet<string>;
  out: Draft[];
  splits: string[];
  leadIns: string[];
  series: Series;
}

/** HTML already said what a line is. */
function addSourceLine(out: Draft[], line: SourceLine): void {
  if (line.kind === 'heading') out.push({ kind: 'heading', rank: line.sub ? 'sub' : 'primary', text: line.text });
  else if (line.kind === 'image') out.push({ kind: 'figure', caption: line.text, src: line.src, awaitsCaption: true });
  else if (line.kind === 'item') addItems(out, [line.text]);
}

/** A whole line that is a caption or a heading by itself. True when handled. */
// A heading opens a section of text: the line after it is a paragraph (or a photo), not another short line.
const MIN_SECTION_HAN = 15;

function introducesText(next: SourceLine | undefined): boolean {
  if (next === undefined) return false;
  // A short line after it with a full stop is still text; one that only exclaims (`重阳安康 幸福长寿！`) closes the article.
  return next.kind === 'image' || (next.kind === 'text' && (countHan(next.text) >= MIN_SECTION_HAN || next.text.includes('。')));
}

// A saved page's caption, set in small grey type under the picture without ▲: this long at most.
const MAX_PLAIN_CAPTION = 40;

/** The short line right under a saved page's picture that has no caption yet: its caption. */
function isPlainCaption(out: readonly Draft[], text: string): boolean {
  const previous = out.at(-1);
  if (previous?.kind !== 'figure' || previous.awaitsCaption !== true) return false;
  return Array.from(text).length <= MAX_PLAIN_CAPTION && splitSentences(text).length <= MAX_CAPTION_SENTENCES && !/[：:]$/u.test(text);
}

const MAX_CAPTION_SENTENCES = 2;

// A section heading with a colon or a comma in it runs this long at most.
const MAX_PARALLEL_HEADING = 26;
const MIN_PARALLEL = 2;

/**
 * Section headings that hold a colon or a comma (`深夜巡查：哪里积水往哪里跑`,
 * `楼道里的“小改造”，解决老人的大难题`) read like short sentences; what makes them
 * headings is that the article has two or more of the same shape, each on its own line,
 * each opening a paragraph. Lines of one shape (colon, comma) count only with their own kind.
 */
function parallelHeadings(lines: readonly SourceLine[]): Set<string> {
  const shaped = new Map<string, string[]>();
  lines.forEach((line, i) => {
    const text = line.text;
    if (line.kind !== 'text' || /[。！？▲▼]/u.test(text) || /\p{P}$/u.test(text.replace(/[”’」』）]$/u, '')) || countHan(text) < 4) return;
    // A wholly quoted line is a heading by its own rule (isHeadingLike).
    if (Array.from(text).length > MAX_PARALLEL_HEADING || !introducesText(lines[i + 1]) || wordCaption(text) !== undefined || /^“[^“”]+”$/u.test(text)) return;
    const shape = /：/u.test(text) ? '：' : /，/u.test(text) ? '，' : undefined;
    if (shape !== undefined) shaped.set(shape, [...(shaped.get(shape) ?? []), text]);
  });
  // `床边多了一根“拐杖”`, `过道亮起“小夜灯”`, then `改不改、怎么改，老人说了算`: one shaped line among plain ones.
  const plain = lines.filter((line, i) => line.kind === 'text' && isHeadingLike(line.text) && introducesText(lines[i + 1])).length;
  return new Set([...shaped.values()].filter((texts) => texts.length >= MIN_PARALLEL || (texts.length >= 1 && plain >= MIN_PARALLEL)).flat());
}

/** `plainHeading`: whether a short unnumbered line may be a heading (not the last line, not one framed by emoji). */
function standalone(out: Draft[], text: string, plainHeading: boolean): boolean {
  const caption = wordCaption(text);
  if (caption !== undefined) {
    addCaption(out, caption);
    return true;
  }
  const length = Array.from(text).length;
  if (ORDINAL_HEADING.test(text) && length <= MAX_LINE_HEADING && !endsSentence(text)) {
    out.push({ kind: 'heading', rank: 'primary', text });
    return true;
  }
  if (plainHeading && isHeadingLike(text)) {
    out.push({ kind: 'heading', rank: 'secondary', text });
    return true;
  }
  return false;
}

/**
 * A short line on its own with no sentence in it: `“吃得放心，子女也放心”`
 * (wholly quoted, up to 30 characters) or `社区的新变化` (no punctuation, up to 20).
 */
function isHeadingLike(text: string): boolean {
  const length = Array.from(text).length;
  if (countHan(text) < 2 || endsSentence(text) || /[。！？]/u.test(text)) return false;
  if (/^“[^“”]+”$/u.test(text)) return length <= MAX_LINE_HEADING;
  return length <= MAX_PLAIN_HEADING && !/\p{P}/u.test(text.replace(/[“”‘’《》]/gu, ''));
}

/** Reads one line's tokens. Returns whether a ▼ at its end leaves a list open. */
function readTokens(tokens: readonly Token[], state: State): boolean {
  let listPending = false;
  tokens.forEach((token, i) => {
    if (token.kind === 'list') {
      listPending = true;
      return;
    }
    if (token.kind === 'caption') {
      listPending = false;
      addCaption(state.out, token.text);
      return;
    }
    const beforeList = tokens[i + 1]?.kind === 'list';
    const { head, tail } = beforeList ? trailingClause(token.text) : { head: token.text, tail: '' };
    if (listPending) addList(state.out, head);
    else addUnits(state, head);
    listPending = false;
    if (tail !== '') addLeadIn(state, tail);
  });
  return listPending;
}

function addUnits(state: State, text: string): Unit[] {
  const units = splitUnits(text, state.series);
  for (const unit of units) {
    if (unit.kind === 'paragraph') state.out.push(unit);
    else {
      state.out.push({ kind: 'heading', rank: unit.rank, text: unit.text });
      if (unit.unsure) state.splits.push(unit.text);
    }
  }
  return units;
}

/** The words before a ▼: a heading when quoted and short, else a paragraph that introduces the list. */
function addLeadIn(state: State, text: string): void {
  const last = addUnits(state, text).at(-1);
  const paragraph = state.out.at(-1);
  if (last?.kind !== 'paragraph' || paragraph?.kind !== 'paragraph') return;
  if (!/[。！？；：，、…,.;:!?]$/u.test(paragraph.text)) paragraph.text += '：';
  if (Array.from(longestClause(paragraph.text)).length > MAX_LEAD_IN_CLAUSE) state.leadIns.push(paragraph.text);
}

/** The text after a ▼: one item per sentence, or per `；` when it is one long sentence. */
function addList(out: Draft[], text: string): void {
  if (text.trim() === '') return;
  let items = splitSentences(text);
  if (items.length === 1 && (text.match(/；/g)?.length ?? 0) >= 2)
    items = text
      .split(/(?<=；)/u)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  if (items.length > 1) addItems(out, items);
  else out.push({ kind: 'paragraph', text: text.trim() });
}

/** A caption belongs to the picture just above it when that picture has none shown yet. */
function addCaption(out: Draft[], text: string): void {
  const { caption, photographers } = splitCaptionCredit(text);
  const credit = photographers.length > 0 ? { photographers } : {};
  const previous = out.at(-1);
  if (previous?.kind === 'figure' && previous.awaitsCaption) {
    previous.caption = caption || cleanCaption(previous.caption);
    previous.awaitsCaption = false;
    Object.assign(previous, credit);
  } else {
    out.push({ kind: 'figure', caption, ...credit });
  }
}

function addItems(out: Draft[], items: readonly string[]): void {
  const previous = out.at(-1);
  if (previous?.kind === 'list') previous.items.push(...items);
  else out.push({ kind: 'list', items: [...items] });
}

/**
 * Heading levels: when the article has a series of parallel headings (or numbered
 * ones), those are `##` and every other heading is `###`; otherwise all are `##`.
 */
function finish(drafts: readonly Draft[]): Block[] {
  const hasPrimary = drafts.some((d) => d.kind === 'heading' && d.rank === 'primary');
  return drafts
    .filter((d) => d.kind !== 'paragraph' || d.text.trim() !== '')
    .map((d): Block => {
      if (d.kind === 'figure')
        return { kind: 'figure', caption: d.awaitsCaption ? splitCaptionCredit(d.caption).caption : d.caption, src: d.src, photographers: d.photographers };
      if (d.kind !== 'heading') return d;
      const level = d.rank === 'primary' || (d.rank === 'secondary' && !hasPrimary) ? 2 : 3;
      return { kind: 'heading', level, text: d.text };
    });
}
