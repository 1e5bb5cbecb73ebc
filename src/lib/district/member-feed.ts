/**
 * A member site's RSS feed as a portal reads it: its items, or why it is not a feed the portal
 * can use. Parsed as XML (htmlparser2), never evaluated; each item needs a title, a link, a GUID
 * and a date, as our members' feeds always have.
 */
import { parseDocument } from 'htmlparser2';
import { findAll, findOne, getChildren, textContent } from 'domutils';
import type { Element } from 'domhandler';
import { isTag as isElement } from 'domhandler';

export interface FeedItem {
  title: string;
  link: string;
  /** The member's own GUID, kept as it is in the portal's feed. */
  guid: string;
  guidIsPermaLink: boolean;
  publishedAt: Date;
  /** As the member wrote it: HTML-escaped text. */
  description: string;
  categories: string[];
  creators: string[];
}

const child = (el: Element, name: string): Element | undefined => getChildren(el).find((c): c is Element => isElement(c) && c.name === name);
const text = (el: Element | undefined): string => (el ? textContent(el).trim() : '');

/** The items of `xml`, newest first, or the problems that make it unusable (an item with a problem is one). */
export function readMemberFeed(xml: string): { items: FeedItem[] } | { problems: string[] } {
  const doc = parseDocument(xml, { xmlMode: true });
  const rss = findOne((el) => el.name === 'rss', doc.children, false);
  const channel = rss && child(rss, 'channel');
  if (!channel) return { problems: ['not an RSS 2.0 feed (no <rss><channel>)'] };
  const problems: string[] = [];
  const items: FeedItem[] = [];
  findAll((el) => el.name === 'item', channel.children).forEach((item, i) => {
    const title = text(child(item, 'title'));
    const link = text(child(item, 'link'));
    const guidEl = child(item, 'guid');
    const guid = text(guidEl) || link;
    const date = new Date(text(child(item, 'pubDate')));
    const missing = [!title && 'title', !/^https?:\/\//.test(link) && 'link', Number.isNaN(date.getTime()) && 'pubDate'].filter(Boolean);
    if (missing.length > 0) {
      problems.push(`item ${i + 1}: ${missing.join(', ')} missing or invalid`);
      return;
    }
    items.push({
      title,
      link,
      guid,
      guidIsPermaLink: guidEl ? guidEl.attribs['isPermaLink'] !== 'false' : true,
      publishedAt: date,
      description: text(child(item, 'description')),
      categories: getChildren(item)
        .filter((c): c is Element => isElement(c) && c.name === 'category')
        .map((c) => text(c)),
      creators: getChildren(item)
        .filter((c): c is Element => isElement(c) && c.name === 'dc:creator')
        .map((c) => text(c)),
    });
  });
  if (problems.length > 0) return { problems };
  return { items: items.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime()) };
}
