/**
 * Moves what a page says about an article (title, kicker, credits, time, 三审)
 * out of the text and into front-matter fields. Nothing is guessed: a field the
 * page does not state stays absent.
 */
import { parseCreditLine, splitNames, valueWithoutDate, type Credit, type CreditLine } from './byline.ts';
import { toChinaDay } from '../china-time.ts';
import { beforeDate, findDate, isAccountDateLine, isDateLine, isPlaceLine, type FoundDate } from './dates.ts';
import { t } from '../../i18n/zh-CN.ts';
import type { SourceLine } from './lines.ts';
import { isOrganisation, isPersonName, isPublication, publicationName } from './organisation.ts';
import { findTitleLine, isTitleLike, repeatsTitle, splitTitle } from './title.ts';

export interface ArticleMeta {
  title?: string | undefined;
  kicker?: string | undefined;
  subtitle?: string | undefined;
  publishedAt?: Date | undefined;
  /** The page gave a day without a time. */
  dayOnly?: boolean | undefined;
  /** A date the page wrote that names no real day. */
  badDate?: string | undefined;
  source?: string | undefined;
  authors: string[];
  correspondents: string[];
  photographers: string[];
  editor?: string | undefined;
  review: { first?: string | undefined; second?: string | undefined; final?: string | undefined };
  /** Credits with no front-matter field (`审核：张三`), as written. */
  unknownCredits: string[];
  /** Short lines above the title (a site name, a column, or a kicker on its own line). */
  aboveTitle: string[];
  /** A short line under the title that had to be read one way or another, and how it was read. */
  assumed: Assumed[];
  /** The outlet a byline printed with its reporter's role: the 来源 if the page names none. */
  outlet?: string | undefined;
  /** Header lines dropped after their time was read (`2025-10-30 18:22山东…官方账号`): listed with the chrome. */
  dropped: string[];
}

export interface Assumed {
  line: string;
  as: 'source' | 'subtitle';
}

export interface MetaResult {
  meta: ArticleMeta;
  body: SourceLine[];
}

const AMBIGUOUS_DATE_LABELS = new Set(['时间', '日期']);

export function emptyMeta(): ArticleMeta {
  return { authors: [], correspondents: [], photographers: [], review: {}, unknownCredits: [], aboveTitle: [], assumed: [], dropped: [] };
}

/** Splits the lines into article information and body lines. */
export function extractMeta(lines: readonly SourceLine[]): MetaResult {
  const meta = emptyMeta();
  const body: SourceLine[] = [];
  const found = findTitleLine(lines, (text) => parseCreditLine(text) !== undefined || isDateLine(text) || isAccountDateLine(text));
  const titleAt = found?.title;
  let bodyStarted = false;
  let underTitle: string | undefined;
  const bylines: string[] = [];
  const titleIndex = titleAt ?? lines.findIndex((l) => l.kind === 'title');
  const kickers = found?.kickers ?? kickerAboveMarkedTitle(lines, titleIndex);
  for (const [i, line] of lines.entries()) {
    if (line.kind === 'title' || i === titleAt) {
      if (meta.title === undefined) setTitle(meta, line.text);
      continue;
    }
    // A saved paper page marks its 引题 and 副题 as headings around the title's `h1`.
    if (line.kind === 'heading' && !bodyStarted && i < titleIndex) {
      meta.aboveTitle.push(line.text);
      continue;
    }
    if (line.kind === 'heading' && !bodyStarted && i === titleIndex + 1 && meta.subtitle === undefined) {
      // A `——` line is the 副题; any other line there is as ambiguous as in a copied text (a 副题, an office).
      if (line.text.startsWith('—')) meta.subtitle = line.text.replace(/^—+\s*/, '');
      else underTitle = line.text;
      continue;
    }
    if (line.kind !== 'text') {
      bodyStarted = true;
      body.push(line);
      continue;
    }
    // `《 云州日报 》（ 2025年09月18日 第 03 版）`: a paper's digital edition cites itself under the article.
    const cited = PAPER_CITATION.exec(line.text);
    if (cited?.[1] !== undefined) {
      meta.source ??= cited[1].trim();
      applyDate(meta, findDate(cited[2] ?? ''));
      bylines.push(line.text);
      continue;
    }
    const credit = parseCreditLine(line.text);
    // In the text, `时间：2023年5月6日上午` is an event's time, not the article's.
    if (credit && !(bodyStarted && credit.credits.every((c) => AMBIGUOUS_DATE_LABELS.has(c.label)))) {
      applyCreditLine(meta, credit);
      bylines.push(line.text);
      continue;
    }
    if (!bodyStarted && isDateLine(line.text)) {
      applyDate(meta, findDate(line.text));
      continue;
    }
    // Above the title: its 引题 is named in the report; a site's menu or an account card is chrome.
    if (!bodyStarted && i < titleIndex) {
      (kickers.includes(i) ? meta.aboveTitle : meta.dropped).push(line.text);
      continue;
    }
    // Under the title, a time with the platform's words after it (`2025-10-30 18:22山东…官方账号`), or the province alone.
    if (!bodyStarted && meta.title !== undefined && (isPlaceLine(line.text) || startsWithTime(line.text) || isAccountDateLine(line.text))) {
      if (!isPlaceLine(line.text)) applyDate(meta, findDate(line.text));
      meta.dropped.push(line.text);
      continue;
    }
    if (!bodyStarted && meta.title !== undefined && repeatsTitle(line.text, meta.title)) continue;
    if (!bodyStarted && meta.title !== undefined && meta.subtitle === undefined && /^—/.test(line.text)) {
      meta.subtitle = line.text.replace(/^—+\s*/, '');
      continue;
    }
    if (!bodyStarted && meta.title !== undefined && underTitle === undefined && isUnderTitleLine(line.text)) {
      underTitle = line.text;
      continue;
    }
    bodyStarted = true;
    body.push(line);
  }
  if (underTitle !== undefined) readUnderTitle(meta, underTitle);
  if (meta.publishedAt === undefined) takeClosingDate(meta, body);
  meta.source ??= mastheadSource(meta, body, bylines) ?? meta.outlet;
  delete meta.outlet;
  return { meta, body };
}

