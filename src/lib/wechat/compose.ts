/**
 * An article as the 公众号 editor takes it: one block of HTML with inline styles only.
 * Kicker, subtitle, 来源 and China-time date at the top (the title goes in the editor's
 * own title field); the body from the site's page, its photos by their public `https`
 * address, ▲ captions centred under them, lists written out as numbered or bulleted
 * paragraphs (the editor renumbers and restyles lists), tables with their borders;
 * links as numbered footnotes (引用链接: the 公众号 allows no links out of WeChat); at
 * the foot the credits, the 三审 line, the community and the site's address (原文链接).
 */
import { parseDocument } from 'htmlparser2';
import * as DomUtils from 'domutils';
import { Text, type AnyNode, type Document, type Element } from 'domhandler';
import juice from 'juice';
import { formatChinaDateTime } from '../china-time.ts';
import { creditLines, type CreditFields } from '../site/credits.ts';
import { escapeXml } from '../feeds/xml.ts';
import { t } from '../../i18n/zh-CN.ts';
import { WECHAT_THEME_CSS } from './theme.ts';

export interface WechatArticle {
  kicker?: string | undefined;
  title: string;
  subtitle?: string | undefined;
  source?: string | undefined;
  publishedAt: Date;
  credits: CreditFields;
  review: { first?: string | undefined; second?: string | undefined; final?: string | undefined } | undefined;
  community?: string | undefined;
  /** The article's full address on the site: 原文链接, and what 阅读原文 should be set to. */
  url: string;
}

/** Where a link in the body goes: its full address, or why it cannot be offered (an unpublished article). */
export type LinkTarget = { url: string } | { problem: string };

export interface WechatBody {
  /** The article body as the site's page renders it (the `.prose` block). */
  html: string;
  /** The public `https` address of each body photo, in order. */
  photos: readonly string[];
  resolveLink: (href: string) => LinkTarget;
}

export interface Footnote {
  n: number;
  text: string;
  url: string;
}

export interface WechatCopy {
  html: string;
  /** The same article as plain text (the clipboard's fallback). */
  text: string;
  footnotes: Footnote[];
  problems: string[];
}

// Links the 公众号 keeps as links: its own articles.
const WECHAT_ARTICLE = /^https:\/\/mp\.weixin\.qq\.com\//;
const BLOCKS = new Set(['p', 'section', 'div', 'table', 'blockquote', 'ol', 'ul', 'h2', 'h3', 'h4']);
const DROPPED = new Set(['script', 'style', 'button', 'noscript', 'template', 'iframe', 'form', 'input', 'source']);

export function composeWechat(article: WechatArticle, body: WechatBody): WechatCopy {
  const problems: string[] = [];
  const footnotes: Footnote[] = [];
  const doc = parseDocument(body.html);
  for (const el of DomUtils.findAll((e) => DROPPED.has(e.name) || e.attribs['hidden'] !== undefined, doc.children)) DomUtils.removeElement(el);
  if (DomUtils.findOne((e) => hasClass(e, 'missing-image'), doc.children)) problems.push(t('wechat.problem.missingImage'));
  placePhotos(doc, body.photos, problems);
  writeOutLists(doc);
  footnoteLinks(doc, body.resolveLink, footnotes, problems);
  for (const el of DomUtils.findAll((e) => e.name === 'figcaption', doc.children)) setTag(el, 'p', 'caption');
  for (const el of DomUtils.findAll((e) => e.name === 'figure', doc.children)) DomUtils.replaceElement(el, fragment(el.children));
  for (const el of DomUtils.findAll((e) => e.name === 'aside' || (e.name === 'div' && hasClass(e, 'notice')), doc.children)) setTag(el, 'section', 'notice');
  unwrapFragments(doc);

  const head = [
    article.kicker && `<p class="kicker">${escapeXml(article.kicker)}</p>`,
    article.subtitle && `<p class="subtitle">——${escapeXml(article.subtitle)}</p>`,
    `<p class="meta">${escapeXml(metaLine(article))}</p>`,
  ];
  const foot = footLines(article).map((line) => `<p>${escapeXml(line)}</p>`);
  const refs =
    footnotes.length === 0
      ? ''
      : `<section class="refs"><p class="refs-title">${escapeXml(t('wechat.refs'))}</p>${footnotes
          .map((f) => `<p>${escapeXml(t('wechat.ref', { n: f.n, text: f.text, url: f.url }))}</p>`)
          .join('')}</section>`;
  const main = DomUtils.getOuterHTML(doc.children, { encodeEntities: 'utf8' });
  const page = `<section class="wx">${head.filter(Boolean).join('')}${main}${refs}<section class="foot">${foot.join('')}</section></section>`;
  const inlined = juice(`<style>${WECHAT_THEME_CSS}</style>${page}`, {
    removeStyleTags: true,
    preserveImportant: false,
    applyWidthAttributes: false,
    applyHeightAttributes: false,
  });
  const html = withoutClassesAndIds(inlined).trim();
  return { html, text: plainText(html), footnotes, problems };
}

