/**
 * The HTML a feed carries in `content:encoded`: the article's rendered body
 * through the site's one sanitiser (lib/text/sanitize-html.ts), with every link and image
 * made absolute, since feed readers show it away from our site.
 */
import { SITE } from '../../site.config.ts';
import { sanitizeContentHtml } from '../text/sanitize-html.ts';

/** Makes `url` absolute against `base`; anything that is not http(s) or mailto/tel is dropped. */
export function feedSafeUrl(url: string, base: string): string | undefined {
  try {
    const resolved = new URL(url, base);
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(resolved.protocol) ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

/** Sanitised, absolute-URL HTML for a feed item. */
export function feedHtml(html: string, base: string): string {
  return sanitizeContentHtml(html, { iframeHosts: SITE.iframeHosts, rewriteUrl: (url) => feedSafeUrl(url, base) });
}
