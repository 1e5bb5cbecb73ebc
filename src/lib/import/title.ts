/**
 * Which line is the title, and what it carries besides the title: a kicker
 * (`家族社区 党建引领社区治理|罗家坡社区：…`, `【社区动态】…`) and media marks (`(图)`).
 */
import { countHan } from './han.ts';
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
 * The index of the title among the lines before the article: the last title-like
 * line before the first credit line (portals print the byline right under the
 * title, and a site name or column above it), else the first title-like line.
 * Undefined when the page marked its title itself (HTML) or has none.
 */
export function findTitleLine(lines: readonly SourceLine[], isCredit: (text: string) => boolean): number | undefined {
  const candidates: number[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.kind === 'title') return undefined;
    if (line.kind !== 'text') break;
    if (isCredit(line.text)) {
      if (candidates.length > 0) return candidates.at(-1);
    } else if (isTitleLike(line.text)) {
      candidates.push(i);
    } else {
      break;
    }
  }
  return candidates[0];
}

/** The title without media marks, and the kicker written into its line, if any. */
export function splitTitle(raw: string): { title: string; kicker?: string } {
  const text = raw.replace(MEDIA_MARK, ' ').replace(/\s+/g, ' ').trim();
  const bracket = /^【([^】]{1,16})】\s*(.+)$/.exec(text);
  const bar = /^([^|｜]{1,24})\s*[|｜]\s*([^|｜]+)$/.exec(text);
  const parts = bracket ?? bar;
  return parts?.[1] && parts[2] ? { kicker: parts[1].trim(), title: parts[2].trim() } : { title: text };
}

/** Whether a line repeats the title (pages print it in `<title>` and again above the text). */
export function repeatsTitle(line: string, title: string): boolean {
  const bare = (s: string) => s.replace(MEDIA_MARK, '').replace(/[\s|｜【】]/g, '');
  return bare(line) !== '' && (bare(line) === bare(title) || bare(line).endsWith(bare(title)));
}
