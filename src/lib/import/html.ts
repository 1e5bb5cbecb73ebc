/**
 * HTML input: parsed with a real parser (htmlparser2), the article found, then
 * sanitised with a strict allow-list (sanitize-html) down to text structure:
 * paragraphs, headings, list items and image alt text. No markup survives, so
 * no script, handler, style or link can reach the Markdown.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';
import { parseCreditLine } from './byline.ts';
import { isPublication } from './organisation.ts';
import { isDateLine } from './dates.ts';
import { findArticleRoot, findTitle, hasBlockChild, isElement, removeTrackers, type HtmlDocument, type HtmlElement, type HtmlNode } from './html-article.ts';
import type { SourceLine } from './lines.ts';

export interface HtmlResult {
  lines: SourceLine[];
  /** Executable or tracking things removed. */
  code: number;
  /** Lines of page text outside the article (menus, footers) left out. */
  chrome: number;
  /** Those lines, as written. */
  chromeLines: string[];
}

const TAG = /<\/?(?:html|head|body|p|div|br|span|section|article|h[1-6]|img|table|td|li|ul|script|iframe|a|meta|title)\b[^>]*>/gi;

/** Whether text is an HTML page (or a fragment of one) rather than copied text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html|<\?xml)/i.test(text) || (text.match(TAG)?.length ?? 0) >= 3;
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'div',
    'section',
    'article',
    'header',
    'blockquote',
    'br',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'img',
    'table',
    'tbody',
    'tr',
    'td',
    'th',
    'span',
    'strong',
    'b',
    'em',
    'i',
    'a',
    'font',
    'u',
  ],
  // Sizes and type tell a photo from a divider strip or an animated banner; the output keeps none of them.
  allowedAttributes: { img: ['src', 'alt', 'title', 'width', 'height', 'data-ratio', 'data-w', 'data-type'] },
  allowedSchemes: ['http', 'https'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'iframe',
    'object',
    'embed',
    'svg',
    'template',
    'head',
    'title',
    'button',
    'select',
    'form',
    'nav',
    'footer',
    'aside',
  ],
  // WeChat pages load pictures lazily from `data-src`.
  transformTags: { img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, src: attribs['src'] || attribs['data-src'] || '' } }) },
};

const BREAKS = new Set(['p', 'div', 'section', 'article', 'header', 'blockquote', 'br', 'ul', 'ol', 'table', 'tr', 'td', 'th']);

export function htmlToLines(html: string): HtmlResult {
  const doc = parseDocument(html);
  const code = removeTrackers(doc);
  const title = findTitle(doc);
  const root = findArticleRoot(doc, title?.element);
  // A title inside the article stays where it is, so a 引题 above it and a 副题 under it keep their places.
  const inPlace = title?.element !== undefined && title.element !== root && isInside(title.element, root);
  // Out of the article, a paper prints its 引题 and 副题 as headings right above and below the title.
  const around = title?.element && !inPlace ? headingsAround(title.element) : { above: undefined, below: undefined };
  if (title?.element) {
    const mark = parseDocument(`<h1>${TITLE_MARK}</h1>`).children[0];
    if (inPlace && mark) DomUtils.replaceElement(title.element, mark);
    else DomUtils.removeElement(title.element);
  }
  for (const el of [around.above, around.below]) if (el) DomUtils.removeElement(el);
  const outside = creditsOutside(doc, root);
  const clean = parseDocument(sanitizeHtml(DomUtils.getOuterHTML(root), SANITIZE));
  const lines: SourceLine[] = [];
  const titleLine: SourceLine | undefined = title ? { kind: 'title', text: squeeze(title.text) } : undefined;
  // `山阳晚报数字报-“积分超市”…`: the site's name in `<title>`, as a line above the title (a paper's masthead names the 来源).
  const site = siteName(doc, title?.text ?? '');
  if (site !== undefined) lines.push({ kind: 'text', text: site });
  const headingLine = (el: HtmlElement | undefined): SourceLine[] => (el ? [{ kind: 'heading', text: squeeze(DomUtils.textContent(el)) }] : []);
  if (titleLine && !inPlace) lines.push(...headingLine(around.above), titleLine, ...headingLine(around.below));
  const body = articleLines(clean).map((line) => (titleLine && line.text === TITLE_MARK ? titleLine : line));
  lines.push(...wechatPublishTime(doc, outside.before), ...outside.before, ...body, ...outside.after);
  return { lines: lines.filter((l) => l.text !== '' || l.kind === 'image'), code, chrome: outside.chrome.length, chromeLines: outside.chrome };
}

// Stands in for the title's text while the article is walked (a private-use character no page prints).
const TITLE_MARK = '\uE000';

/**
 * The 引题 and 副题 beside a title out of the article: headings, or in a table layout the
 * rows above and below the title's row when they hold a short line and nothing else.
 */
