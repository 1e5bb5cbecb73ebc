/**
 * The one typed site configuration. Nothing else hard-codes the site's URL, name,
 * time zone, page sizes or honor-roll categories.
 */

/**
 * 栏目 kinds, as 国办秘函〔2019〕19号 inspects them: 动态要闻 / 通知公告 / 政策文件 / 专题 / 其他.
 * Each kind has its own update rule (`columns.maxIdleDays`); labels live in zh-CN `column.kind.<kind>`.
 */
import type { DistrictConfig, MemberConfig } from './lib/district/config.ts';
import { readSiteOverrides } from './node/site-overrides.ts';

export const COLUMN_KINDS = ['dynamic', 'notice', 'policy', 'feature', 'other'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

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
  /** What 《政府网站发展指引》 asks every government site's footer to carry besides the 备案 numbers. */
  readonly government: {
    /** 网站标识码: the 10-character code from 全国政府网站基本信息数据库; '' for a site that has none. */
    readonly siteCode: string;
    /** 党政机关网站标识 (开办者标识): its image under public/ and the verification page it links to; omit when the site has none. */
    readonly organMark?: { readonly image: string; readonly href: string };
    /** 政府网站找错: the national correction form; `{siteCode}` is replaced with the code above. */
    readonly findErrorUrl: string;
  };
  /**
   * When the site went live on this system (China time). Articles committed up to then
   * were carried over from the old site, so the audit does not compare their publish
   * time with their commit (`npm run audit -- --launch` overrides; without either, the
   * first commit that added news counts as the launch).
   */
  readonly launchedAt?: string;
  /** 咨询建言: how residents ask and suggest. A static site takes no forms, so it names its channels. */
  readonly consult: {
    /** The office's phone for questions, as printed. */
    readonly phone: string;
    /** When that phone is answered, as printed. */
    readonly hours: string;
    /** E-mail for questions and suggestions. */
    readonly email: string;
    /** The city's 政务服务便民热线 (12345), as dialled. */
    readonly hotline: string;
    /** Where to come in person (optional). */
    readonly visit?: string;
  };
  /** 政务新媒体 the office runs (公众号, 视频号 …), named on 互动交流; a QR image under public/ is optional. */
  readonly newMedia: readonly { readonly platform: string; readonly name: string; readonly qr?: string }[];
  /**
   * 栏目: every list a reader can reach is a column with a kind, so `npm run audit`
   * knows its update rule. Topics not listed under `topics` take `topicDefault`.
   */
  readonly columns: {
    /** Days a column of each kind may go without a new article; null: no rule (a finished 专题 is allowed to rest). */
    readonly maxIdleDays: Readonly<Record<ColumnKind, number | null>>;
    /** The audit warns this many days before a rule is broken. */
    readonly warnDaysAhead: number;
    /** Days the home page may go without new information (a single-veto item at 14). */
    readonly homeMaxIdleDays: number;
    /** 新闻 (/news/), the site's main column. */
    readonly news: ColumnKind;
    /** 红榜 (/honors/). */
    readonly honors: ColumnKind;
    /** Each community's page (/communities/<id>/). */
    readonly communities: ColumnKind;
    /** Topic slug → kind, for topics that are not `topicDefault`. */
    readonly topics: Readonly<Record<string, ColumnKind>>;
    readonly topicDefault: ColumnKind;
  };
  /** The topic (slug in content/topics.yaml) whose articles are the home page's 通知公告. */
  readonly noticeTopic: string;
  /** How many notices, and newest 红榜 names, the home page's side column shows. */
  readonly homeSide: { readonly notices: number; readonly honors: number };
  /** 便民服务: public hotlines shown beside the communities' own phones. */
  readonly hotlines: readonly { readonly label: string; readonly phone: string }[];
  /** Items in each RSS feed (the newest ones). */
  readonly feedSize: number;
  /** Home page: how many community blocks, and how many articles in each. */
  readonly homeCommunities: {
    readonly blocks: number;
    readonly perBlock: number;
    /** A block lists only articles of the last this many days: a 2019 story under 动态 reads as a site left alone. */
    readonly recentDays: number;
  };
  /**
   * Days a featured (or pictured) article may lead the home page as its 头条; after
   * that the newest story leads, so a 头条 is never weeks older than the news under it.
   */
  readonly homeLeadDays: number;
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
  /** This site in a district of sites (区 › 街道 › 社区): published in its `/site-manifest.json` for the portal (docs/district.md). */
  readonly member: MemberConfig;
  /** A district portal only (`npm run portal`): the member sites it joins. */
  readonly district?: DistrictConfig;
}

