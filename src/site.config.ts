/**
 * The one typed site configuration. Nothing else hard-codes the site's URL, name,
 * time zone, page sizes or honor-roll categories.
 */

/** Shape of the site configuration; every field is documented here. */
export interface SiteConfig {
  /** Site name, shown in the header, titles and feeds. */
  readonly name: string;
  /** Absolute base URL of the deployed site, with a trailing slash. */
  readonly url: string;
  /** One-sentence description for the home page and meta tags. */
  readonly description: string;
  /** The time zone every date is read and shown in (China has one zone and no DST). */
  readonly timeZone: 'Asia/Shanghai';
  /** Items per page on each kind of list. */
  readonly pageSize: {
    readonly home: number;
    readonly news: number;
    readonly topic: number;
    readonly community: number;
    readonly archive: number;
  };
  /**
   * Honor-roll (红榜) categories, in display order. Ids only: the Chinese names live
   * in `src/i18n/zh-CN.ts` under `honor.category.<id>`. A community adds its own
   * roll by adding an id here and its name there.
   */
  readonly honorCategories: readonly string[];
  /** ICP 备案号, shown in every page footer (required for sites hosted in mainland China). */
  readonly icp: string;
  /** 公安备案号 (public-security filing number), shown in every page footer. */
  readonly policeBeian: string;
  /** Items in each RSS feed (the newest ones). */
  readonly feedSize: number;
  /** Home page: how many community blocks, and how many articles in each. */
  readonly homeCommunities: { readonly blocks: number; readonly perBlock: number };
  /** Summary length, in characters, when an article gives none. */
  readonly summaryLength: number;
  /** Hosts an editor's <iframe> embed may come from (https only, sandboxed); any other iframe is removed. */
  readonly iframeHosts: readonly string[];
  /** Components an MDX article may use, by name, with no import; anything else fails content:check. */
  readonly mdxComponents: readonly string[];
  /** Titles longer than this draw a warning from content:check. */
  readonly titleWarnLength: number;
}

export const SITE = {
  name: '社区新闻',
  url: 'https://shequ.example.cn/',
  description: '身边的社区新闻：社区动态、便民服务、红榜表彰，一站读到。',
  timeZone: 'Asia/Shanghai',
  pageSize: { home: 8, news: 10, topic: 10, community: 10, archive: 30 },
  honorCategories: ['civility', 'morality', 'filial', 'dedication', 'model-resident'],
  icp: '京ICP备00000000号-1',
  policeBeian: '京公网安备 11000000000000号',
  feedSize: 50,
  homeCommunities: { blocks: 4, perBlock: 3 },
  summaryLength: 120,
  iframeHosts: ['player.bilibili.com', 'v.qq.com'],
  mdxComponents: ['Notice'],
  titleWarnLength: 40,
} as const satisfies SiteConfig;

export type HonorCategory = (typeof SITE.honorCategories)[number];