function headingsAround(title: HtmlElement): { above: HtmlElement | undefined; below: HtmlElement | undefined } {
  // `<tr><td>title</td></tr>`: the title's own row is what has neighbours.
  let row: HtmlElement = title;
  while (row.parent && isElement(row.parent) && row.parent.children.filter(isElement).length === 1 && ['td', 'tr'].includes(row.parent.name)) row = row.parent;
  const isLine = (node: HtmlElement | null, side: 'above' | 'below'): node is HtmlElement => {
    if (node === null) return false;
    const text = squeeze(DomUtils.textContent(node));
    if (/^h[2-6]$/.test(node.name)) return text !== '';
    const short =
      text !== '' && Array.from(text).length <= MAX_SIDE_LINE && !/[。！？，]/u.test(text) && parseCreditLine(text) === undefined && !isDateLine(text);
    // Portals name the blocks (`detail-yt`, `subtitle`); a `——` line under the title is its subtitle whatever it is called.
    const named = (side === 'above' ? KICKER_CLASS : SUBTITLE_CLASS).test(node.attribs['class'] ?? '');
    return short && (node.name === 'tr' || named || (side === 'below' && text.startsWith('—')));
  };
  const previous = DomUtils.prevElementSibling(row);
  const next = DomUtils.nextElementSibling(row);
  return { above: isLine(previous, 'above') ? previous : undefined, below: isLine(next, 'below') ? next : undefined };
}

const KICKER_CLASS = /(?:^|[\s_-])(?:yt|yinti|kicker|pretitle|pre-title|lead-title)(?:$|[\s_-])/iu;
const SUBTITLE_CLASS = /(?:^|[\s_-])(?:ft|futi|subtitle|sub-title|subhead)(?:$|[\s_-])/iu;
const MAX_SIDE_LINE = 40;

// Height over width below this is a divider line, not a photo.
const DIVIDER_RATIO = 0.25;

/** Animated GIFs (`点击蓝字关注` banners) and divider strips: layout, not the article's photos. */
function isOrnament(img: HtmlElement): boolean {
  const src = img.attribs['src'] ?? '';
  if (/\.gif(?:$|\?)|wx_fmt=gif|sz_mmbiz_gif/i.test(src) || img.attribs['data-type'] === 'gif') return true;
  const ratio = Number(img.attribs['data-ratio'] ?? NaN);
  const width = Number(img.attribs['width'] ?? img.attribs['data-w'] ?? NaN);
  const height = Number(img.attribs['height'] ?? NaN);
  return ratio < DIVIDER_RATIO || height / width < DIVIDER_RATIO;
}

/**
 * A saved WeChat page prints its time in `#publish_time`, in one row with the writer and
 * the account (`桂园社区 江北桂园 2025-10-30`), which reads as no credit line: the time alone is.
 */
function wechatPublishTime(doc: HtmlDocument, before: readonly SourceLine[]): SourceLine[] {
  const el = DomUtils.findOne((e) => e.attribs['id'] === 'publish_time', doc.children);
  // A 方正 paper page keeps the article's properties in a comment: `<!--enpproperty …<date>2025-11-14</date>…-->`.
  const enp = DomUtils.filter((node) => node.type === 'comment' && 'data' in node && /^\s*enpproperty/u.test(String(node.data)), doc.children, true, 1)[0];
  const enpDate = enp && 'data' in enp ? (/<date>([^<]+)<\/date>/u.exec(String(enp.data))?.[1] ?? '') : '';
  const text = el ? squeeze(DomUtils.textContent(el)) : enpDate.trim();
  return isDateLine(text) && !before.some((line) => line.text.includes(text)) ? [{ kind: 'text', text }] : [];
}

