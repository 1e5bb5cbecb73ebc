/**
 * The RSS 2.0 rules the W3C feed validator applies that matter to readers,
 * checked on our own output (there is no network to reach the validator):
 * well-formed XML; channel title, link and description; a language; an
 * `atom:link rel="self"` equal to the feed's URL; per item a title, an absolute
 * link, a GUID unique in the feed, RFC 822 dates whose weekday is right; no
 * `<author>` that is not an e-mail address; nothing executable in the content.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}|GMT)$/;
// Checked on the decoded HTML: an on* attribute only counts inside a tag.
const EXECUTABLE = /<script|<iframe|<object|<embed|<[^>]*\son\w+\s*=|javascript:|vbscript:/i;

/** Numeric character references decoded, as a feed reader would before rendering. */
const decodeNumeric = (s: string): string =>
  s.replace(/&#(x?)([0-9a-f]+);?/gi, (_m, hex: string, digits: string) => String.fromCodePoint(Number.parseInt(digits, hex ? 16 : 10) || 0xfffd));
const isExecutable = (s: string): boolean => EXECUTABLE.test(decodeNumeric(s));

/** The instant an RFC 822 date stands for, or an error when it is malformed or names the wrong weekday. */
export function parseRfc822(text: string): Date | string {
  const m = RFC822.exec(text);
  if (!m) return `not an RFC 822 date: ${text}`;
  const [, day, dd, mon, yyyy, hh, mi, ss, zone = 'GMT'] = m;
  const offset = zone === 'GMT' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3)));
  const local = Date.UTC(Number(yyyy), MONTHS.indexOf(mon ?? ''), Number(dd), Number(hh), Number(mi), Number(ss));
  if (Number(hh) > 23 || Number(mi) > 59 || Number(ss) > 59) return `no such time: ${text}`;
  if (new Date(local).getUTCDate() !== Number(dd)) return `no such day: ${text}`;
  if (DAYS[new Date(local).getUTCDay()] !== day) return `wrong weekday: ${text}`;
  return new Date(local - offset * 60_000);
}

const isAbsolute = (url: unknown): boolean => typeof url === 'string' && /^https?:\/\/[^/]+/.test(url);
/** A child or attribute (`@name`) of a parsed XML node. */
const get = (node: unknown, key: string): unknown => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined);
const text = (node: unknown): string => (typeof node === 'object' && node !== null ? String(get(node, '#text') ?? '') : String(node ?? ''));
const list = (node: unknown): unknown[] => (node === undefined ? [] : Array.isArray(node) ? node : [node]);

export interface ParsedItem {
  title: string;
  link: string;
  guid: string;
  pubDate: Date | undefined;
}

export interface RssReport {
  problems: string[];
  items: ParsedItem[];
}

/** Validates one feed; `selfUrl` is the absolute URL it is published at. */
export function validateRss(xml: string, selfUrl: string): RssReport {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return { problems: [`not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})`], items: [] };
  const doc: unknown = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', parseTagValue: false }).parse(xml);
  const problems: string[] = [];
  const rss = get(doc, 'rss');
  if (get(rss, '@version') !== '2.0') problems.push('root element must be <rss version="2.0">');
  const channel = get(rss, 'channel');
  for (const field of ['title', 'link', 'description']) if (!text(get(channel, field)).trim()) problems.push(`channel has no <${field}>`);
  if (!isAbsolute(text(get(channel, 'link')))) problems.push('channel <link> must be an absolute URL');
  if (!text(get(channel, 'language')).trim()) problems.push('channel has no <language>');
  const selfHref = get(
    list(get(channel, 'atom:link')).find((l) => get(l, '@rel') === 'self'),
    '@href',
  );
  if (selfHref !== selfUrl) problems.push(`atom:link rel="self" must be ${selfUrl}, is ${String(selfHref ?? 'missing')}`);
  if (get(channel, 'lastBuildDate') !== undefined) {
    const d = parseRfc822(text(get(channel, 'lastBuildDate')));
    if (typeof d === 'string') problems.push(`lastBuildDate: ${d}`);
  }

  const guids = new Set<string>();
  const items = list(get(channel, 'item')).map((item, i): ParsedItem => {
    const where = `item ${i + 1}`;
    const link = text(get(item, 'link'));
    const guid = text(get(item, 'guid'));
    if (!text(get(item, 'title')).trim()) problems.push(`${where}: no <title>`);
    if (!isAbsolute(link)) problems.push(`${where}: <link> must be an absolute URL, is "${link}"`);
    if (!guid) problems.push(`${where}: no <guid>`);
    else if (guids.has(guid)) problems.push(`${where}: duplicate <guid> ${guid}`);
    else guids.add(guid);
    if (get(get(item, 'guid'), '@isPermaLink') !== 'false' && guid && !isAbsolute(guid)) problems.push(`${where}: a permalink <guid> must be an absolute URL`);
    const author = get(item, 'author');
    if (author !== undefined && !/@/.test(text(author))) problems.push(`${where}: <author> must be an e-mail address (use dc:creator)`);
    let pubDate: Date | undefined;
    if (get(item, 'pubDate') !== undefined) {
      const d = parseRfc822(text(get(item, 'pubDate')));
      if (typeof d === 'string') problems.push(`${where}: pubDate ${d}`);
      else pubDate = d;
    }
    if (isExecutable(text(get(item, 'content:encoded'))) || isExecutable(text(get(item, 'description')))) problems.push(`${where}: executable content`);
    return { title: text(get(item, 'title')), link, guid, pubDate };
  });
  return { problems, items };
}
