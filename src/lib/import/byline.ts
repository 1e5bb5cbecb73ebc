/**
 * Credit lines: `来源：胶东在线 2021-01-25 15:54`, `记者 张三 通讯员 李四`,
 * `责任编辑：王五`, `初审：赵六`. A line is a credit line only when it starts with
 * a known label and reads like a label list, never like a sentence.
 */
import { findDate, withoutDate, type FoundDate } from './dates.ts';
import type { CreditTarget } from './report.ts';

export type CreditField =
  | CreditTarget
  | 'date'
  /** `文/图：李娜`: one person wrote the text and took the photos. */
  | 'authors+photographers'
  /** A credit with no front-matter field (`审核：张三`): reported to the editor. */
  | 'unknown'
  /** Page counters and buttons (`阅读：1024`): dropped silently. */
  | 'ignored';

// Longer labels first, so `责任编辑` wins over `编辑` and `图片来源` over `来源`.
const LABELS: ReadonlyArray<readonly [string, CreditField]> = [
  // A document's own dates in a portal's catalogue table: not when the page was published.
  ['成文日期', 'ignored'],
  ['成文时间', 'ignored'],
  ['印发日期', 'ignored'],
  ['生效日期', 'ignored'],
  ['图片来源', 'unknown'],
  ['本文来源', 'source'],
  ['文章来源', 'source'],
  ['新闻来源', 'source'],
  ['稿件来源', 'source'],
  ['信息来源', 'source'],
  ['消息来源', 'source'],
  ['来源单位', 'source'],
  // County portals name the office that put the page up; for a news page that office is its 来源.
  ['发布机构', 'source'],
  ['发布单位', 'source'],
  // 供稿 names who supplied the text, nearly always a community or an office: the 来源 of a copy.
  ['供稿单位', 'source'],
  ['供稿', 'source'],
  ['来源', 'source'],
  ['稿源', 'source'],
  ['发布时间', 'date'],
  ['发布日期', 'date'],
  ['发表时间', 'date'],
  ['发表日期', 'date'],
  ['发稿时间', 'date'],
  ['时间', 'date'],
  ['日期', 'date'],
  ['美术编辑', 'unknown'],
  ['责任编辑', 'editor'],
  ['责编', 'editor'],
  ['编辑', 'editor'],
  ['文/图', 'authors+photographers'],
  ['图/文', 'authors+photographers'],
  ['文图', 'authors+photographers'],
  ['图文', 'authors+photographers'],
  ['作者', 'authors'],
  ['记者', 'authors'],
  ['撰稿', 'authors'],
  ['撰文', 'authors'],
  ['采写', 'authors'],
  ['实习生', 'authors'],
  ['文字', 'authors'],
  ['文', 'authors'],
  ['通讯员', 'correspondents'],
  ['摄影', 'photographers'],
  ['图片', 'photographers'],
  ['摄像', 'photographers'],
  ['图', 'photographers'],
  // The review chain under its common names: 初审/复审/终审 in 三审三校, 一审/二审/三审 on county
  // portals. 签发 is the last signature before publication, which is what 终审 records.
  ['初审人', 'review.first'],
  ['初审', 'review.first'],
  ['一审', 'review.first'],
  ['复审人', 'review.second'],
  ['复审', 'review.second'],
  ['二审', 'review.second'],
  ['终审人', 'review.final'],
  ['终审', 'review.final'],
  ['三审', 'review.final'],
  ['签发', 'review.final'],
  // A lone 审核 stays unfiled: units use it for whichever review they print (often the only
  // one), so filing it as 初审 or 终审 would record a review the page does not name. The
  // report quotes it and the editor, who knows the unit, decides.
  ['审核', 'unknown'],
  ['制作', 'unknown'],
  ['审校', 'unknown'],
  ['责任校对', 'unknown'],
  ['校对', 'unknown'],
  ['排版', 'unknown'],
  ['版式', 'unknown'],
  ['美编', 'unknown'],
  ['值班编辑', 'unknown'],
  ['监制', 'unknown'],
  ['统筹', 'unknown'],
  ['策划', 'unknown'],
  ['出品', 'unknown'],
  ['原标题', 'unknown'],
  // WeChat's byline: `原创 作者 公众号 2023-09-18 18:30 山东`; which name is the author is not said.
  ['原创', 'unknown'],
  // A CMS names the account that posted the page (`发布者：admin`), not the article's writer.
  ['发布者', 'ignored'],
  ['发布人', 'ignored'],
  ['浏览次数', 'ignored'],
  ['阅读次数', 'ignored'],
  ['访问次数', 'ignored'],
  ['点击数', 'ignored'],
  ['点击量', 'ignored'],
  ['浏览量', 'ignored'],
  ['阅读量', 'ignored'],
  ['访问量', 'ignored'],
  ['字号', 'ignored'],
  // A government portal's catalogue fields, printed in the same row as 发布机构 and 发布日期.
  ['索引号', 'ignored'],
  ['主题分类', 'ignored'],
  ['发文字号', 'ignored'],
  ['文号', 'ignored'],
  ['阅读', 'ignored'],
  ['浏览', 'ignored'],
  ['点击', 'ignored'],
];
const FIELD_BY_LABEL = new Map(LABELS);
// Common words that are labels only with a colon or bar after them (`阅读：1024`, not `阅读 全文`).
const NEEDS_MARK = new Set([
  '时间',
  '日期',
  '阅读',
  '浏览',
  '点击',
  '浏览次数',
  '阅读次数',
  '访问次数',
  '点击数',
  '点击量',
  '浏览量',
  '阅读量',
  '访问量',
  '字号',
  '文字',
  '图片',
  '文图',
  '图文',
  '签发',
  '供稿',
  '文号',
  '采写',
]);
const SEPARATOR = '[:：｜|/丨]';
// `本版责编：王丽`: a paper credits the page's editor, who edited this article too.
const PREFIX = '(?:本报|本台|本网|本刊|本版|特约|见习|实习)?';
const LABEL_ALTERNATION = LABELS.map(([label]) => label).join('|');
// A label starts the line or follows a separator. A one-character label needs a slash
// or bar (`文/张三`, `图｜李四`): `图：` usually starts a caption, not a credit.
const LABEL = new RegExp(`(?<=^|[\\s【\\[（(|｜丨,，;；】\\]）)])${PREFIX}(${LABEL_ALTERNATION})(\\s*${SEPARATOR}\\s*|\\s+)`, 'g');
// What may come before the first label: brackets of chrome (`【字体：大 中 小】`) or a date.
// News portals print date, time and source in one line: `2025年11月03日08:41 | 来源：大众网`.
const LEAD_IN = /^(?:\s*【[^】]*】|\s*\d{4}\s*[-/.年][^\s|｜丨]*(?:\s+\d{1,2}[:：]\d{2}(?::\d{2})?)?|\s*[（(【[|｜丨])*\s*$/;

export interface Credit {
  field: CreditField;
  label: string;
  value: string;
}

export interface CreditLine {
  credits: Credit[];
  /** The first date in the line, labelled or not. */
  date?: FoundDate;
  /** The outlet a reporter's role was printed with (`白石晚报记者 秦朗` → `白石晚报`): the 来源 when the page names none. */
  outlet?: string;
}

/** Reads a credit line; undefined when the line is not one. */
export function parseCreditLine(line: string): CreditLine | undefined {
  // Portals print the editor in brackets at the foot: `（责编：王丽）`, `[责任编辑:王丽]`, `【编辑：王丽】`.
  const text = line
    .trim()
    .replace(/^[（(](.*)[）)]$/, '$1')
    .replace(/^\[([^[\]]*)\]$|^［([^［］]*)］$|^【([^【】]*)】$/u, (_m, a?: string, b?: string, c?: string) => a ?? b ?? c ?? '')
    // `原创2025-10-31 09:15·西河融媒`: a 头条 byline glues its label to the time.
    .replace(/^原创(?=\d)/u, '原创 ')
    // `大众网·海报新闻记者 赵琳`: the outlet before a reporter's role is the outlet's, not a label's.
    .replace(OUTLET_BEFORE_ROLE, '')
    // `时间:2025-11-02 16:48来源:梅林新村社区作者:管理员`: a CMS's info line set in inline tags has no spaces.
    .replace(GLUED_LABEL, (label, offset: number, whole: string) => (offset > 0 && !/[\s|｜丨/【[（(]/u.test(whole[offset - 1] ?? '') ? ` ${label}` : label));
  if (text === '' || /[。！？]/.test(text) || Array.from(text).length > 100) return undefined;
  // `记者 谭一诺 文/图`: the reporter wrote the text and took the photos; 图 there is no label.
  const wroteAndShot = WROTE_AND_SHOT.exec(text)?.index ?? Infinity;
  const matches = [...text.matchAll(LABEL)].filter((m) => {
    if (m.index >= wroteAndShot) return false;
    const label = m[1] ?? '';
    const separator = m[2] ?? '';
    // `文：梁静　图：许杰`: a colon after a one-character label is a credit when the line pairs 文 and 图.
    if (label.length === 1) return /^\s*[/｜|丨]/.test(separator) || (/[:：]/.test(separator) && PAIRED_TEXT_PHOTO.test(text));
    return !NEEDS_MARK.has(label) || /[:：｜|/丨]/.test(separator);
  });
  const first = matches[0];
  if (first === undefined || !LEAD_IN.test(text.slice(0, first.index))) return undefined;

  const bothRoles = wroteAndShot !== Infinity;
  const credits: Credit[] = matches.map((m, i) => {
    const label = m[1] ?? '';
    const start = m.index + m[0].length;
    const end = matches[i + 1]?.index ?? text.length;
    const field = FIELD_BY_LABEL.get(label) ?? 'unknown';
    const value = cleanValue(text.slice(start, end));
    return bothRoles && field === 'authors' ? { field: 'authors+photographers', label, value: value.replace(WROTE_AND_SHOT, '') } : { field, label, value };
  });
  // The line's date: a date label's, else the first date that no ignored label (成文日期) claims.
  const labelled = credits.find((c) => c.field === 'date' && findDate(c.value) !== undefined);
  const unclaimed = credits.filter((c) => c.field === 'ignored').reduce((rest, c) => rest.replace(c.value, ' '), text);
  const date = labelled ? findDate(labelled.value) : findDate(unclaimed);
  // `时间` and `日期` are common words; as labels they must carry a date.
  if (credits.some((c) => c.field === 'date' && findDate(c.value) === undefined)) return undefined;
  if (credits.every((c) => c.value === '' && c.field !== 'date')) return undefined;
  // `融媒记者`: the role's own prefix names no outlet.
  const outlet = OUTLET_BEFORE_ROLE.exec(line.trim().replace(/^[（(]/u, ''))?.[0]?.replace(/^(?:融媒|新闻|中心|频道|客户端)$/u, '') || undefined;
  return { credits, ...(date === undefined ? {} : { date }), ...(outlet === undefined ? {} : { outlet }) };
}

function cleanValue(value: string): string {
  // `枫林街道办事处 【字体：大 中 小】`: portal buttons often follow the last credit.
  return (
    value
      .replace(/【.*$/u, '')
      // `金川日报　第03版：城事·社区`: a paper's page is not part of its name.
      .replace(/\s*第\s*[0-9０-９一二三四五六七八九十]+\s*版.*$/u, '')
      // `来源：中国新闻网 参与互动`: a button printed after the last credit.
      .replace(/\s+(?:参与互动|分享|打印|纠错|收藏|关闭|字号|举报|发文)$/u, '')
      .replace(/^[\s:：|｜丨/]+|[\s,，;；|｜丨/【[（(）)\]】\-—_]+$/g, '')
      .trim()
  );
}

const PAIRED_TEXT_PHOTO = /^文\s*[:：].+\s图\s*[:：]/u;
const WROTE_AND_SHOT = /\s*文\s*[/／、]?\s*(?:摄|图)$/u;
const OUTLET_BEFORE_ROLE = /^[\p{Script=Han}·]{0,14}?(?:网|社|报|台|新闻|客户端|融媒|频道|中心)(?=(?:记者|通讯员)\s)/u;

// Not after a prefix of the label's own (`本版责编：`).
const GLUED_LABEL = new RegExp(`(?<!本报|本台|本网|本刊|本版|特约|见习|实习)(?:${LABEL_ALTERNATION})\\s*[:：]`, 'gu');

// A label standing alone with its colon: table layouts put the name in the next cell.
const BARE_LABEL = new RegExp(`^${PREFIX}(${LABEL_ALTERNATION})\\s*[:：]$`, 'u');

/** Whether a line is a credit label with nothing after it (`初审：`), its value being on the next line. */
export function isBareLabel(line: string): boolean {
  const label = BARE_LABEL.exec(line.trim())?.[1];
  // A counter's label (`浏览次数：`) with its number in the next cell is chrome, not a credit.
  return label !== undefined && FIELD_BY_LABEL.get(label) !== 'ignored';
}

/** The value of a credit without any date written into it (`胶东在线 2021-01-25` → `胶东在线`). */
export function valueWithoutDate(value: string): string {
  return cleanValue(withoutDate(value));
}

/**
 * Person names in a credit value: `张三、李四`, `张三 李四`, `张三/摄`. The press pads a
 * two-character name to the width of three with a space (`韩 雪`): two single characters
 * side by side are one name (`王 强 李明华` → 王强, 李明华).
 */
export function splitNames(value: string): string[] {
  return (
    valueWithoutDate(value)
      // `孙 宇 江城报道`: where the reporters filed from is not a name.
      .replace(/(?:\/?\s*(?:摄影?|报道|供图|整理))$/, '')
      .replace(/\s+\p{Script=Han}{2,6}$/u, (tail) => (/报道$/u.test(value.trim()) ? '' : tail))
      .split(/[、，,；;/]+/)
      .flatMap((group) => joinPaddedNames(group.split(/\s+/)))
      // `白石晚报记者 秦朗`: the outlet and the role before a name are not the name.
      .map((name) => name.replace(/^(?:[\p{Script=Han}·]{0,12}?(?:记者|通讯员)|本报|本台|本网|特约|见习|实习)/u, '').trim())
      // A name has no digits or colons: those are counters or dates run into the credit.
      .filter((name) => name !== '' && !/^[\p{P}\p{S}]+$/u.test(name) && !/[\d:：]/.test(name))
  );
}

const SINGLE_HAN = /^\p{Script=Han}$/u;

/** `[韩, 雪, 李明华]` → `[韩雪, 李明华]`: pairs of lone characters are padded two-character names. */
export function joinPaddedNames(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const next = tokens[i + 1];
    if (SINGLE_HAN.test(token) && next !== undefined && SINGLE_HAN.test(next)) {
      out.push(token + next);
      i++;
    } else out.push(token);
  }
  return out;
}

/**
 * The credits in a dateline's parentheses: `胶东在线1月25日讯（通讯员 刘洁）`,
 * `本报讯（通讯员王芳 记者李明）`. The dateline stays in the text; only the names are read.
 */
export function datelineCredits(paragraph: string): Credit[] {
  const m = /^[^，。“”「」]{0,24}?(?:\d{1,2}月\d{1,2}日)?(?:电|讯|消息)\s*[（(]([^）)]{2,60})[）)]/u.exec(paragraph);
  if (!m?.[1]) return [];
  // Inside a dateline a name may follow its label with no space (`记者李明`); elsewhere that
  // shape is too often a sentence (`记者节…`) to read as a credit.
  const spaced = m[1].replace(/(本报|本台|本网|特约|见习|实习)?(记者|通讯员|摄影|实习生)(?=\p{Script=Han})/gu, ' $1$2 ');
  return parseCreditLine(spaced)?.credits.filter((c) => c.field === 'authors' || c.field === 'correspondents' || c.field === 'photographers') ?? [];
}
