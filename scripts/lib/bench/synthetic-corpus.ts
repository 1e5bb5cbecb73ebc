/**
 * The bench's own corpus: community news, honor-roll entries and community
 * profiles in our content format, made up from a seed (the same seed gives the
 * same files). Sentences are put together from the vocabulary of district news
 * pages, so the text segments, ranks and weighs like the real thing.
 */

export interface CorpusSize {
  news: number;
  /** Defaults to a fifth of the news. */
  honors?: number;
  communities?: number;
  /** Cover images; every third article gets one of them. */
  images?: number;
  seed?: number;
}

/** A file to write, by path under the content folder. */
export interface CorpusFile {
  rel: string;
  text: string;
}

/** A cover image to draw: its path under the content folder and a seeded picture. */
export interface CorpusImage {
  rel: string;
  svg: string;
}

export interface Corpus {
  files: CorpusFile[];
  images: CorpusImage[];
}

export const DEFAULT_SEED = 20_261_122;
const WIDTH = 1600;
const HEIGHT = 1000;

/** mulberry32: small, fast and the same on every platform. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// Made-up places and people (none from the sample content), so sample searches stay unique.
const PLACES = '翠屏 松涛 杏坛 荷塘 云杉 碧水 青石 槐荫 兰亭 芙蓉 石榴 芳草 晓月 凤鸣 丰泽 康宁 安澜 嘉禾 瑞景 玉兰 朝阳 双桥 柏树 芦花'.split(' ');
const DISTRICTS = ['历城区', '市中区', '槐荫区', '天桥区'];
const PEOPLE =
  '罗玉洁 钟建华 汪美玲 田晓东 任秀兰 姜宏伟 范桂芳 方志强 石春梅 姚国庆 谭丽萍 廖振华 邹淑珍 熊立新 金秀英 陆卫东 郝红霞 孔德明 白雪芬 崔永平 康玉霞 毛建军'.split(
    ' ',
  );
const SOURCES = ['社区居委会', '街道办事处', '区融媒体中心', '社区网格站', '区民政局'];
const TOPICS =
  '邻里互助 老旧小区改造 垃圾分类 志愿服务 养老服务 平安建设 文明创建 健康义诊 助残帮扶 青少年教育 消防安全 便民服务 文体活动 民主协商 物业管理 退役军人服务'.split(
    ' ',
  );
const CATEGORIES = ['civility', 'morality', 'filial', 'dedication', 'model-resident'];

const WHEN = ['近日', '日前', '本周六上午', '上周末', '今年以来', '入夏以来', '春节前夕', '重阳节当天'];
// Who acts, after the community's name (松涛社区 + 居委会).
const WHO = ['居委会', '党委', '网格员', '志愿服务队', '物业服务中心', '卫生服务站', '新时代文明实践站', '业主委员会', '妇联'];
const WHERE = ['', '联合辖区单位', '在党群服务中心', '走进楼院', '在小区广场'];
// What they did: a verb and its object (the title uses the object alone).
const WHAT: readonly (readonly [string, string])[] = [
  ['举办了', '消防安全知识讲座'],
  ['开展了', '老年人防诈骗宣传活动'],
  ['开展了', '垃圾分类入户指导'],
  ['组织了', '义诊进社区活动'],
  ['召开了', '居民议事协商会'],
  ['开展了', '楼道杂物集中清理行动'],
  ['开设了', '暑期青少年公益课堂'],
  ['举办了', '邻里节文艺汇演'],
  ['开展了', '困难家庭走访慰问'],
  ['开展了', '电动自行车充电安全排查'],
  ['召开了', '加装电梯意见征询会'],
  ['举办了', '健康知识讲座'],
];
const HOW = [
  '工作人员结合身边案例逐条讲解，现场气氛热烈',
  '志愿者挨家挨户发放明白纸，耐心解答居民提出的问题',
  '活动采取集中讲解与现场演示相结合的方式，通俗易懂',
  '居民代表围绕停车难、照明不足等问题畅所欲言，提出意见建议',
  '医护人员为老人测量血压、血糖，并建立健康档案',
  '网格员对排查发现的隐患当场登记，限期督促整改',
  '社区为行动不便的老人提供上门服务，把关爱送到家门口',
];
const RESULT = [
  '截至目前，已累计服务居民{n}余人次',
  '截至目前，社区已完成{n}户入户走访',
  '活动共吸引{n}余名居民参加',
  '现场发放宣传资料{n}余份，解答群众咨询{m}次',
  '共排查整改各类隐患{m}处',
];
const CLOSE = [
  '下一步，社区将持续完善服务机制，让居民的获得感成色更足',
  '社区负责人表示，将把这项活动常态化开展下去',
  '居民纷纷表示，这样的活动实用又贴心，希望多举办',
  '社区将以此为契机，进一步推动共建共治共享',
];
const HEADINGS = ['活动现场', '群众反响', '经验做法', '下一步工作', '服务到家门口', '把实事办到心坎上'];
const HONOR_DEEDS = [
  '多年如一日照顾瘫痪在床的婆婆，邻里称赞',
  '义务清扫楼道十余年，从不言苦',
  '热心调解邻里纠纷，被居民称为“和事佬”',
  '坚持为独居老人代购生活用品',
  '带领志愿者参与疫情防控和防汛值守',
  '捡到钱包后一路打听，把钱包交还失主',
];

const HONOR_PRAISE = ['邻居们提起这件事都竖起大拇指', '这份坚持感动了身边的许多人', '经居民代表投票，入选本年度红榜'];

type Random = () => number;

function picker(random: Random) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const distinct = <T>(list: readonly T[], count: number): T[] => {
    const out: T[] = [];
    while (out.length < count) {
      const item = pick(list);
      if (!out.includes(item)) out.push(item);
    }
    return out;
  };
  return { pick, between, distinct };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
// A JSON string is a valid YAML scalar.
const quote = (text: string) => JSON.stringify(text);

/** Every news, honor and community file, and the covers to draw, for one size and seed. */
export function makeCorpus(size: CorpusSize): Corpus {
  const random = seededRandom(size.seed ?? DEFAULT_SEED);
  const { pick, between, distinct } = picker(random);
  const honorCount = size.honors ?? Math.round(size.news / 5);
  const communityCount = size.communities ?? 24;
  const imageCount = size.images ?? 0;

  const sentence = (place: string) => {
    const result = pick(RESULT)
      .replace('{n}', String(between(3, 60) * 10))
      .replace('{m}', String(between(5, 90)));
    const [verb, object] = pick(WHAT);
    return `${pick(WHEN)}，${place}${pick(WHO)}${pick(WHERE)}${verb}${object}。${pick(HOW)}。${result}。`;
  };
  const paragraph = (place: string) => Array.from({ length: between(1, 2) }, () => sentence(place)).join('') + `${pick(CLOSE)}。`;

  const communities = Array.from({ length: communityCount }, (_, i) => ({
    id: `c${pad(i)}`,
    name: `${PLACES[i % PLACES.length]}${i < PLACES.length ? '' : String(Math.floor(i / PLACES.length) + 1)}社区`,
  }));
  const files: CorpusFile[] = communities.map((c) => ({
    rel: `communities/${c.id}.yaml`,
    text: [
      `name: ${quote(c.name)}`,
      `district: ${quote(pick(DISTRICTS))}`,
      `subdistrict: ${quote(`${pick(PLACES)}街道`)}`,
      `summary: ${quote(`${c.name}是一个以住宅为主的城市社区，${pick(HOW)}。`)}`,
      `households: ${between(600, 5500)}`,
      `population: ${between(1800, 15000)}`,
      `partyMembers: ${between(30, 280)}`,
      `statsYear: ${between(2020, 2025)}`,
      '',
    ].join('\n'),
  }));

  const images: CorpusImage[] = Array.from({ length: imageCount }, (_, i) => {
    const hue = between(0, 359);
    const bands = Array.from(
      { length: 12 },
      (__, b) =>
        `<rect x="0" y="${b * (HEIGHT / 12)}" width="${WIDTH}" height="${HEIGHT / 12}" ` +
        `fill="hsl(${(hue + b * between(5, 30)) % 360},${between(30, 70)}%,${between(35, 75)}%)"/>`,
    );
    const shapes = Array.from(
      { length: 30 },
      () =>
        `<ellipse cx="${between(0, WIDTH)}" cy="${between(0, HEIGHT)}" rx="${between(30, 260)}" ry="${between(30, 200)}" ` +
        `fill="hsl(${between(0, 359)},60%,55%)" fill-opacity="0.5"/>`,
    );
    return {
      rel: `news/_images/cover-${i}.jpg`,
      svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">${bands.join('')}${shapes.join('')}</svg>`,
    };
  });

  for (let i = 0; i < size.news; i++) {
    // Every date lies before 2026, so the bench's SITE_NOW (2026) publishes them all.
    const year = between(2018, 2025);
    const community = pick(communities);
    const [first, second, final] = distinct(PEOPLE, 3); // 三审 needs three different people
    const title = `${community.name}${pick(['', '：'])}${pick(WHAT)[1]}${pick(['受欢迎', '暖人心', '办到家门口', '见实效', '顺利开展'])}`;
    const body: string[] = [];
    for (let section = between(2, 4); section > 0; section--) {
      body.push(`## ${pick(HEADINGS)}`, '');
      for (let p = between(2, 3); p > 0; p--) body.push(paragraph(community.name), '');
    }
    const front = [
      '---',
      `title: ${quote(title)}`,
      `publishedAt: ${quote(`${year}-${pad(between(1, 12))}-${pad(between(1, 28))} ${pad(between(8, 20))}:${pad(between(0, 59))}:00`)}`,
      `source: ${quote(pick(SOURCES))}`,
      `authors: [${quote(pick(PEOPLE))}]`,
      `community: ${community.id}`,
      `topics: [${[...new Set([pick(TOPICS), pick(TOPICS)])].map(quote).join(', ')}]`,
      `review: { first: ${quote(first as string)}, second: ${quote(second as string)}, final: ${quote(final as string)} }`,
    ];
    if (imageCount > 0 && i % 3 === 0) front.push(`cover: ../_images/cover-${i % imageCount}.jpg`, `coverAlt: ${quote(`${community.name}活动现场`)}`);
    files.push({ rel: `news/${year}/n${pad(i, 6)}.md`, text: [...front, '---', '', ...body].join('\n') });
  }

  for (let i = 0; i < honorCount; i++) {
    const year = between(2018, 2025);
    const community = pick(communities);
    const name = pick(PEOPLE);
    const deed = pick(HONOR_DEEDS);
    files.push({
      rel: `honors/${year}/h${pad(i, 6)}.md`,
      text: [
        '---',
        `name: ${quote(name)}`,
        `category: ${pick(CATEGORIES)}`,
        `year: ${year}`,
        `community: ${community.id}`,
        `headline: ${quote(deed)}`,
        '---',
        '',
        `${name}是${community.name}居民，${deed}。${pick(HONOR_PRAISE)}。`,
        '',
      ].join('\n'),
    });
  }
  return { files, images };
}
