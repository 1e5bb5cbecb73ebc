/**
 * The one typed site configuration. Nothing else hard-codes the site's URL, name,
 * time zone, page sizes or honor-roll categories.
 */

/** Shape of the site configuration; every field is documented here. */
export interface SiteConfig {
  /** Site name, shown in the masthead, titles and feeds. */
  readonly name: string;
  /** Who runs the site: shown in the masthead and every footer, as a public body's site must. */
  readonly owner: {
    /** 主办单位: the body responsible for the site. */
    readonly host: string;
    /** 承办单位: who runs it day to day (optional). */
    readonly operator?: string;
    /** Square logo under public/ (optional), shown before the name. */
    readonly logo?: string;
    /** 地址, with 邮编 if wanted. */
    readonly address: string;
    /** 联系电话, as printed (digits, spaces and hyphens). */
    readonly phone: string;
    /** 电子邮箱 for readers and corrections. */
    readonly email: string;
  };
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
  /** ICP 备案号, shown in every footer and linked to MIIT's look-up (required for sites hosted in mainland China). */
  readonly icp: string;
  /** 公安备案号 (public-security filing number), shown in every footer and linked to its look-up by its digits. */
  readonly policeBeian: string;
  /** The topic (slug in content/topics.yaml) whose articles are the home page's 通知公告. */
  readonly noticeTopic: string;
  /** How many notices, and newest 红榜 names, the home page's side column shows. */
  readonly homeSide: { readonly notices: number; readonly honors: number };
  /** 便民服务: public hotlines shown beside the communities' own phones. */
  readonly hotlines: readonly { readonly label: string; readonly phone: string }[];
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
  /**
   * How often, in minutes, the server rebuilds the site from the repository
   * (deploy/systemd/shequ-publish.timer's OnCalendar; a unit test keeps them equal).
   * The desk tells clerks a save is on the site within this time.
   */
  readonly publishEveryMinutes: number;
}

export const SITE = {
  name: '松鹤社区新闻网',
  owner: {
    host: '松鹤区民政局',
    operator: '松鹤区社区建设服务中心',
    logo: '/logo.svg',
    address: '松鹤区明湖街道湖滨东路1号（邮编 250000）',
    phone: '0531-8888 0000',
    email: 'shequ@example.cn',
  },
  url: 'https://shequ.example.cn/',
  description: '身边的社区新闻：社区动态、便民服务、红榜表彰，一站读到。',
  timeZone: 'Asia/Shanghai',
  pageSize: { home: 8, news: 10, topic: 10, community: 10, archive: 30 },
  honorCategories: ['civility', 'morality', 'filial', 'dedication', 'model-resident'],
  icp: '鲁ICP备00000000号-1',
  policeBeian: '鲁公网安备 37000000000000号',
  noticeTopic: 'tongzhi-gonggao',
  homeSide: { notices: 5, honors: 6 },
  hotlines: [
    { label: '政务服务热线', phone: '12345' },
    { label: '急救', phone: '120' },
    { label: '火警', phone: '119' },
    { label: '报警', phone: '110' },
  ],
  feedSize: 50,
  homeCommunities: { blocks: 4, perBlock: 3 },
  summaryLength: 120,
  iframeHosts: ['player.bilibili.com', 'v.qq.com'],
  mdxComponents: ['Notice'],
  titleWarnLength: 40,
  publishEveryMinutes: 10,
} as const satisfies SiteConfig;

export type HonorCategory = (typeof SITE.honorCategories)[number];
