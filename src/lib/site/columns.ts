/**
 * 栏目 as an inspector sees them: every list a reader can reach (新闻, 红榜, each
 * topic, each community) with its kind from site.config and the newest thing it
 * shows. The 网站地图 page lists them; `npm run audit` judges them against their
 * kind's update rule.
 */
import type { ColumnKind } from '../../site.config.ts';
import { parseChinaTime } from '../china-time.ts';
import { honorsUrl, newsListUrl, communityUrl, topicUrl } from './urls.ts';
import type { SiteModel } from './model.ts';

export interface ColumnSettings {
  readonly news: ColumnKind;
  readonly honors: ColumnKind;
  readonly communities: ColumnKind;
  readonly topics: Readonly<Record<string, ColumnKind>>;
  readonly topicDefault: ColumnKind;
}

export interface Column {
  /** Stable key: `news`, `honors`, `topic:<slug>`, `community:<id>`. */
  key: string;
  group: 'section' | 'topic' | 'community';
  kind: ColumnKind;
  /** The column's name as the page shows it (a topic's or community's name; sections are named by the caller's i18n). */
  name: string;
  url: string;
  /** How many published items it lists. */
  count: number;
  /**
   * When it last gained an item: the newest publish time for news columns. An
   * honor roll carries only its year, and a year's roll is announced after the
   * year ends, so 红榜 counts from 1 January of the year after its newest roll.
   */
  lastUpdated: Date | undefined;
}

const newest = (dates: readonly (Date | undefined)[]): Date | undefined =>
  dates.reduce<Date | undefined>((max, d) => (d && (!max || d > max) ? d : max), undefined);

/** 1 January, China time, of the year after `year`. */
const yearAfter = (year: number): Date => parseChinaTime(`${year + 1}-01-01 00:00`) ?? new Date(NaN);

/** Every column of the site, sections first, then topics and communities in the model's order. */
export function siteColumns(model: SiteModel, settings: ColumnSettings): Column[] {
  const newestYear = model.honors.reduce<number | undefined>((max, h) => (max === undefined || h.year > max ? h.year : max), undefined);
  const sections: Column[] = [
    {
      key: 'news',
      group: 'section',
      kind: settings.news,
      name: 'news',
      url: newsListUrl(),
      count: model.news.length,
      lastUpdated: newest(model.news.map((n) => n.publishedAt)),
    },
    {
      key: 'honors',
      group: 'section',
      kind: settings.honors,
      name: 'honors',
      url: honorsUrl(),
      count: model.honors.length,
      lastUpdated: newestYear === undefined ? undefined : yearAfter(newestYear),
    },
  ];
  // A topic has a page only while a published article uses it, so a topic column is never empty.
  const topics = model.topics.map((tp): Column => ({
    key: `topic:${tp.slug}`,
    group: 'topic',
    kind: settings.topics[tp.slug] ?? settings.topicDefault,
    name: tp.name,
    url: topicUrl(tp.slug),
    count: tp.news.length,
    lastUpdated: newest(tp.news.map((n) => n.publishedAt)),
  }));
  const communities = model.communities.map((c): Column => ({
    key: `community:${c.id}`,
    group: 'community',
    kind: settings.communities,
    name: c.name,
    url: communityUrl(c.id),
    count: c.news.length,
    lastUpdated: newest(c.news.map((n) => n.publishedAt)),
  }));
  return [...sections, ...topics, ...communities];
}
