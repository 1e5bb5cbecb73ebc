/** schema.org structured data, with dates carrying their +08:00 offset. */
import { toChinaIso } from '../china-time.ts';

export interface NewsArticleInput {
  /** The article's view (`lib/site/views.ts`), or as much of it as this reads. */
  item: {
    title: string;
    publishedAt: Date | undefined;
    updatedAt: Date | undefined;
    source: string | undefined;
    credits: { authors?: readonly string[] | undefined };
  };
  url: string;
  image: string | undefined;
  siteName: string;
}

/** A `NewsArticle` for an article page. */
export function newsArticleJsonLd({ item, url, image, siteName }: NewsArticleInput): Record<string, unknown> {
  const { updatedAt, source } = item;
  const authors = item.credits.authors;
  const published = item.publishedAt === undefined ? undefined : toChinaIso(item.publishedAt);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.title,
    // No description: the page's <meta name="description"> already carries the summary (~400 bytes on every article).
    mainEntityOfPage: url,
    ...(published === undefined ? {} : { datePublished: published }),
    dateModified: updatedAt ? toChinaIso(updatedAt) : published,
    ...(image ? { image: [image] } : {}),
    ...(authors?.length ? { author: authors.map((name) => ({ '@type': 'Person', name })) } : {}),
    publisher: { '@type': 'Organization', name: siteName },
    ...(source ? { sourceOrganization: { '@type': 'Organization', name: source } } : {}),
    inLanguage: 'zh-CN',
  };
}
