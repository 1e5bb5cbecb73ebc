/**
 * The one HTML sanitiser for content: raw HTML an editor pasted into Markdown
 * (at build, see src/markdown/sanitize-raw.ts) and the article bodies in feeds
 * (lib/feeds/feed-html.ts). An allow-list: text structure, links, images, tables, and
 * iframes only from the hosts in the site config, sandboxed. No script, style,
 * object, embed, form, event handler, or javascript:/data:/vbscript: URL survives.
 */
import sanitizeHtml from 'sanitize-html';

export interface SanitizeOptions {
  /** Hosts an <iframe> may load (video players the site trusts); any other iframe is dropped. */
  iframeHosts: readonly string[];
  /** Rewrites a kept URL (feeds make them absolute); return undefined to drop it. */
  rewriteUrl?: (url: string) => string | undefined;
  /**
   * Keep <img> (feeds: our own processed images). Raw HTML in Markdown may not
   * carry images: they would skip the image pipeline, and a remote one leaks
   * readers to another host.
   */
  images?: boolean;
}

const TAGS = [
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'mark',
  'small',
  'span',
  'div',
  'a',
  'img',
  'figure',
  'figcaption',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'pre',
  'code',
  'dl',
  'dt',
  'dd',
  'iframe',
];
const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'];

/** Whether a URL may stay in published HTML: relative, or http(s)/mailto/tel. */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u001F\u007F\s]+/g, ''))?.[1];
  return scheme === undefined || SAFE_SCHEMES.includes(scheme.toLowerCase());
}

function iframeAllowed(src: string | undefined, hosts: readonly string[]): boolean {
  if (!src) return false;
  try {
    const url = new URL(src);
    return url.protocol === 'https:' && hosts.includes(url.hostname);
  } catch {
    return false;
  }
}

/** Sanitised HTML, on the allow-list above. */
export function sanitizeContentHtml(html: string, { iframeHosts, rewriteUrl = (u) => u, images = true }: SanitizeOptions): string {
  const url = (value: string | undefined) => (value === undefined || !isSafeUrl(value) ? undefined : rewriteUrl(value));
  const srcset = (value: string) =>
    value
      .split(/,\s+/)
      .map((part) => {
        const [candidate = '', ...descriptor] = part.trim().split(/\s+/);
        const rewritten = url(candidate);
        return rewritten ? [rewritten, ...descriptor].join(' ') : '';
      })
      .filter(Boolean)
      .join(', ');
  // Rewrites one URL attribute in place (attribute order kept), dropping it when unsafe.
  const withUrl = (attribs: Record<string, string>, name: string) =>
    Object.fromEntries(
      Object.entries(attribs).flatMap(([key, value]) => {
        if (key !== name) return [[key, value]];
        const kept = url(value);
        return kept === undefined ? [] : [[key, kept]];
      }),
    );
  return sanitizeHtml(html, {
    allowedTags: images ? TAGS : TAGS.filter((tag) => tag !== 'img'),
    allowedAttributes: {
      '*': ['lang', 'title'],
      a: ['href'],
      img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
      iframe: ['src', 'width', 'height', 'allowfullscreen', 'sandbox', 'loading', 'referrerpolicy'],
      th: ['colspan', 'rowspan', 'scope'],
      td: ['colspan', 'rowspan'],
    },
    allowedSchemes: SAFE_SCHEMES,
    allowProtocolRelative: false,
    // Any iframe not from a trusted host goes, with its fallback content.
    exclusiveFilter: (frame) => frame.tag === 'iframe' && !iframeAllowed(frame.attribs['src'], iframeHosts),
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: withUrl(attribs, 'href') }),
      img: (tagName, attribs) => {
        const kept = withUrl(attribs, 'src');
        return { tagName, attribs: kept['srcset'] === undefined ? kept : { ...kept, srcset: srcset(kept['srcset']) } };
      },
      // A trusted player still runs in a sandbox: no top navigation, no pop-ups, no forms.
      iframe: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, sandbox: 'allow-scripts allow-same-origin allow-presentation', loading: 'lazy', referrerpolicy: 'no-referrer' },
      }),
    },
  });
}
