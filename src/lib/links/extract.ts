/**
 * Every reference a built file makes to another (links, images, srcset entries,
 * feed and OPML URLs) and every anchor it offers, for the link checker.
 */
import { Parser } from 'htmlparser2';

export interface FileRefs {
  /** `id`s (and `name`s of anchors) a `#fragment` may point at. */
  anchors: Set<string>;
  /** URLs as written, relative or absolute. */
  refs: string[];
}

const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  link: ['href'],
  img: ['src'],
  source: ['src'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  form: ['action'],
};

/** The candidates of a `srcset` (URLs without their width or density). */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** References and anchors of an HTML page. */
export function htmlRefs(html: string): FileRefs {
  const anchors = new Set<string>();
  const refs: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes['id']) anchors.add(attributes['id']);
        if (name === 'a' && attributes['name']) anchors.add(attributes['name']);
        for (const attribute of URL_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value) refs.push(value);
        }
        if (attributes['srcset']) refs.push(...srcsetUrls(attributes['srcset']));
        // og:image is an absolute URL of our own site: WeChat fetches it.
        if (name === 'meta' && attributes['property'] === 'og:image' && attributes['content']) refs.push(attributes['content']);
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { anchors, refs };
}

/** Absolute URLs in an XML file (feeds, OPML, sitemap), including those inside escaped HTML. */
export function xmlRefs(xml: string, siteUrl: string): FileRefs {
  const decoded = xml
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  const escaped = siteUrl.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const refs = [...decoded.matchAll(new RegExp(`${escaped}[^\\s"'<>)]*`, 'g'))].map((m) => m[0]);
  const stylesheet = /<\?xml-stylesheet[^>]*href="([^"]+)"/.exec(xml)?.[1];
  return { anchors: new Set(), refs: stylesheet ? [...refs, stylesheet] : refs };
}
