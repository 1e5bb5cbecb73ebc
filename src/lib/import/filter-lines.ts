/**
 * Drops the lines that are not the article: code, spam and page chrome. Once the
 * article has begun, a "related news" or copyright line ends it: everything after
 * belongs to the portal, except the credit lines (责任编辑, 三审) portals print there.
 */
import { parseCreditLine } from './byline.ts';
import { isChromeLine, isTailMarker } from './chrome.ts';
import { isDateLine } from './dates.ts';
import { countHan } from './han.ts';
import type { SourceLine } from './lines.ts';
import { isHostileLine, isSpamLine } from './spam.ts';
import { isTitleLike } from './title.ts';

export interface FilterResult {
  lines: SourceLine[];
  spam: number;
  chrome: number;
  /** The chrome lines dropped, as written, so an editor can check none was article text. */
  chromeLines: string[];
  code: number;
}

const CARD_LINES = 2;
const isCardLine = (text: string): boolean => Array.from(text).length <= 24 && !/[。！？，]/u.test(text.replace(/\.$/, ''));

const QR_PROMPT = /二维码|扫码|扫一扫|识别/u;

// A line this Chinese is article text, so the article has begun.
const BODY_HAN = 20;

export function filterLines(lines: readonly SourceLine[]): FilterResult {
  const result: FilterResult = { lines: [], spam: 0, chrome: 0, chromeLines: [], code: 0 };
  const dropChrome = (text: string) => {
    result.chrome++;
    if (text.trim() !== '') result.chromeLines.push(text.trim());
  };
  let bodySeen = false;
  let inTail = false;
  let cardLines = 0;
  for (const line of lines) {
    const text = line.text;
    // WeChat's card for a reposted article: `以下文章来源于北湖街道，作者北湖街道`, then the account's name and its one-line profile.
    if (cardLines > 0 && line.kind === 'text' && isCardLine(text)) {
      cardLines--;
      dropChrome(text);
      continue;
    }
    cardLines = /^以下文章来源于/u.test(text) ? CARD_LINES : 0;
    if (line.kind === 'image' && text === '') {
      // A picture among the portal's lines after the article is theirs (a QR code, an ad).
      if (!inTail) result.lines.push(line);
      continue;
    }
    if (isHostileLine(text)) result.code++;
    else if (isSpamLine(text)) result.spam++;
    else if (line.kind === 'text' && (parseCreditLine(text) || isDateLine(text))) result.lines.push(line);
    else if (inTail || (bodySeen && isTailMarker(text))) {
      inTail = true;
      dropChrome(text);
    } else if (line.kind !== 'image' && isChromeLine(text)) {
      dropChrome(text);
      // `长按识别二维码`: the picture right above it is the code, not a photo.
      if (QR_PROMPT.test(text) && result.lines.at(-1)?.kind === 'image' && result.lines.at(-1)?.text === '') result.lines.pop();
    } else {
      result.lines.push(line);
      // A title is long too, but never a sentence: the 分享到 after it does not end the article.
      if (countHan(text) >= BODY_HAN && !isTitleLike(text)) bodySeen = true;
    }
  }
  return result;
}
