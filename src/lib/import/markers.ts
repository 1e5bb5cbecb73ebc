/**
 * WeChat's picture and list marks. `▲` starts the caption of the picture above
 * it; `▼` points at what follows (usually a list). Copies often glue both into
 * the running text, so a line is cut into text, caption and list tokens.
 */
import { splitCaptionCredit } from './photo-credit.ts';
import { splitSentences } from './sentences.ts';

export type Token = { kind: 'text'; text: string } | { kind: 'list' } | { kind: 'caption'; text: string };

// Longer than this, a caption has probably swallowed the next paragraph.
const MAX_CAPTION = 40;

/** Cuts a line at its ▲ and ▼ marks. */
export function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  const text = (s: string) => {
    if (s.trim() !== '') tokens.push({ kind: 'text', text: s.trim() });
  };
  const parts = line.split(/([▲▼])/);
  text(parts[0] ?? '');
  for (let i = 1; i < parts.length; i += 2) {
    const mark = parts[i];
    const after = parts[i + 1] ?? '';
    if (mark === '▼') {
      tokens.push({ kind: 'list' });
      text(after);
      continue;
    }
    const { caption, rest } = splitCaption(after.trim());
    tokens.push({ kind: 'caption', text: caption });
    text(rest);
  }
  return tokens;
}

/** A caption runs to the end of its line, unless it is too long to be one. */
function splitCaption(text: string): { caption: string; rest: string } {
  // `▲…小课堂二、“家门口”…`: a numbered heading glued after the caption starts the text again.
  const ordinal = /(?<=\p{Script=Han}{4})(?<!第)[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十\d])/u.exec(text);
  if (ordinal !== null) return { caption: text.slice(0, ordinal.index), rest: text.slice(ordinal.index) };
  if (Array.from(text).length <= MAX_CAPTION || isCreditedCaption(text)) return { caption: text, rest: '' };
  const [first = '', ...others] = splitSentences(text);
  return others.length === 0 ? { caption: text, rest: '' } : { caption: first, rest: others.join('') };
}

// A caption with its credit (`图为…。人民网 韩雪摄`) runs longer than a bare one, never longer than this.
const MAX_WORD_CAPTION = 80;

/**
 * A caption line written out in words: `图为社区志愿者…`, `（图为…）`, or any short
 * line that ends in a photographer's credit (`…。人民网 韩雪摄`, `新华社记者 王强 摄`).
 */
export function wordCaption(line: string): string | undefined {
  const text = line.trim();
  if (Array.from(text).length > MAX_WORD_CAPTION) return undefined;
  // `（图片说明：居民用积分兑换生活用品）`: the label goes, the words are the caption.
  const labelled = /^[（(]?(?:图片说明|图注|图说)[:：]\s*(.+?)[）)]?$/u.exec(text);
  if (labelled?.[1] !== undefined) return labelled[1];
  if (isCreditedCaption(text)) return text;
  const m = /^[（(]?(图为.+?)[）)]?$/u.exec(text);
  return m?.[1] !== undefined && !/[。！？].+/.test(m[1]) ? m[1] : undefined;
}

// A caption says what the photo shows in a sentence or two (`…休憩。公园由车棚改建而成。`).
const MAX_CAPTION_SENTENCES = 2;

/** A short text ending in a photographer's credit, with at most two sentences before it. */
function isCreditedCaption(text: string): boolean {
  if (Array.from(text).length > MAX_WORD_CAPTION) return false;
  const { caption, credited } = splitCaptionCredit(text);
  return credited && splitSentences(caption).length <= MAX_CAPTION_SENTENCES;
}
