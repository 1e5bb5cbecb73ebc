/**
 * Finding the article in a parsed page, and the parts of a page that must go
 * before anything is read from it (code, trackers).
 */
import { DomUtils, type parseDocument } from 'htmlparser2';
import { countHan } from './han.ts';

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument['children'][number];
export type HtmlElement = ReturnType<typeof DomUtils.findAll>[number];

export function isElement(node: HtmlNode | HtmlDocument): node is HtmlElement {
  return 'attribs' in node;
}

const CODE_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'applet', 'form', 'svg', 'frame', 'frameset', 'base', 'meta', 'link']);
// Counters and pixels by file name (`pixel.gif`, `stat.php`, `1x1.png`), then analytics services by address.
const TRACKER_FILE = /(?:pixel|beacon|track(?:er|ing)?|analytics|stat(?:s|istic)?|counter|1x1|spacer|blank)\.(?:gif|png|php|aspx?)/;
const TRACKER_HOST = /google-analytics|googletagmanager|doubleclick|hm\.baidu\.com|cnzz\.com|51\.la|umeng|mp\.weixin\.qq\.com\/mp\/(?:report|jsmonitor)/;
const TRACKER_SRC = new RegExp(`${TRACKER_FILE.source}|${TRACKER_HOST.source}`, 'i');

/**
 * Removes tracking pixels and counts everything executable in the page (script,
 * iframe, event handlers, `javascript:` links) for the report; the sanitiser
 * drops the rest of it.
 */
export function removeTrackers(doc: HtmlDocument): number {
  let code = 0;
  for (const el of DomUtils.findAll(() => true, doc.children)) {
    if (CODE_TAGS.has(el.name) && el.name !== 'meta' && el.name !== 'link') code++;
    code += Object.keys(el.attribs).filter((name) => /^on/i.test(name)).length;
    if (Object.values(el.attribs).some((v) => /^\s*(?:java|vb)script\s*:/i.test(v))) code++;
    if (el.name === 'img' && isTracker(el)) {
      DomUtils.removeElement(el);
      code++;
    }
  }
  return code;
}

function isTracker(img: HtmlElement): boolean {
  const size = (name: 'width' | 'height'): number | undefined => {
    const attr = img.attribs[name] ?? new RegExp(`${name}\\s*:\\s*(\\d+)`, 'i').exec(img.attribs['style'] ?? '')?.[1];
    return attr === undefined ? undefined : Number.parseInt(attr, 10);
  };
  const w = size('width');
  const h = size('height');
  const tiny = (w !== undefined && w <= 2) || (h !== undefined && h <= 2);
  const hidden = /display\s*:\s*none|visibility\s*:\s*hidden/i.test(img.attribs['style'] ?? '');
  return tiny || hidden || TRACKER_SRC.test(img.attribs['src'] ?? img.attribs['data-src'] ?? '');
}

/**
 * The page's title: the longest `h1` that `<title>` repeats (a logo can be an `h1` too,
 * and `<title>` usually names the site as well),
 * else the first `h1`, else `<title>` without the site name (`标题_栏目_网站`).
 */
export function findTitle(doc: HtmlDocument): { text: string; element?: HtmlElement } | undefined {
  const titleTag = DomUtils.findOne((el) => el.name === 'title', doc.children);
  const pageTitle = titleTag ? DomUtils.textContent(titleTag).trim() : '';
  const first = pageTitle.split(TITLE_SEPARATOR)[0]?.trim() ?? '';
  // A site's logo may be the `h1` and the title an `h2`: the heading that is `<title>`'s first part wins.
  const exact = DomUtils.findOne((el) => /^h[1-3]$/.test(el.name) && first !== '' && squeezed(el) === first.replace(/\s+/g, ''), doc.children);
  if (exact) return { text: DomUtils.textContent(exact), element: exact };
  const h1s = DomUtils.findAll((el) => el.name === 'h1' && DomUtils.textContent(el).trim() !== '', doc.children);
  const repeated = h1s.filter((el) => pageTitle.includes(DomUtils.textContent(el).trim()));
  const h1 = maxBy(repeated, (el) => DomUtils.textContent(el).trim().length) ?? h1s[0];
  if (h1) return { text: DomUtils.textContent(h1), element: h1 };
  // A paper's table layout (`<td class="font02">`) has no heading tags: the cell that repeats a part of `<title>`
  // (`山阳晚报数字报-“积分超市”开进…`, the site's name first or last) is the title.
  const parts = pageTitle
    .split(/\s*(?:[-_|｜]|——| — )\s*/u)
    .map((p) => p.replace(/\s+/g, ''))
    .filter((p) => Array.from(p).length >= MIN_TITLE_PART);
  const cell = maxBy(
    // A cell that is one link is the edition's list of headlines, not the title.
    DomUtils.findAll((el) => TITLE_CELLS.has(el.name) && !hasBlockChild(el) && !isOneLink(el) && parts.includes(squeezed(el)), doc.children),
    (el) => squeezed(el).length,
  );
  if (cell) return { text: DomUtils.textContent(cell), element: cell };
  return first ? { text: first } : undefined;
}