function siteName(doc: HtmlDocument, title: string): string | undefined {
  const tag = DomUtils.findOne((el) => el.name === 'title', doc.children);
  const parts = (tag ? DomUtils.textContent(tag) : '').split(/\s*(?:[-_|｜]|——| — )\s*/u).map((p) => p.trim());
  return parts.find((part) => part !== '' && part.replace(/\s+/g, '') !== title.replace(/\s+/g, '') && isPublication(part));
}

function isInside(node: HtmlNode, root: HtmlElement | HtmlDocument): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === root) return true;
  return false;
}

/** Credit lines (来源, 发布时间, 责任编辑 …) that portals print around the article rather than in it. */
function creditsOutside(doc: HtmlDocument, root: HtmlElement | HtmlDocument) {
  const before: SourceLine[] = [];
  const after: SourceLine[] = [];
  const chrome: string[] = [];
  let seenRoot = false;
  const visit = (node: HtmlNode): void => {
    if (node === root) {
      seenRoot = true;
      return;
    }
    if (!isElement(node) || ['script', 'style', 'head', 'noscript', 'template'].includes(node.name)) return;
    const text = node.name === 'tr' ? rowText(node) : squeeze(DomUtils.textContent(node));
    // A table row can be one credit split over cells (`<td>初审：</td><td>张伟</td>`).
    const creditRow = node.name === 'tr' && parseCreditLine(text) !== undefined;
    if (!creditRow && (!BREAKS.has(node.name) || hasBlockChild(node))) {
      node.children.forEach(visit);
      return;
    }
    if (text === '') return;
    if (parseCreditLine(text) || isDateLine(text)) (seenRoot ? after : before).push({ kind: 'text', text });
    else chrome.push(text);
  };
  if (root !== doc) doc.children.forEach(visit);
  return { before, after, chrome };
}

/** A table row's text with its cells kept apart, so one cell's label never runs into the next. */
function rowText(row: HtmlElement): string {
  return squeeze(row.children.map((cell) => DomUtils.textContent(cell)).join(' '));
}

/** Walks sanitised HTML into lines, one per block. */
function articleLines(doc: HtmlDocument): SourceLine[] {
  const lines: SourceLine[] = [];
  let buffer = '';
  const flush = (kind: SourceLine['kind'] = 'text') => {
    const text = squeeze(buffer);
    if (text !== '') lines.push({ kind, text });
    buffer = '';
  };
  const walk = (node: HtmlNode): void => {
    if (!isElement(node)) {
      if (node.type === 'text' && 'data' in node) buffer += node.data;
      return;
    }
    const name = node.name;
    if (name === 'img') {
      flush();
      if (isOrnament(node)) return;
      const caption = squeeze(node.attribs['alt'] || node.attribs['title'] || '');
      lines.push({ kind: 'image', text: caption, src: node.attribs['src'] || undefined });
      return;
    }
    if (/^h[1-6]$/.test(name) || name === 'li') {
      flush();
      node.children.forEach(walk);
      flush(name === 'li' ? 'item' : 'heading');
      return;
    }
    if (BREAKS.has(name)) flush();
    node.children.forEach(walk);
    if (BREAKS.has(name)) flush();
  };
  doc.children.forEach(walk);
  flush();
  return markSubheadings(lines, doc);
}

/** `h3` and below are sub-sections; the walker only knows "heading", so mark them afterwards in order. */
function markSubheadings(lines: SourceLine[], doc: HtmlDocument): SourceLine[] {
  const levels = DomUtils.findAll((el) => /^h[1-6]$/.test(el.name) && squeeze(DomUtils.textContent(el)) !== '', doc.children).map((el) => Number(el.name[1]));
  let i = 0;
  return lines.map((line) => (line.kind === 'heading' ? { ...line, sub: (levels[i++] ?? 2) >= 3 } : line));
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
