/**
 * Emoji that 美篇, 秀米 and 135-editor layouts hang on titles, captions and
 * bullets (`🏮新春游园会🏮`, `📷 居民在写春联`, `🔸 时间：…`). Our rule: emoji at the
 * start or end of a line are decoration and go (a title, a caption and a bullet are
 * all whole lines); emoji between words inside a sentence stand for a word
 * (`给志愿者点个👍`) and stay. A camera at the start of a line marks a caption, so it
 * becomes the `▲` the rest of the importer reads. A line framed by emoji on both sides
 * (`💕远亲不如近邻💕`) is an emphasised phrase: marked so it is never made a heading.
 */
import type { SourceLine } from './lines.ts';

// One emoji with what joins or modifies it: variation selectors, ZWJ sequences, skin tones, keycaps, flags.
const MODIFIERS = '[\\u{FE0E}\\u{FE0F}\\u{1F3FB}-\\u{1F3FF}\\u{20E3}]*';
const BASE = '(?:\\p{Extended_Pictographic}|[\\u{1F1E6}-\\u{1F1FF}]|[0-9#*]\\u{FE0F}?\\u{20E3})';
const EMOJI = `${BASE}${MODIFIERS}(?:\\u{200D}\\p{Extended_Pictographic}${MODIFIERS})*`;
// Decoration also uses these symbols beside the emoji (`✦`, `❀`, `•`), which are not all pictographs.
// Arrows, block elements (`▍`), bullets, geometric shapes but ▲ and ▼ (the importer's own marks), dingbats.
const ORNAMENT_RANGES = [
  '\\u{2190}-\\u{21FF}\\u{2580}-\\u{259F}\\u{2022}\\u{2023}',
  '\\u{25A0}-\\u{25B1}\\u{25B3}-\\u{25BB}\\u{25BD}-\\u{25FF}',
  '\\u{2600}-\\u{27BF}\\u{2B50}\\u{2B55}\\u{3030}',
];
const ORNAMENT = `[${ORNAMENT_RANGES.join('')}]`;
const EDGE = `(?:${EMOJI}|${ORNAMENT}|\\s)+`;
// The classes hold modifiers and joiners on purpose: an emoji with its skin tone or keycap is one decoration.
/* eslint-disable no-misleading-character-class */
const LEADING = new RegExp(`^${EDGE}`, 'u');
const TRAILING = new RegExp(`${EDGE}$`, 'u');
const HAS_EMOJI = new RegExp(`${EMOJI}|${ORNAMENT}`, 'u');
/* eslint-enable no-misleading-character-class */
// 📷 📸 🎥 🖼 at the start of a line introduce the photo's caption.
// `△` is the outline form of WeChat's `▲` that some editors use.
const CAMERA = /^\s*(?:\u{1F4F7}|\u{1F4F8}|\u{1F5BC}\u{FE0F}?|\u{1F39E}\u{FE0F}?|△)\s*/u;

export interface DecorationResult {
  lines: SourceLine[];
  /** Lines whose emoji or ornaments were taken off. */
  removed: number;
}

/** A line without the emoji and ornaments at its ends; `''` when nothing else was in it. */
export function stripDecoration(text: string): string {
  return text.replace(LEADING, '').replace(TRAILING, '').trim();
}

/** Every line with its decoration off, a camera turned into `▲`, lines of nothing but emoji dropped. */
export function removeDecoration(lines: readonly SourceLine[]): DecorationResult {
  let removed = 0;
  const out: SourceLine[] = [];
  for (const line of lines) {
    if (!HAS_EMOJI.test(line.text)) {
      out.push(line);
      continue;
    }
    const caption = line.kind === 'text' && CAMERA.test(line.text);
    // `▲` and `▼` are the importer's own marks, kept at the start; what follows them is stripped.
    const mark = /^[▲▼]/.exec(line.text)?.[0] ?? '';
    const text = stripDecoration(line.text.replace(CAMERA, '').slice(mark.length));
    if (text !== line.text.slice(mark.length)) removed++;
    if (text === '' && line.kind !== 'image') continue;
    const framed = LEADING.test(line.text.slice(mark.length)) && TRAILING.test(line.text) && !caption;
    out.push({ ...line, text: caption ? `▲${text}` : `${mark}${text}`, ...(framed ? { framed } : {}) });
  }
  return { lines: out, removed };
}