function isOneLink(el: HtmlElement): boolean {
  const links = DomUtils.findAll((a) => a.name === 'a', el.children);
  return links.length === 1 && squeezed(links[0] as HtmlElement) === squeezed(el);
}

const TITLE_CELLS = new Set(['td', 'div', 'p', 'span', 'strong', 'b', 'font']);
const MIN_TITLE_PART = 4;

// `标题_栏目_网站`, `标题 - 网站`, `标题——网站`, `标题｜网站`.
const TITLE_SEPARATOR = /\s*(?:_| - | — |——|\s[|｜]\s)\s*/;
const squeezed = (el: HtmlElement): string => DomUtils.textContent(el).replace(/\s+/g, '');

const FOUNDER_HOLDERS = new Set(['table', 'td', 'div', 'article']);
const PARAGRAPH_TAGS = new Set(['p', 'section', 'div', 'td']);
const CANDIDATE_TAGS = new Set(['article', 'main', 'div', 'section', 'td', 'body']);

/**
 * The element holding the article: the `<article>` with most Chinese text, else
 * the container that most paragraph text sits directly in (a paragraph scores
 * for its parent, and half for its grandparent, so text split over many
 * `<section>`s still adds up to their common container).
 */
export function findArticleRoot(doc: HtmlDocument, title?: HtmlElement): HtmlElement | HtmlDocument {
  // A saved WeChat page names its article's container; an 编者按 box in it is the article's too.
  const wechat = DomUtils.findOne((el) => el.attribs['id'] === 'js_content', doc.children);
  if (wechat && countHan(DomUtils.textContent(wechat)) >= 20) return wechat;
  // A 方正 paper page marks its text (`<founder-content>`); the table or cell that holds it and the title
  // holds the 引题, 副题, byline and the pictures set in rows around the text as well.
  const founder = DomUtils.findOne((el) => el.name === 'founder-content', doc.children);
  const holdsTitle = (el: HtmlElement) =>
    title !== undefined ? DomUtils.existsOne((t) => t === title, el.children) : DomUtils.existsOne((t) => t.name === 'founder-title', el.children);
  const founderTable = founder && enclosing(founder, (el) => FOUNDER_HOLDERS.has(el.name) && holdsTitle(el));
  if (founderTable) return founderTable;
  const articles = DomUtils.findAll((el) => el.name === 'article', doc.children);
  const best = maxBy(articles, (el) => countHan(DomUtils.textContent(el)));
  if (best && countHan(DomUtils.textContent(best)) >= 20) return best;

  const scores = new Map<HtmlElement, number>();
  for (const p of DomUtils.findAll((el) => PARAGRAPH_TAGS.has(el.name) && !hasBlockChild(el), doc.children)) {
    const han = countHan(DomUtils.textContent(p));
    if (han < 10) continue;
    // Old portals write paragraphs as `<br>`-separated text in one cell: that cell is the article.
    if (p.children.filter((c) => isElement(c) && c.name === 'br').length >= 2) scores.set(p, (scores.get(p) ?? 0) + han * 2);
    const parent = candidateAbove(p);
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + han);
    const grand = parent && candidateAbove(parent);
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + han / 2);
  }
  const root = maxBy([...scores.keys()], (el) => scores.get(el) ?? 0);
  return root ?? DomUtils.findOne((el) => el.name === 'body', doc.children) ?? doc;
}

const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);

/** Whether an element holds block elements (so it is a container, not a paragraph). */
export function hasBlockChild(el: HtmlElement): boolean {
  return DomUtils.findOne((child) => BLOCK_TAGS.has(child.name), el.children) !== null;
}

function enclosing(el: HtmlElement, test: (el: HtmlElement) => boolean): HtmlElement | undefined {
  for (let node = el.parent; node; node = node.parent) if (isElement(node) && test(node)) return node;
  return undefined;
}

function candidateAbove(el: HtmlElement): HtmlElement | undefined {
  for (let node = el.parent; node; node = node.parent) {
    if (isElement(node) && CANDIDATE_TAGS.has(node.name)) return node;
  }
  return undefined;
}

function maxBy<T>(items: readonly T[], score: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestScore = -Infinity;
  for (const item of items) {
    const s = score(item);
    if (s > bestScore) [best, bestScore] = [item, s];
  }
  return best;
}