/** A saved page whose title sits in the article (`<founder-title>`): the short row right above it is its 引题. */
function kickerAboveMarkedTitle(lines: readonly SourceLine[], titleIndex: number): number[] {
  const above = lines[titleIndex - 1];
  if (titleIndex < 1 || above?.kind !== 'text') return [];
  const text = above.text;
  const kicker = isTitleLike(text) && Array.from(text).length <= MAX_UNDER_TITLE && !isPublication(text) && !isOrganisation(text) && !isDateLine(text);
  return kicker && parseCreditLine(text) === undefined ? [titleIndex - 1] : [];
}

// How near the end a signing-off date (落款) stands: after the office that signs it.
const CLOSING_LINES = 3;

/**
 * A page that dates itself only where it signs off (an H5 page's last screen, a
 * notice's 落款: `竹园社区\n2025年8月22日`): that date alone on one of the last lines.
 */
function takeClosingDate(meta: ArticleMeta, body: SourceLine[]): void {
  for (let i = body.length - 1; i >= Math.max(0, body.length - CLOSING_LINES); i--) {
    const line = body[i];
    if (line?.kind === 'text' && isDateLine(line.text)) {
      applyDate(meta, findDate(line.text));
      body.splice(i, 1);
      return;
    }
  }
}

// A header line that starts with a time and says nothing else worth keeping.
const MAX_TIME_LINE = 48;

function startsWithTime(text: string): boolean {
  const found = findDate(text);
  return found?.index === 0 && !found.dayOnly && Array.from(text).length <= MAX_TIME_LINE && !/[。！？，]/u.test(text);
}

/**
 * `本报讯`, `本报记者`: the paper itself is the 来源, and its masthead above the title
 * names it (`江城日报数字报` → `江城日报`).
 */
function mastheadSource(meta: ArticleMeta, body: readonly SourceLine[], bylines: readonly string[]): string | undefined {
  const opening = [...bylines, ...body.slice(0, DATELINE_LINES).map((l) => l.text)];
  const masthead = [...meta.dropped, ...meta.aboveTitle].find(isPublication);
  if (masthead === undefined) return undefined;
  // `晚报记者 邵琳` under `青川晚报数字报`: the paper's short name for itself.
  const ownOutlet = meta.outlet !== undefined && publicationName(masthead).endsWith(meta.outlet);
  return opening.some((text) => OWN_PAPER.test(text)) || ownOutlet ? publicationName(masthead) : undefined;
}

const PAPER_CITATION = /^《\s*([^》]{2,20}?)\s*》\s*[（(]\s*(\d{4}\s*年[^）)]*?)\s*第?\s*[A-Z]?\d+\s*版\s*[）)]$/u;

const OWN_PAPER = /本报(?:讯|记者|通讯员)/u;

// How far into the text a dateline (`本报讯…`) may stand.
const DATELINE_LINES = 3;

const MAX_UNDER_TITLE = 32;

/** A short line that is not a sentence, a numbered heading or a quote: an account, an office or a subtitle. */
function isUnderTitleLine(text: string): boolean {
  const length = Array.from(text).length;
  return length >= 2 && length <= MAX_UNDER_TITLE && !/[。！？，；：:,;!?]/u.test(text) && !/^[一二三四五六七八九十\d]+[、.．]/u.test(text);
}