/** `来源：鹿苑街道　2025年11月3日 18:20`: the line under the title. */
export function metaLine(article: Pick<WechatArticle, 'source' | 'publishedAt'>): string {
  const time = formatChinaDateTime(article.publishedAt);
  return article.source ? `${t('article.source', { source: article.source })}　${time}` : time;
}

/** The foot as offices print it: the credits, the community, the address on the site, and the 三审 line last. */
export function footLines(article: WechatArticle): string[] {
  const review = article.review;
  return [
    ...creditLines(article.credits).map((c) => `${c.label}${c.names}`),
    ...(article.community ? [t('wechat.community', { name: article.community })] : []),
    t('wechat.sourceLink', { url: article.url }),
    ...(review ? [t('article.review', { first: review.first ?? '—', second: review.second ?? '—', final: review.final ?? '—' })] : []),
  ];
}

/**
 * Each of the article's own `<img>` takes its public address, in order, and stands in its own
 * centred paragraph (`p.photo`); text around it in the same paragraph stays, before and after.
 * A photo from another site keeps its address (the 公众号 fetches https only).
 */
function placePhotos(doc: Document, photos: readonly string[], problems: string[]): void {
  const all = DomUtils.findAll((e) => e.name === 'img', doc.children);
  const own = all.filter((img) => !/^https?:\/\//.test(img.attribs['src'] ?? ''));
  if (own.length !== photos.length) problems.push(t('wechat.problem.photoCount', { page: own.length, article: photos.length }));
  for (const img of all) {
    const i = own.indexOf(img);
    const src = i === -1 ? (img.attribs['src'] ?? '') : (photos[i] ?? '');
    if (i === -1 && !src.startsWith('https://')) problems.push(t('wechat.problem.httpPhoto', { src }));
    img.attribs = { src, alt: img.attribs['alt'] ?? '' };
    const wrapper = element('p', 'photo', []);
    const parent = img.parent;
    if (parent && isElement(parent as AnyNode) && ['p', 'picture'].includes((parent as Element).name)) {
      // Split the paragraph at the photo: what came before stays above it, what came after goes below.
      const holder = parent as Element;
      const after = holder.children.slice(holder.children.indexOf(img) + 1);
      DomUtils.removeElement(img);
      DomUtils.appendChild(wrapper, img);
      DomUtils.append(holder, wrapper);
      if (after.length > 0) DomUtils.append(wrapper, element('p', '', after));
      if (DomUtils.textContent(holder).trim() === '' && !DomUtils.findOne((e) => e.name === 'img', holder.children)) DomUtils.removeElement(holder);
      continue;
    }
    DomUtils.replaceElement(img, wrapper);
    DomUtils.appendChild(wrapper, img);
  }
}

/** `<ol>`/`<ul>` → one paragraph per item, its number or bullet written in (nested lists indent by their depth). */
function writeOutLists(doc: Document): void {
  const lists = DomUtils.findAll((e) => e.name === 'ol' || e.name === 'ul', doc.children);
  // Innermost first (they come later in document order), so an outer item keeps its sub-items as paragraphs after it.
  for (const list of lists.reverse()) {
    const start = Number(list.attribs['start'] ?? 1);
    const depth = ancestors(list).filter((a) => a.name === 'li').length;
    const indent = '　'.repeat(depth);
    const items = list.children.filter((c): c is Element => isElement(c) && c.name === 'li');
    const paragraphs = items.flatMap((li, i) => {
      const mark = list.name === 'ol' ? `${start + i}. ` : '• ';
      // A loose item's text is in a `<p>`; a tight one's is inline; a sub-list follows as its own paragraphs.
      const isBlock = (c: AnyNode) => isElement(c) && BLOCKS.has(c.name);
      const inline = li.children.filter((c) => !isBlock(c));
      const blocks = li.children.filter(isBlock);
      const lead = inline.some((c) => DomUtils.textContent(c).trim() !== '')
        ? inline
        : blocks[0]?.type === 'tag' && blocks[0].name === 'p'
          ? (blocks.shift() as Element).children
          : [];
      return [element('p', 'item', [new Text(`${indent}${mark}`), ...lead]), ...blocks];
    });
    DomUtils.replaceElement(list, fragment(paragraphs));
  }
}

function footnoteLinks(doc: Document, resolve: (href: string) => LinkTarget, footnotes: Footnote[], problems: string[]): void {
  for (const a of DomUtils.findAll((e) => e.name === 'a', doc.children)) {
    const href = a.attribs['href'] ?? '';
    const text = DomUtils.textContent(a).trim();
    if (href === '' || href.startsWith('#')) {
      DomUtils.replaceElement(a, fragment(a.children));
      continue;
    }
    // A phone number or an address to write to: its text, kept on one line, not a footnote.
    if (/^(?:tel|mailto):/i.test(href)) {
      DomUtils.replaceElement(a, element('span', 'nowrap', [...a.children]));
      continue;
    }
    if (WECHAT_ARTICLE.test(href)) {
      a.attribs = { href };
      continue;
    }
    const target = resolve(href);
    if ('problem' in target) {
      problems.push(target.problem);
      DomUtils.replaceElement(a, fragment(a.children));
      continue;
    }
    const known = footnotes.find((f) => f.url === target.url);
    const n = known?.n ?? footnotes.length + 1;
    if (!known) footnotes.push({ n, text: text || target.url, url: target.url });
    DomUtils.replaceElement(a, fragment([...a.children, element('sup', 'ref', [new Text(`[${n}]`)])]));
  }
}

/** The copy as plain text: one line per block, for the clipboard's `text/plain`. */
export function plainText(html: string): string {
  const doc = parseDocument(html.replace(/<\/(?:p|h[1-6]|section|tr|li)>/g, '$&\n').replace(/<br\s*\/?>/g, '\n'));
  return DomUtils.textContent(doc)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n\n');
}

function withoutClassesAndIds(html: string): string {
  const doc = parseDocument(html);
  for (const el of DomUtils.findAll(() => true, doc.children)) {
    delete el.attribs['class'];
    delete el.attribs['id'];
  }
  // `utf8`: Chinese stays readable, `<>&"` in the text stay escaped.
  return DomUtils.getOuterHTML(doc.children, { encodeEntities: 'utf8' });
}

const isElement = (node: AnyNode): node is Element => node.type === 'tag';
export const hasClass = (el: Element, name: string): boolean => (el.attribs['class'] ?? '').split(/\s+/).includes(name);

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let p = el.parent; p; p = p.parent) if (isElement(p as AnyNode)) out.push(p as Element);
  return out;
}

function setTag(el: Element, name: string, className: string): void {
  el.name = name;
  el.attribs = { class: className };
}

function element(name: string, className: string, children: AnyNode[]): Element {
  const el = parseDocument(`<${name} class="${className}"></${name}>`).children[0] as Element;
  for (const child of children) DomUtils.appendChild(el, child);
  return el;
}

/** Several nodes standing where one was: held in a marked section until `unwrapFragments` lets them out. */
function fragment(nodes: readonly AnyNode[]): Element {
  const holder = element('section', FRAGMENT, []);
  for (const node of [...nodes]) DomUtils.appendChild(holder, node);
  return holder;
}

const FRAGMENT = 'wx-fragment';

function unwrapFragments(doc: Document): void {
  for (const holder of DomUtils.findAll((e) => hasClass(e, FRAGMENT), doc.children).reverse()) {
    for (const child of [...holder.children]) DomUtils.prepend(holder, child);
    DomUtils.removeElement(holder);
  }
}
