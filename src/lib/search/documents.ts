/**
 * What goes into the search index: published articles, honor entries and
 * community profiles, never navigation, footers or lists. Each document is a
 * small HTML page for Pagefind with its text pre-segmented, its display fields
 * as meta, its filters and its sort key.
 */
import { chinaYear, formatChinaDate } from '../china-time.ts';
import type { SiteModel } from '../site/model.ts';
import { markdownToPlainText } from '../text/summary.ts';
import { communityUrl } from '../site/urls.ts';
import { escapeXml } from '../feeds/xml.ts';
import { BLOCK_END, charToken, FIELDS_MARK, segmentForIndex } from './text.ts';
/** Pagefind's weight for the title (its default for `<h1>` is 7) and for the trailing fields (the body's is 1). */
const TITLE_WEIGHT = 7;
const FIELDS_WEIGHT = 0.5;

/**
 * What Pagefind cannot find by word prefix but readers type: each Chinese
 * character that does not start a word (`梯` of `电梯`, `兰` of `张桂兰`, as
 * its `charToken`), and the last four or more digits of a long number
 * (`1234` of `88881234`).
 */
export function findableParts(texts: readonly string[]): string[] {
  const starts = new Set<string>();
  const inside = new Set<string>();
  const digits = new Set<string>();
  for (const text of texts) {
    for (const word of segmentForIndex(text).split(' ')) {
      const chars = [...word];
      if (chars[0]) starts.add(chars[0]);
      for (const ch of chars.slice(1)) if (/\p{Script=Han}/u.test(ch)) inside.add(ch);
      for (const run of word.match(/\d{7,}/g) ?? []) for (let i = 1; i <= run.length - 4; i++) digits.add(run.slice(i));
    }
  }
  return [
    ...[...inside]
      .filter((ch) => !starts.has(ch))
      .sort()
      .map(charToken),
    ...[...digits].sort(),
  ];
}

export type SearchType = 'news' | 'honor' | 'community';

export interface SearchDocument {
  url: string;
  type: SearchType;
  title: string;
  /** The text readers see in excerpts: paragraphs and headings, in order (segmented when turned into HTML). */
  body: string[];
  /** Also found by search, never shown in excerpts: kicker, subtitle, summary, source, bylines, district. */
  fields: string[];
  /** Shown in results. */
  date?: string | undefined;
  community?: string | undefined;
  topics?: string[] | undefined;
  year?: number | undefined;
  /** Seconds since the epoch, for sorting by date. */
  sortDate: number;
}

export interface SearchLabels {
  type: Record<SearchType, string>;
  category: (id: string) => string;
  honorTitle: (name: string, year: number, category: string) => string;
  phone: string;
  noPhone: string;
}

// A heading, quote or list line starts a block of its own (Markdown lets a heading run straight into a paragraph).
const BLOCK_START = /^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/;

/** The plain-text blocks of a Markdown body: paragraphs, headings, quotes and list items, without their marks. */
export function plainBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  for (const chunk of markdown.split(/\r?\n\s*\r?\n/)) {
    let current: string[] = [];
    const flush = () => {
      const text = markdownToPlainText(current.join('\n'));
      if (text) blocks.push(text);
      current = [];
    };
    for (const line of chunk.split(/\r?\n/)) {
      if (BLOCK_START.test(line)) flush();
      current.push(line.replace(BLOCK_START, ''));
      if (/^\s{0,3}#{1,6}\s/.test(line)) flush();
    }
    flush();
  }
  return blocks;
}

const present = (values: readonly (string | undefined)[]): string[] => values.filter((v): v is string => Boolean(v));

/** The documents to index: every article, honor entry and community profile the site shows. */
export function searchDocuments(model: SiteModel, labels: SearchLabels): SearchDocument[] {
  const news = model.news.flatMap((n): SearchDocument[] => {
    const date = n.publishedAt;
    if (!date) return [];
    return [
      {
        url: n.url,
        type: 'news',
        title: n.title,
        body: plainBlocks(n.markdown),
        fields: present([n.kicker, n.subtitle, n.editorSummary, n.source, ...(n.credits.authors ?? []), ...(n.credits.correspondents ?? [])]),
        date: formatChinaDate(date),
        community: n.community?.name,
        topics: n.topics.map((tp) => tp.name),
        year: chinaYear(date),
        sortDate: Math.floor(date.getTime() / 1000),
      },
    ];
  });
  const honors = model.honors.map((h): SearchDocument => {
    const category = labels.category(h.category);
    return {
      url: h.url,
      type: 'honor',
      title: labels.honorTitle(h.name, h.year, category),
      body: present([h.headline, ...plainBlocks(h.markdown)]),
      fields: [h.name, category],
      date: `${h.year}`,
      community: model.communityNames.get(h.community.id),
      year: h.year,
      sortDate: Math.floor(Date.UTC(h.year, 0, 1) / 1000),
    };
  });
  const communities = model.communities.map((c): SearchDocument => ({
    url: communityUrl(c.id),
    type: 'community',
    title: c.name,
    body: present([c.summary, c.address, `${labels.phone} ${c.phone ?? labels.noPhone}`, c.officeHours]),
    fields: present([c.district, c.subdistrict]),
    community: c.name,
    sortDate: 0,
  }));
  return [...news, ...honors, ...communities];
}

/** The HTML Pagefind indexes for a document: segmented text in the body, display fields as meta, filters, sort. */
export function documentHtml(doc: SearchDocument, typeLabel: string): string {
  const e = escapeXml;
  const meta = [
    `<span data-pagefind-meta="title">${e(doc.title)}</span>`,
    `<span data-pagefind-meta="type">${e(typeLabel)}</span>`,
    doc.date ? `<span data-pagefind-meta="date">${e(doc.date)}</span>` : '',
    doc.community ? `<span data-pagefind-meta="community">${e(doc.community)}</span>` : '',
    `<span data-pagefind-meta="ts">${doc.sortDate}</span>`,
  ];
  const filters = [
    `<span data-pagefind-filter="type">${e(typeLabel)}</span>`,
    doc.community ? `<span data-pagefind-filter="community">${e(doc.community)}</span>` : '',
    doc.year ? `<span data-pagefind-filter="year">${doc.year}</span>` : '',
    ...(doc.topics ?? []).map((t) => `<span data-pagefind-filter="topic">${e(t)}</span>`),
  ];
  // The block marks are the page's structure: an author's own ¶ or ⁂ becomes a space.
  const unmarked = (text: string): string => text.replaceAll(BLOCK_END, ' ').replaceAll(FIELDS_MARK, ' ');
  const block = (text: string): string => `${e(segmentForIndex(unmarked(text)))} ${BLOCK_END}`;
  const body = doc.body.map((text) => `<p>${block(text)}</p>`);
  const extra = [...doc.fields.map((f) => segmentForIndex(unmarked(f))), ...findableParts([doc.title, ...doc.body, ...doc.fields])].join(' ');
  const fields = `<p data-pagefind-weight="${FIELDS_WEIGHT}">${FIELDS_MARK} ${e(extra)} ${BLOCK_END}</p>`;
  const head = `<head><title>${e(doc.title)}</title></head>`;
  const sort = `<span data-pagefind-sort="date">${doc.sortDate}</span>`;
  const main = `<main data-pagefind-body><h1 data-pagefind-weight="${TITLE_WEIGHT}">${block(doc.title)}</h1>${body.join('')}${fields}</main>`;
  return `<!doctype html><html lang="zh-CN">${head}<body>${meta.join('')}${filters.join('')}${sort}${main}</body></html>`;
}
