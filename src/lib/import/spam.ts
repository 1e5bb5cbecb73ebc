/**
 * SEO spam injected into pages: gambling and porn keyword lines, link farms.
 * Words are weighed rather than matched one by one, so a community notice that
 * warns against 赌博 or 色情 is never dropped for naming them.
 */

// Words that never occur in community news: one is enough to condemn a line.
const STRONG = [
  '人妻',
  '无码',
  '有码',
  '一区二区',
  '二区三区',
  '乱码',
  '中文字幕在线',
  '字幕在线',
  '娱乐城',
  '百家乐',
  '葡京',
  '真人荷官',
  '老虎机',
  '六合彩',
  '时时彩',
  '彩金',
  '网赌',
  '约炮',
  '裸聊',
  '福利姬',
  '巨乳',
  '毛片',
  '黄片',
  '三级片',
  '国产精品',
  '久久爱',
  '碰碰',
  '成人视频',
  '成人电影',
  '成人网站',
  '色情网站',
  '色播',
  '开户送',
  '博彩网',
  '一码一肖',
  '特马',
  '管家婆',
];

// Words that are harmless alone but typical of spam in company.
const WEAK = [
  '色情',
  '赌场',
  '博彩',
  '彩票',
  '赌博',
  '成人',
  '在线视频',
  '免费观看',
  '在线观看',
  '视频',
  '亚洲',
  '日韩',
  '欧美',
  '精品',
  '高清',
  '伦理',
  '偷拍',
  '自拍',
  '下载',
  '注册',
  '美女',
  '激情',
  // Advertising: franchise and price keyword lines, a pop-up's call to click.
  '加盟',
  '排行榜',
  '哪家好',
  '多少钱',
  '价格',
  '费用',
  '点击进入',
  '免费看',
  '影视',
];

// `AV` as a word of its own (`日本AV`, `AV在线`); weak, since a hall can have AV equipment.
const AV = /(?<![A-Za-z])AV(?![A-Za-z])/;
const URL = /(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|net|cc|vip|top|xyz|me|tv)\b/gi;
const SEGMENT_SEPARATORS = /[_|｜丨]/;

export interface SpamVerdict {
  spam: boolean;
  score: number;
}

/** Whether a line is injected spam. */
export function judgeSpam(line: string): SpamVerdict {
  const text = line.trim();
  if (text === '') return { spam: false, score: 0 };
  const strong = STRONG.filter((w) => text.includes(w)).length;
  const weak = WEAK.filter((w) => text.includes(w)).length + (AV.test(text) ? 1 : 0);
  const urls = text.match(URL)?.length ?? 0;
  const farm = linkFarmScore(text);
  const score = strong * 2 + weak + Math.min(urls, 3) + farm;
  // A real sentence needs a strong word as well as a high score; a fragment needs
  // a strong word, or several weak ones strung together like a link farm.
  const sentence = /[。！？]/.test(text) && text.length >= 20;
  const spam = sentence ? strong > 0 && score >= 3 : strong > 0 || urls >= 3 || (weak >= 2 && weak + farm >= 3);
  return { spam, score };
}

export function isSpamLine(line: string): boolean {
  return judgeSpam(line).spam;
}

/**
 * A link farm: many short keyword phrases strung together with `_` or `|` and no
 * sentence punctuation. A title with a kicker (`栏目|标题`) has only two parts,
 * and a short site menu alone is chrome, not spam, so shape only adds to the words.
 */
function linkFarmScore(text: string): number {
  if (/[。，！？]/.test(text)) return 0;
  const parts = text
    .split(SEGMENT_SEPARATORS)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.length >= 3 && parts.every((p) => Array.from(p).length <= 24) ? 1 : 0;
}

// Markup or script that survived into text: never part of an article.
const CODE_TAG = /<\s*\/?\s*(?:script|iframe|object|embed|style|svg|form|meta|link|base)\b/;
const CODE_URL = /(?:java|vb)script\s*:|data:text\/html/;
const EVENT_HANDLER = /<[^>]*\son\w+\s*=|\bon(?:error|load|click|mouse\w*|focus|blur)\s*=/;
const HOSTILE = new RegExp([CODE_TAG, CODE_URL, EVENT_HANDLER].map((r) => r.source).join('|'), 'i');

/** Whether a line carries code (script tags, `javascript:` links, event handlers). */
export function isHostileLine(line: string): boolean {
  return HOSTILE.test(line);
}
