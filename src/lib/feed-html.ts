/**
 * The HTML a feed carries in `content:encoded`: the article's rendered body on an
 * allow-list (nothing executable, no styles, no embeds), with every link and image
 * made absolute, since feed readers show it away from our site.
 */
import sanitizeHtml from 'sanitize-html';

const ALLOWED_TAGS = ['p', 'br', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'strong', 'em', 'b', 'i', 'a', 'img', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'span'];

/** Makes `url` absolute against `base`; anything that is not http(s) or mailto/tel is dropped. */
export function absoluteUrl(url: string, base: string): string | undefined {
  try {
    const resolved = new URL(url, base);
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(resolved.protocol) ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

function absoluteSrcset(srcset: string, base: string): string {
  // Candidates are separated by a comma *and* whitespace; a data: URL has a bare comma inside.
  return srcset
    .split(/,\s+/)
    .map((part) => {
      const [url = '', ...descriptor] = part.trim().split(/\s+/);
      const abs = absoluteUrl(url, base);
      return abs ? [abs, ...descriptor].join(' ') : '';
    })
    .filter(Boolean)
    .join(', ');
}

/** Sanitised, absolute-URL HTML for a feed item. */
export function feedHtml(html: string, base: string): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ['href', 'title'], img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height'], th: ['colspan', 'rowspan'], td: ['colspan', 'rowspan'] },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowProtocolRelative: false,
    transformTags: {
      a: (tagName, attribs) => {
        const href = attribs['href'] === undefined ? undefined : absoluteUrl(attribs['href'], base);
        return { tagName, attribs: { ...attribs, ...(href ? { href } : {}) } };
      },
      img: (tagName, attribs) => {
        const src = attribs['src'] === undefined ? undefined : absoluteUrl(attribs['src'], base);
        const srcset = attribs['srcset'] === undefined ? undefined : absoluteSrcset(attribs['srcset'], base);
        return { tagName, attribs: { ...attribs, ...(src ? { src } : {}), ...(srcset ? { srcset } : {}) } };
      },
    },
  });
}
