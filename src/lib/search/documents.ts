/**
 * What goes into the search index: published articles, honor entries and
 * community profiles, never navigation, footers or lists. Each document is a
 * small HTML page for Pagefind with its text pre-segmented, its display fields
 * as meta, its filters and its sort key.
 */
import { chinaYear, formatChinaDate } from '../china-time.ts';
import type { CheckedSiteModel } from '../site/checked-model.ts';
import { markdownToPlainText } from '../summary.ts';
import { communityUrl } from '../routes.ts';
import { escapeXml } from '../xml.ts';
import { segmentForIndex } from './text.ts';

export type SearchType = 'news' | 'honor' | 'community';

export interface SearchDocument {
  url: string;
  type: SearchType;
  title: string;
  /** Plain text to index (segmented when turned into HTML). */
  text: string;
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

const plain = (markdown: string): string => markdown.split(/\r?\n\s*\r?\n/).map(markdownToPlainText).filter(Boolean).join('\n');

/** The documents to index: every article, honor entry and community profile the site shows. */
export function searchDocuments(model: CheckedSiteModel, labels: SearchLabels): SearchDocument[] {
  const news = model.news.flatMap((n): SearchDocument[] => {
    const date = n.publishedAt;
    if (!date) return [];
    const d = n.entry.data;
    return [
      {
        url: n.url,
        type: 'news',
        title: n.title,
        text: [d.kicker, d.title, d.subtitle, d.summary, plain(n.entry.body), d.source, ...(d.authors ?? []), ...(d.correspondents ?? [])].filter(Boolean).join('\n'),
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
      text: [h.name, category, h.entry.data.headline, plain(h.entry.body)].join('\n'),
      date: `${h.year}`,
      community: model.communityNames.get(h.community.id),
      year: h.year,
      sortDate: Math.floor(Date.UTC(h.year, 0, 1) / 1000),
    };
  });
  const communities = model.communities.map((c): SearchDocument => {
    const d = c.entry.data;
    return {
      url: communityUrl(c.id),
      type: 'community',
      title: d.name,
      text: [d.name, d.district, d.subdistrict, d.summary, d.address, `${labels.phone} ${d.phone ?? labels.noPhone}`, d.officeHours].filter(Boolean).join('\n'),
      community: d.name,
      sortDate: 0,
    };
  });
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
  ];
  const filters = [
    `<span data-pagefind-filter="type">${e(typeLabel)}</span>`,
    doc.community ? `<span data-pagefind-filter="community">${e(doc.community)}</span>` : '',
    doc.year ? `<span data-pagefind-filter="year">${doc.year}</span>` : '',
    ...(doc.topics ?? []).map((t) => `<span data-pagefind-filter="topic">${e(t)}</span>`),
  ];
  const body = doc.text.split('\n').map((line) => `<p>${e(segmentForIndex(line))}</p>`);
  return `<!doctype html><html lang="zh-CN"><head><title>${e(doc.title)}</title></head><body>${meta.join('')}${filters.join('')}<span data-pagefind-sort="date">${doc.sortDate}</span><main data-pagefind-body><h1>${e(segmentForIndex(doc.title))}</h1>${body.join('')}</main></body></html>`;
}
