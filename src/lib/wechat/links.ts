/**
 * Where a link in the 公众号 copy points: a full address for its footnote. A link to
 * an article of ours that is not on the site (a draft, a scheduled one) is refused, so
 * the copy never names it, not even in 引用链接.
 */
import { t } from '../../i18n/zh-CN.ts';
import type { LinkTarget } from './compose.ts';

/** `pageUrl`: the article's own address, against which relative links are read; `published`: the site paths of published articles. */
export function linkResolver(pageUrl: string, siteUrl: string, published: ReadonlySet<string>): (href: string) => LinkTarget {
  const origin = new URL(siteUrl).origin;
  return (href) => {
    let address: URL;
    try {
      address = new URL(href, pageUrl);
    } catch {
      return { problem: t('wechat.problem.badLink', { href }) };
    }
    if (address.origin !== origin) return { url: address.href };
    const path = address.pathname.endsWith('/') ? address.pathname : `${address.pathname}/`;
    // `/news/<slug>/` is an article (`/news/2/` is a page of the list).
    const article = /^\/news\/(?!\d+\/$)[^/]+\/$/.test(path);
    if (article && !published.has(path)) return { problem: t('wechat.problem.unpublishedLink', { href }) };
    return { url: address.href };
  };
}
