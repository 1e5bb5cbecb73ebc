/**
 * Half-width punctuation inside Chinese text becomes full-width, following
 * GB/T 15834. Only marks with Chinese on the side that decides are touched, so
 * numbers (`5,000`), times (`1:30`), decimals (`PM2.5`) and Latin text stay as written.
 */
import { CJK_CLOSING, CJK_OPENING, HAN } from './han.ts';
import { normalizeQuotes } from './quotes.ts';

const CN = `[${HAN}${CJK_CLOSING}${CJK_OPENING}]`;
const CN_LEFT = new RegExp(`${CN}$`, 'u');
const CN_RIGHT = new RegExp(`^${CN}`, 'u');
// A full stop may follow a Han character or a closing quote or bracket (`“心病”.今年`).
const STOP_LEFT = new RegExp(`[${HAN}”’）》]$`, 'u');
// In a Chinese line a sentence can end on a number (`提高到了68%.`): a dot there is a full stop
// when nothing, or Chinese, follows it; `2.5` has a digit after its dot and stays.
const STOP_LEFT_NUMBER = /[\d%‰]$/u;
const HAN_INSIDE = new RegExp(HAN, 'u');
const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };
const PUNCT_WITH_SPACES = /\s*([,:;?!])\s*/g;
const ALL_FULL_WIDTH = `${CJK_CLOSING}${CJK_OPENING}`;
const SPACE_BY_PUNCT = new RegExp(`\\s+(?=[${ALL_FULL_WIDTH}])|(?<=[${ALL_FULL_WIDTH}])\\s+`, 'gu');

export interface PunctuationResult {
  text: string;
  /** How many marks were changed. */
  changed: number;
}

/** Normalises one line of Chinese text. */
export function normalizePunctuation(line: string): PunctuationResult {
  let changed = 0;
  const count = (next: string, before: string): string => {
    if (next !== before) changed++;
    return next;
  };
  const quoted = normalizeQuotes(line);
  changed += quoted.changed;
  let text = quoted.text;

  // `...`, `。。。` and a lone `…` next to Chinese are the Chinese ellipsis `……`.
  text = text.replace(/(?:\.{3,}|。{3,}|…+)/g, (run, offset: number, whole: string) => (nearChinese(whole, offset, run.length) ? count('……', run) : run));
  // Parentheses around Chinese, half-width or mismatched: `(通讯员 刘洁)` → `（通讯员 刘洁）`.
  text = text.replace(/[(（]([^()（）\n]*)[)）]/g, (pair, inner: string) => (HAN_INSIDE.test(inner) ? count(`（${inner.trim()}）`, pair) : pair));
  text = text.replace(PUNCT_WITH_SPACES, (match, mark: string, offset: number, whole: string) => {
    const left = whole.slice(0, offset);
    const right = whole.slice(offset + match.length);
    if (!shouldWiden(mark, left, right)) return match;
    changed++;
    return FULL_WIDTH[mark] ?? mark;
  });
  // A full stop after Chinese that ends a sentence (`康复."` → `康复。”`), never a decimal point.
  text = text.replace(/\.(?!\.)/g, (dot, offset: number, whole: string) => {
    const left = whole.slice(0, offset);
    const right = whole.slice(offset + 1).trimStart();
    const ends = right === '' || CN_RIGHT.test(right);
    const afterText = STOP_LEFT.test(left) || (STOP_LEFT_NUMBER.test(left) && HAN_INSIDE.test(left));
    return afterText && ends ? count('。', dot) : dot;
  });
  // Times: `1: 30`, `9：30` → `1:30`, `9:30`.
  text = text.replace(/(?<!\d)(\d{1,2})(\s*：\s*|\s+:\s*|:\s+)(\d{2})(?!\d)/g, (time, h: string, _sep: string, m: string) => count(`${h}:${m}`, time));
  // No 顿号 between quoted or titled items (GB/T 15834 4.5.3.5): `“甲”、“乙”` → `“甲”“乙”`.
  text = text.replace(/([”’》」』])、(?=[“‘《「『])/g, (_m, close: string) => count(close, `${close}、`));
  text = text.replace(SPACE_BY_PUNCT, (space) => count('', space));
  return { text: text.replace(/ {2,}/g, ' ').trim(), changed };
}

// Stands in for a space between a headline's parts while the rest is normalised.
const PART = '\uE001';
const PART_SPACE = /(?<=[”’》）"'])\s+(?=[\p{Script=Han}\d])|(?<=\p{Script=Han})\s+(?=[“‘《"'])/gu;

/**
 * A title or subtitle: as a line of text, but a space between its parts stays
 * (`义诊送到“家门口” 家庭医生“签”出健康`): headlines separate their parts with a space
 * where a sentence would use a comma.
 */
export function normalizeHeadline(line: string): PunctuationResult {
  const result = normalizePunctuation(line.replace(PART_SPACE, PART));
  return { text: result.text.replaceAll(PART, ' '), changed: result.changed };
}

function shouldWiden(mark: string, left: string, right: string): boolean {
  if (mark === ':' && right.startsWith('//')) return false;
  const leftChinese = CN_LEFT.test(left);
  const rightChinese = CN_RIGHT.test(right);
  if (leftChinese) return true;
  // After a number or Latin word (`下午1:30,参与者`) a comma or semicolon is Chinese when
  // Chinese follows; `5,000` has a digit on both sides and is never touched.
  return (mark === ',' || mark === ';') && rightChinese;
}

function nearChinese(text: string, offset: number, length: number): boolean {
  return CN_LEFT.test(text.slice(0, offset)) || CN_RIGHT.test(text.slice(offset + length));
}
