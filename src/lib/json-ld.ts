/** schema.org structured data, with dates carrying their +08:00 offset. */
import { toChinaIso } from './china-time.ts';

export interface NewsArticleInput {
  item: {
    title: string;
    publishedAt: Date | undefined;
    entry: { data: { updatedAt?: Date | undefined; authors?: string[] | undefined; source?: string | undefined } };
  };
  url: string;
  image: string | undefined;
  siteName: string;
}

/** A `NewsArticle` for an article page. */
export function newsArticleJsonLd({ item, url, image, siteName }: NewsArticleInput): Record<string, unknown> {
  const { data } = item.entry;
  const published = item.publishedAt === undefined ? undefined : toChinaIso(item.publishedAt);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.title,
    // No description: the page's <meta name="description"> already carries the summary (~400 bytes on every article).
    mainEntityOfPage: url,
    ...(published === undefined ? {} : { datePublished: published }),
    dateModified: data.updatedAt ? toChinaIso(data.updatedAt) : published,
    ...(image ? { image: [image] } : {}),
    ...(data.authors?.length ? { author: data.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
    publisher: { '@type': 'Organization', name: siteName },
    ...(data.source ? { sourceOrganization: { '@type': 'Organization', name: data.source } } : {}),
    inLanguage: 'zh-CN',
  };
}
