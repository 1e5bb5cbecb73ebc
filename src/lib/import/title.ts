/**
 * Which line is the title, and what it carries besides the title: a kicker
 * (`家族社区 党建引领社区治理|罗家坡社区：…`, `【社区动态】…`) and media marks (`(图)`).
 */
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

/**
 * The index of the title among the lines before the article. Portals print the
 * byline right under the title and a site name or column above it, so the title
 * is the last title-like line before a credit line; a `——` subtitle may stand
 * between. A paper's digital edition prints its name and the page's date first and
 * the title after them with no byline under it: when the line before the date is a
 * publication's name, the title is the first title-like line after. Else the first
 * title-like line. Undefined when the page marked its title itself (HTML) or has none.
 */
export function findTitleLine(lines: readonly SourceLine[], isCredit: (text: string) => boolean): number | undefined {
  let segment: number[] = [];
  let best: number | undefined;
  let first: number | undefined;
  for (const [i, line] of lines.entries()) {
    if (line.kind === 'title') return undefined;
    if (line.kind !== 'text') break;
    if (isCredit(line.text)) {
      if (segment.length > 0) best = titleOfSegment(lines, segment);
      segment = [];
    } else if (isTitleLike(line.text)) {
      segment.push(i);
      first ??= i;
    } else if (!SUBTITLE.test(line.text)) {
      break;
    }
  }
  const after = segment[0];
  if (best !== undefined && after !== undefined && isPublication(lines[best]?.text ?? '')) return after;
  return best ?? first;
}

/**
 * Which of the title-like lines right above a byline is the title: the last one, as a
 * 引题 stands above its title; but an account's name (`江北区幸福里社区`) or a subtitle in
 * a reportage's words (`…邻里文化节侧记`) under it is not the title.
 */
function titleOfSegment(lines: readonly SourceLine[], segment: readonly number[]): number | undefined {
  const text = (i: number | undefined) => (i === undefined ? '' : (lines[i]?.text ?? ''));
  let end = segment.length - 1;
  while (end > 0 && isOrganisation(text(segment[end]))) end--;
  if (end > 0 && SUBTITLE_WORDS.test(text(segment[end]))) end--;
  return segment[end];
}

// Reportage names itself in its subtitle: `…邻里文化节侧记`, `…改造见闻`.
const SUBTITLE_WORDS = /(?:侧记|纪实|见闻|札记|速写|小记|记事|掠影|综述|回眸|剪影|手记|素描|扫描)$/u;

// `——望江街道探索…`: a subtitle under the title, before the byline.
const SUBTITLE = /^—/u;

/** The title without media marks, and the kicker written into its line, if any. */
export function splitTitle(raw: string): { title: string; kicker?: string } {
  const text = withoutSiteName(raw.replace(MEDIA_MARK, ' ').replace(/\s+/g, ' ').trim());
  const bracket = /^【([^】]{1,16})】\s*(.+)$/.exec(text);
  const bar = /^([^|｜]{1,24})\s*[|｜]\s*([^|｜]+)$/.exec(text);
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
