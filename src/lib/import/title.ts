/**
 * Which line is the title, and what it carries besides the title: a kicker
 * (`家族社区 党建引领社区治理|罗家坡社区：…`, `【社区动态】…`) and media marks (`(图)`).
 */
import { findDate } from './dates.ts';
import { countHan } from './han.ts';
import { isOrganisation, isPublication } from './organisation.ts';
import type { SourceLine } from './lines.ts';

// `(图)`, `（组图）`, `[视频]` after a title say the page had media; the article does not.
const MEDIA_MARK = /\s*[（(【[]\s*(?:组图|多图|图文|附图|图片|图|视频|附视频|音频)\s*[)）】\]]\s*/g;

// An editor's note above the text (`编者按：…`) is text the editor keeps, never the title.
const EDITOR_NOTE = /^(?:编者按|编者的话|编前语|编后语|导读|导语)/u;

/**
 * A line that could be a title: short, Chinese, no full stop in it (half-width
 * too: titles are found before punctuation is fixed), not a mark or a subtitle.
 * A title may end in ！ or ？ (`社区大变样！`), never in a comma or colon.
 */
export function isTitleLike(text: string): boolean {
  const bare = text.replace(/[”’"'）)」』]+$/u, '');
  if (Array.from(text).length > 64 || countHan(text) < 2 || /^[▲▼—]/.test(text) || EDITOR_NOTE.test(text)) return false;
  return !/[。，；：,;:]$/.test(bare) && !/。|\p{Script=Han}\.|\.$/u.test(text);
}

export interface TitleLines {
  /** The title's line. */
  title: number;
  /** Lines right above it in its own run: a 引题 (`小区里开起“长者食堂”`), named in the report. */
  kickers: number[];
}

/**
 * Which line is the title, among the lines before the article's first paragraph.
 * Copies drag a site's menu, an account card and counters along, so the title is
 * looked for among lines that could be one (long enough, not a menu, not an office's
 * or a paper's name), in runs of adjacent such lines: the last run a byline, a date
 * or a `——` subtitle follows, else the last run. In a run, a `——` line after it
 * means its lines are 引题 and title (the title last); without one, two lines are
 * title and subtitle, three are 引题, title and subtitle. Undefined when the page
 * marked its title itself (HTML) or has none.
 */
export function findTitleLine(lines: readonly SourceLine[], isCredit: (text: string) => boolean): TitleLines | undefined {
  const text = (i: number): string => lines[i]?.text ?? '';
  if (lines.some((line) => line.kind === 'title')) return undefined;
  const zone: number[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.kind !== 'text' || isParagraph(line.text, isCredit)) break;
    zone.push(i);
  }
  const isCandidate = (i: number) => {
    const t = text(i);
    const plain = isTitleLike(t) && !isCredit(t) && !isMenuLine(t) && !FORM_ROW.test(t) && !KEYWORD_TITLE.test(t) && findDate(t) === undefined;
    return plain && Array.from(t).length >= MIN_TITLE && !isPublication(t) && !isOrganisation(t);
  };
  const runs: number[][] = [];
  for (const i of zone) {
    const last = runs.at(-1);
    if (!isCandidate(i)) continue;
    if (last !== undefined && last.at(-1) === i - 1) last.push(i);
    else runs.push([i]);
  }
  // What follows a run, past an account's name (`江城江北发布`) printed between the title and its time.
  const after = (run: readonly number[]) => {
    let i = (run.at(-1) ?? -2) + 1;
    while (isOrganisation(text(i)) || isPublication(text(i))) i++;
    return text(i);
  };
  const chosen = runs.filter((run) => isCredit(after(run)) || SUBTITLE.test(after(run))).at(-1) ?? runs.at(-1);
  if (chosen === undefined) {
    const first = zone.find((i) => isTitleLike(text(i)) && !isCredit(text(i)));
    return first === undefined ? undefined : { title: first, kickers: [] };
  }
  const at =
    chosen.length === 1 || SUBTITLE.test(after(chosen))
      ? chosen.length - 1
      : chosen.length === 2
        ? titleOfTwo(text(chosen[0] ?? 0), text(chosen[1] ?? 0))
        : chosen.length - 2;
  return { title: chosen[at] ?? 0, kickers: [...columnsAbove(lines, chosen[0] ?? 0, isCredit), ...chosen.slice(0, at)] };
}

/**
 * Two headline lines with no `——` after them: title and subtitle, unless the first is far
 * shorter (a 引题 like `垃圾分类进行时` over `9月“垃圾分类红榜”出炉 15户家庭上榜`) or the
 * second carries the page's media mark (`…新车位(图)`), which only titles do.
 */
function titleOfTwo(first: string, second: string): 0 | 1 {
  if (MEDIA_MARK_AT_END.test(first)) return 0;
  if (MEDIA_MARK_AT_END.test(second)) return 1;
  return Array.from(first).length <= KICKER_RATIO * Array.from(second).length ? 1 : 0;
}

const KICKER_RATIO = 0.5;
const MEDIA_MARK_AT_END = /[（(【[]\s*(?:组图|多图|图文|附图|图片|图|视频|附视频|音频)\s*[)）】\]]\s*$/u;

// A column name (`社区动态`) or a 引题 printed right above the title, past a date line between.
const MAX_COLUMNS_ABOVE = 2;

function columnsAbove(lines: readonly SourceLine[], first: number, isCredit: (text: string) => boolean): number[] {
  const found: number[] = [];
  for (let i = first - 1; i >= 0 && found.length < MAX_COLUMNS_ABOVE; i--) {
    const t = lines[i]?.text ?? '';
    if (isCredit(t)) continue;
    // `社区新闻` above the title is a column; a name in 网/报 is the site's.
    if (!isTitleLike(t) || isMenuLine(t) || (isPublication(t) && !/新闻$/u.test(t)) || isOrganisation(t)) break;
    found.unshift(i);
  }
  return found;
}

// Shorter than this, a line is a column's or a menu's name (`社区动态`), not a headline.
const MIN_TITLE = 6;

/** The article's first paragraph: a sentence with Chinese enough to be text. */
function isParagraph(text: string, isCredit: (text: string) => boolean): boolean {
  // A headline may hold commas and a ！ (`“长者食堂”开张啦！家门口就能吃上热乎饭`); a paragraph has
  // a full stop, or a ！/？ before more text than a headline holds.
  const length = Array.from(text).length;
  const sentence = /。/u.test(text) || (/[！？](?!$)/u.test(text) && length > EXCLAIMING_TITLE) || length > MAX_TITLE;
  return countHan(text) >= MIN_PARAGRAPH_HAN && sentence && !isCredit(text);
}

const MAX_TITLE = 64;
const EXCLAIMING_TITLE = 30;
// A content farm's `<title>` stuffed with keywords: `电动车充电桩安装_小区充电棚多少钱_云州新闻网_…`.
const KEYWORD_TITLE = /_[^_]+_/u;
// A catalogue table's row copied as text: `名　　称：	江南区…`.
const FORM_ROW = /^[\p{Script=Han}\s]{1,6}[：:]\s/u;

const MIN_PARAGRAPH_HAN = 15;

/** `红网首页 时刻新闻 新闻 政务 云州`: a site's menu copied as one line. */
function isMenuLine(text: string): boolean {
  const words = text.split(/\s+/u);
  return words.length >= MENU_WORDS && words.every((w) => Array.from(w).length <= MENU_WORD);
}

const MENU_WORDS = 4;
const MENU_WORD = 6;

// `——望江街道探索…`: a subtitle under the title, before the byline.
const SUBTITLE = /^—/u;

/** The title without media marks, and the kicker written into its line, if any. */
export function splitTitle(raw: string): { title: string; kicker?: string } {
  const text = withoutSiteName(raw.replace(MEDIA_MARK, ' ').replace(/\s+/g, ' ').trim());
  const bracket = /^【([^】]{1,16})】\s*(.+)$/.exec(text);
  const bar = /^([^|｜丨]{1,24})\s*[|｜丨]\s*([^|｜丨]+)$/u.exec(text);
  const parts = bracket ?? bar;
  return parts?.[1] && parts[2] ? { kicker: parts[1].trim(), title: parts[2].trim() } : { title: text };
}

const MAX_COLUMN_NAME = 8;

/**
 * `…“新生活”_大众网`, `…健康 - 人民网`: a copied `<title>` carries the site's name. An
 * underscore never belongs to a headline; after a dash only a site's or an office's name goes.
 */
export function withoutSiteName(title: string): string {
  const underscored = title.replace(/\s*[_＿][^_＿]{1,20}(?:[_＿][^_＿]{1,20})*$/u, '');
  if (underscored !== '' && underscored !== title) return underscored;
  // `…“飞线充电”少了-镇街动态-东山区人民政府`: the site's name last, its columns before it.
  const parts = title.split(/\s*(?:-|－|\s—\s|\s\|\s|\|)\s*/u);
  const site = parts.at(-1) ?? '';
  if (parts.length < 2 || !(isPublication(site) || isOrganisation(site))) return title;
  const columns = parts.slice(1, -1);
  return columns.every((c) => Array.from(c).length <= MAX_COLUMN_NAME) ? (parts[0] ?? title) : title;
}

/** Whether a line repeats the title (pages print it in `<title>` and again above the text). */
export function repeatsTitle(line: string, title: string): boolean {
  const bare = (s: string) => s.replace(MEDIA_MARK, '').replace(/[\s|｜【】]/g, '');
  return bare(line) !== '' && (bare(line) === bare(title) || bare(line).endsWith(bare(title)));
}