/*
 * The sample site's settings. 松鹤区 is a made-up district; these values are
 * PLACEHOLDERS (示例值) to replace before going live, and `npm run content:check`
 * and `npm run audit` list each one still in place (提醒):
 *   url (example.cn), owner.email and consult.email (example.cn), owner.phone
 *   (…0000), icp and policeBeian (all zeros), government.siteCode (3700000000) and
 *   government.organMark (the stand-in image public/marks/dzjg.svg and a zero id).
 * Phones in 0531-8888 xxxx form, here and in content/communities/, are sample numbers.
 */
const SAMPLE = {
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
  pageSize: { home: 8, news: 10, topic: 10, community: 10, archive: 30 },
  honorCategories: ['civility', 'morality', 'filial', 'dedication', 'model-resident'],
  icp: '鲁ICP备00000000号-1',
  policeBeian: '鲁公网安备 37000000000000号',
  government: {
    siteCode: '3700000000',
    organMark: { image: '/marks/dzjg.svg', href: 'https://bszs.conac.cn/sitename?method=show&id=00000000000000000000000000000000' },
    findErrorUrl: 'https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfoNew?sitecode={siteCode}',
  },
  launchedAt: '2026-12-08',
  consult: {
    phone: '0531-8888 0001',
    hours: '周一至周五 8:30—12:00、13:30—17:30（法定节假日除外）',
    email: 'zixun@example.cn',
    hotline: '12345',
    visit: '松鹤区明湖街道湖滨东路1号 区民政局一楼便民服务窗口',
  },
  newMedia: [{ platform: '微信公众号', name: '松鹤民政' }],
  columns: {
    maxIdleDays: { dynamic: 14, notice: 183, policy: 183, feature: null, other: 365 },
    warnDaysAhead: 3,
    homeMaxIdleDays: 14,
    news: 'dynamic',
    honors: 'other',
    communities: 'other',
    topics: { 'tongzhi-gonggao': 'notice', 'zhengce-wenjian': 'policy' },
    topicDefault: 'feature',
  },
  noticeTopic: 'tongzhi-gonggao',
  homeSide: { notices: 5, honors: 6 },
  hotlines: [
    { label: '政务服务热线', phone: '12345' },
    { label: '急救', phone: '120' },
    { label: '火警', phone: '119' },
    { label: '报警', phone: '110' },
  ],
  feedSize: 50,
  homeCommunities: { blocks: 4, perBlock: 3, recentDays: 365 },
  homeLeadDays: 30,
  summaryLength: 120,
  iframeHosts: ['player.bilibili.com', 'v.qq.com'],
  mdxComponents: ['Notice'],
  titleWarnLength: 40,
  publishEveryMinutes: 10,
  member: { level: 'district' },
} as const satisfies SiteConfig;

/** Fields a deployment may set in its `SITE_CONFIG` file instead (a district's member, or its portal). */
type Overridable = 'name' | 'url' | 'description' | 'member' | 'district';

/** The configuration this process runs with: the values above, with the `SITE_CONFIG` file's over them. */
export const SITE: Omit<typeof SAMPLE, Overridable> & Pick<SiteConfig, Overridable> = { ...SAMPLE, ...readSiteOverrides() };

export type HonorCategory = (typeof SITE.honorCategories)[number];
