/**
 * Some sites annotate every simplified/traditional pair with its reading, and a
 * copy keeps it: `這個(gè)社區(qū)`. We drop a parenthesised pinyin syllable that
 * directly follows a Han character and leave every other parenthesis alone
 * (`PM2.5(细颗粒物)`, `APP(试运行)`, `(通讯员 刘洁)`).
 */
import { HAN } from './han.ts';

// Lower-case Latin letters, with or without tone marks (precomposed or combining).
const SYLLABLE = '[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêḿńňǹ\\u0300-\\u036f]{1,8}';
const JUNK = new RegExp(`(${HAN})\\s?[(（]\\s?(${SYLLABLE})\\s?[)）]`, 'gu');

// Pinyin syllable structure: optional initial, then a final. Checked on the
// toneless spelling so `(the)` or `(pdf)` are never taken for a reading.
const INITIAL = /(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?/;
const FINAL = /(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|vn|ia|ie|iu|io|ua|uo|ui|ue|ve|a|o|e|i|u|v)/;
const VALID = new RegExp(`^${INITIAL.source}${FINAL.source}$`);

const TONE_MARK = /[\u0300-\u036f]/;

export interface PinyinJunkResult {
  text: string;
  /** How many readings were removed. */
  removed: number;
}

/**
 * Removes pinyin readings after Han characters. A toneless syllable (`(de)`) is
 * removed only when the text also carries toned ones: on its own it could be a
 * real abbreviation in parentheses.
 */
export function removePinyinJunk(text: string): PinyinJunkResult {
  const toned = [...text.matchAll(JUNK)].filter((m) => isSyllable(m[2] ?? '') && hasTone(m[2] ?? '')).length;
  const infested = toned >= 2;
  let removed = 0;
  const cleaned = text.replace(JUNK, (whole, han: string, syllable: string) => {
    if (!isSyllable(syllable) || !(hasTone(syllable) || infested)) return whole;
    removed++;
    return han;
  });
  return { text: cleaned, removed };
}

function hasTone(syllable: string): boolean {
  return TONE_MARK.test(
    syllable
      .normalize('NFD')
      .replace(/ü/g, 'v')
      .replace(/u\u0308/g, 'v'),
  );
}

function isSyllable(syllable: string): boolean {
  const bare = syllable
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ü/g, 'v');
  return VALID.test(bare);
}