/**
 * The short line right under the title is the one the page leaves ambiguous: an
 * office or an account is the 来源 when the page names none; anything else is read
 * as the subtitle. The report says which, and the editor's fix is one line.
 */
function readUnderTitle(meta: ArticleMeta, line: string): void {
  if (isOrganisation(line) || isPublication(line)) {
    // The account's name where the page names its 来源 elsewhere: not filed, but said.
    if (meta.source !== undefined) meta.unknownCredits.push(line);
    else {
      meta.source = line;
      meta.assumed.push({ line, as: 'source' });
    }
  } else if (meta.subtitle === undefined) {
    meta.subtitle = line;
    meta.assumed.push({ line, as: 'subtitle' });
  }
}

/** Adds the names a dateline's parentheses give (`（通讯员 刘洁）`). */
export function applyCredits(meta: ArticleMeta, credits: readonly Credit[]): void {
  for (const credit of credits) applyCredit(meta, credit);
}

/** Adds the photographers the captions credit (`图为…。人民网 韩雪摄`). */
export function addPhotographers(meta: ArticleMeta, names: readonly string[]): void {
  for (const value of names) applyCredit(meta, { field: 'photographers', label: '摄', value });
}

const sameChinaDay = (a: Date, b: Date): boolean => toChinaDay(a) === toChinaDay(b);

function setTitle(meta: ArticleMeta, raw: string): void {
  const { title, kicker } = splitTitle(raw);
  if (title === '') return;
  meta.title = title;
  if (kicker !== undefined) meta.kicker = kicker;
}

function applyCreditLine(meta: ArticleMeta, line: CreditLine): void {
  for (const credit of line.credits) applyCredit(meta, credit);
  meta.outlet ??= line.outlet;
  applyDate(meta, line.date);
}

function applyCredit(meta: ArticleMeta, { field, label, value }: Credit): void {
  const names = () => splitNames(value);
  const joined = () => names().join(t('import.field.separator')) || undefined;
  switch (field) {
    case 'source':
      meta.source ??= valueWithoutDate(value) || undefined;
      break;
    case 'date':
      applyDate(meta, findDate(value));
      break;
    case 'authors+photographers':
      applyCredit(meta, { field: 'authors', label, value });
      applyCredit(meta, { field: 'photographers', label, value });
      break;
    case 'authors':
    case 'correspondents':
    case 'photographers': {
      // `文｜白石晚报记者 秦朗`: the outlet printed with the role.
      meta.outlet ??= /^[\p{Script=Han}·]{1,14}?(?:网|社|报|台|新闻|客户端|融媒|频道|中心)(?=记者|通讯员)/u.exec(value.trim())?.[0];
      // `图片：柳岸社区`, `作者：管理员`: an office or a placeholder is no person's byline; the report quotes it.
      const offices = names().filter((name) => !isPersonName(name));
      for (const name of names().filter(isPersonName)) if (!meta[field].includes(name)) meta[field].push(name);
      if (offices.length > 0) meta.unknownCredits.push(`${label}：${offices.join(t('import.field.separator'))}`);
      break;
    }
    case 'editor': {
      // `编辑：唐琪 责编：秦朗`: a page may name two editors under two labels; the same name twice is one.
      const names = [...(meta.editor?.split(t('import.field.separator')) ?? []), ...(joined()?.split(t('import.field.separator')) ?? [])];
      meta.editor = [...new Set(names)].join(t('import.field.separator')) || undefined;
      break;
    }
    case 'review.first':
      meta.review.first ??= joined();
      break;
    case 'review.second':
      meta.review.second ??= joined();
      break;
    case 'review.final':
      meta.review.final ??= joined();
      break;
    case 'unknown': {
      // What a 原创 line prints after its time is the writer's province, not a credit.
      const shown = label === '原创' ? valueWithoutDate(beforeDate(value)) : valueWithoutDate(value);
      if (shown !== '') meta.unknownCredits.push(`${label}：${shown}`);
      break;
    }
    case 'ignored':
      break;
  }
}

function applyDate(meta: ArticleMeta, found: FoundDate | undefined): void {
  if (found === undefined) return;
  // A catalogue row gives the day, the line under the title the same day with its time: the time is kept.
  const sameDayWithTime =
    meta.dayOnly === true && !found.dayOnly && found.date !== null && meta.publishedAt !== undefined && sameChinaDay(meta.publishedAt, found.date);
  if (meta.publishedAt !== undefined && !sameDayWithTime) return;
  if (found.date === null) {
    meta.badDate ??= found.text;
    return;
  }
  meta.publishedAt = found.date;
  meta.dayOnly = found.dayOnly;
}
