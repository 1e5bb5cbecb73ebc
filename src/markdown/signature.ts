/**
 * The 落款 of a notice: the issuing body on one line and the date on the next,
 * which 公文 practice sets on the right. Detected conservatively, since right-
 * aligning an ordinary closing sentence would look like a layout fault.
 */

/** A Chinese date alone on its line: `2026年11月18日` or `二〇二六年十一月十八日`. */
const DATE_LINE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日$/;

/** How an issuing body's name ends: 居民委员会, 办公室, 街道办事处, 党支部, 物业服务中心… */
const BODY_NAME_END = /(?:委员会|居委会|办公室|办事处|街道|社区|局|中心|党委|党工委|党总支|党支部|工作站|服务站|政府|指挥部|领导小组|协会|联合会|公司)$/;

/** Longer than any 落款 name; an ordinary sentence ending in 社区 may well be longer. */
const MAX_NAME_LENGTH = 30;

/** Sentence punctuation, which a body's name never holds. */
const SENTENCE_MARK = /[。，、；：！？,;:!?]/;

/** Whether `lines` (a paragraph's lines, split at its hard breaks) read as a 落款. */
export function isSignature(lines: readonly string[]): boolean {
  const [name, date, ...rest] = lines.map((line) => line.trim());
  if (name === undefined || date === undefined || rest.length > 0) return false;
  return name.length <= MAX_NAME_LENGTH && !SENTENCE_MARK.test(name) && BODY_NAME_END.test(name) && DATE_LINE.test(date);
}
