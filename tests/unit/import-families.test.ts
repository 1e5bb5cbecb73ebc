/**
 * The conventions of the layouts #28 added — news-portal channels, papers' digital
 * editions, 美篇/秀米/135/H5 copies and self-media pages — one rule at a time, so a
 * regression names the part that reads them. The labelled corpus
 * (tests/build/import-corpus.test.ts) runs whole pages.
 */
import { describe, expect, test } from 'vitest';
import { toChinaDay } from '../../src/lib/china-time.ts';
import { parseCreditLine, splitNames } from '../../src/lib/import/byline.ts';
import { isChromeLine } from '../../src/lib/import/chrome.ts';
import { removeDecoration, stripDecoration } from '../../src/lib/import/emoji.ts';
import { htmlToLines } from '../../src/lib/import/html.ts';
import { ordinalHeadingEnd } from '../../src/lib/import/headings.ts';
import { importArticle } from '../../src/lib/import/import-article.ts';
import { textToLines } from '../../src/lib/import/lines.ts';
import { wordCaption } from '../../src/lib/import/markers.ts';
import { extractMeta } from '../../src/lib/import/metadata.ts';
import { isPersonName } from '../../src/lib/import/organisation.ts';
import { splitCaptionCredit } from '../../src/lib/import/photo-credit.ts';
import { normalizeHeadline } from '../../src/lib/import/punctuation.ts';
import { withoutSiteName } from '../../src/lib/import/title.ts';

const credits = (line: string) => parseCreditLine(line)?.credits.map((c) => [c.field, splitNames(c.value)]);
const BODY = '10月29日上午，社区在文化广场举办活动，200多名居民参加，现场气氛热烈，大家纷纷点赞。';

describe('names as the press prints them', () => {
  test.each([
    ['韩 雪', ['韩雪']],
    ['王 强 李明华', ['王强', '李明华']],
    ['张 三 李 四', ['张三', '李四']],
    ['王丽、张 强', ['王丽', '张强']],
    ['赵 琳 通讯员 孙 宇 江城报道', ['赵琳', '孙宇']],
  ])('%s', (value, names) => {
    expect(splitNames(value.replace('通讯员 ', ''))).toEqual(names);
  });

  test('offices and CMS placeholders are not people', () => {
    expect(['管理员', 'admin', '柳岸社区', '江北区民政局', '江城日报'].filter(isPersonName)).toEqual([]);
    expect(['韩雪', '欧阳明'].every(isPersonName)).toBe(true);
  });
});

describe('credit lines of the new families', () => {
  test.each([
    ['2025年11月03日08:41 | 来源：大众网', [['source', ['大众网']]], '2025年11月03日08:41'],
    ['2025-11-03 08:41:12 来源: 央广网', [['source', ['央广网']]], '2025-11-03 08:41:12'],
  ])('date, time and source on one line: %s', (line, expected, date) => {
    expect(credits(line)).toEqual(expected);
    expect(parseCreditLine(line)?.date?.text).toBe(date);
  });

  test.each([
    ['（责编：王 丽）', [['editor', ['王丽']]]],
    ['（责编：王丽、张强）', [['editor', ['王丽', '张强']]]],
    ['[责任编辑:王丽]', [['editor', ['王丽']]]],
    ['【编辑:付蓉】', [['editor', ['付蓉']]]],
  ])('the editor in brackets at the foot: %s', (line, expected) => {
    expect(credits(line)).toEqual(expected);
  });

  test.each([
    ['文字 | 张三', [['authors', ['张三']]]],
    ['图片丨李四', [['photographers', ['李四']]]],
    ['编辑｜王 五', [['editor', ['王五']]]],
    [
      '初审｜赵六 复审丨钱七 终审 | 孙八',
      [
        ['review.first', ['赵六']],
        ['review.second', ['钱七']],
        ['review.final', ['孙八']],
      ],
    ],
    ['文/图：李 娜', [['authors+photographers', ['李娜']]]],
  ])('a 美篇/秀米 credit block with any bar: %s', (line, expected) => {
    expect(credits(line)).toEqual(expected);
  });

  test('an outlet before the reporter is not text before a label', () => {
    expect(credits('大众网·海报新闻记者 赵 琳 通讯员 孙 宇 江城报道')).toEqual([
      ['authors', ['赵琳']],
      ['correspondents', ['孙宇']],
    ]);
  });

  test('a CMS info line set without spaces, and 成文日期 is not the publish date', () => {
    expect(credits('时间:2025-11-02 16:48来源:梅林新村社区作者:管理员点击:128次')?.map(([field]) => field)).toEqual(['date', 'source', 'authors', 'ignored']);
    expect(parseCreditLine('发布机构：江南区民政局 成文日期：2025-10-16 发布日期：2025-10-17 09:20')?.date?.text).toBe('2025-10-17 09:20');
    expect(parseCreditLine('成文日期：2025-10-16')?.date).toBeUndefined();
  });
});

describe('captions and their photographers', () => {
  test.each([
    ['图为社区志愿者为老人理发。人民网 韩雪摄', '社区志愿者为老人理发', ['韩雪']],
    ['图为：居民参加义诊。央广网记者 孙 悦 摄', '居民参加义诊', ['孙悦']],
    ['义诊现场（央广网记者 李想 摄）', '义诊现场', ['李想']],
    ['这是食堂外景（无人机照片）。新华社发（刘洋 摄）', '这是食堂外景（无人机照片）', ['刘洋']],
    ['社区志愿者为老人理发 人民网 韩雪摄', '社区志愿者为老人理发', ['韩雪']],
    ['老人们在看摄影作品展 张三/摄', '老人们在看摄影作品展', ['张三']],
    ['居民们在写春联。孩子们在贴福字。', '居民们在写春联。孩子们在贴福字。', []],
    ['社区举办摄影展', '社区举办摄影展', []],
  ])('%s', (line, caption, photographers) => {
    expect(splitCaptionCredit(line)).toEqual({ caption, photographers, credited: photographers.length > 0 });
  });

  test('an office’s 供图 is a credit with no photographer to name', () => {
    expect(splitCaptionCredit('图为适老化改造产品展示区。（西河县民政局供图）')).toEqual({
      caption: '适老化改造产品展示区',
      photographers: [],
      credited: true,
    });
    expect(wordCaption('图为适老化改造产品展示区。（西河县民政局供图）')).toBeDefined();
  });

  test('a caption line is one that ends in a credit, starts with 图为 or is labelled 图片说明', () => {
    expect(wordCaption('图为社区志愿者为老人理发。人民网 韩雪摄')).toBe('图为社区志愿者为老人理发。人民网 韩雪摄');
    expect(wordCaption('（图片说明：居民用积分兑换生活用品）')).toBe('居民用积分兑换生活用品');
    expect(wordCaption('新华社记者 王强 摄')).toBe('新华社记者 王强 摄');
    expect(wordCaption('社区开展活动，居民积极参加。')).toBeUndefined();
  });

  test('the photographer of a caption joins the article’s photographers', () => {
    const r = importArticle(['社区长者食堂开张', '2025年11月03日08:41 | 来源：大众网', BODY, '图为志愿者送餐上门。大众网记者 韩 雪 摄', BODY].join('\n'));
    expect(r.frontmatter.photographers).toEqual(['韩雪']);
    expect(r.blocks.find((b) => b.kind === 'figure')).toMatchObject({ caption: '志愿者送餐上门' });
  });
});

describe('decoration', () => {
  test.each([
    ['🏮新春游园会🏮', '新春游园会'],
    ['✨社区✨ 温暖 ❤️', '社区✨ 温暖'],
    ['给志愿者点个👍，真好', '给志愿者点个👍，真好'],
    ['↑点击上方关注我们', '点击上方关注我们'],
    ['🌸🌸🌸', ''],
  ])('%s → %s', (line, expected) => {
    expect(stripDecoration(line)).toBe(expected);
  });

  test('a short line framed by emoji is an emphasised phrase, never a heading; the same line plain is one', () => {
    const headings = (line: string) =>
      importArticle(['邻里文化节侧记', '2025/10/26', BODY, line, BODY].join('\n'))
        .blocks.filter((b) => b.kind === 'heading')
        .map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(headings('💕远亲不如近邻💕')).toEqual([]);
    expect(headings('远亲不如近邻')).toEqual(['远亲不如近邻']);
  });

  test('a camera opens a caption; a line of emoji goes', () => {
    const r = removeDecoration(textToLines('📷 居民在写春联\n🌸🌸🌸\n正文'));
    expect(r.lines.map((l) => l.text)).toEqual(['▲居民在写春联', '正文']);
    expect(r.removed).toBe(2);
  });
});

describe('platform chrome', () => {
  test.each([
    '分享让更多人看到',
    '美篇号 20561348',
    '分享给朋友',
    '举报',
    '关注',
    '+ 关注',
    '向上滑动',
    '本文由秀米编辑器排版',
    '135编辑器',
    '打开APP 阅读最新报道',
    'IP属地：山东',
    '以下文章来源于北湖街道 ，作者北湖街道',
    '澎湃号·政务',
    '第A03版：社区',
    '上一版 下一版 版面导航',
    '放大 缩小 默认',
    '特别声明：本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场。',
  ])('%s', (line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  test.each(['关注老人的身体健康是社区的责任。', '社区举报电动车进楼道的热线开通了，居民可随时反映。', '向上级部门反映'])('not chrome: %s', (line) => {
    expect(isChromeLine(line)).toBe(false);
  });
});

describe('titles', () => {
  const meta = (text: string) => extractMeta(textToLines(text)).meta;

  test('a paper’s masthead and date come first; the title is the first line after them', () => {
    expect(meta(`江城日报\n2025年10月21日 星期二\n家门口看上“专家号”\n家庭医生团队每月进社区坐诊\n${BODY}`)).toMatchObject({
      title: '家门口看上“专家号”',
      subtitle: '家庭医生团队每月进社区坐诊',
      assumed: [{ line: '家庭医生团队每月进社区坐诊', as: 'subtitle' }],
    });
  });

  test('a 引题 above the title goes to the report; a —— subtitle between title and byline is read', () => {
    expect(meta(`小区里开起“长者食堂”\n滨江社区老人吃上热乎饭\n——望江街道探索助餐模式\n本报记者 韩 雪 通讯员 周启明\n${BODY}`)).toMatchObject({
      title: '滨江社区老人吃上热乎饭',
      subtitle: '望江街道探索助餐模式',
      authors: ['韩雪'],
      correspondents: ['周启明'],
      aboveTitle: ['小区里开起“长者食堂”'],
    });
  });

  test('an account line under the title is the source when the page names none, and said so', () => {
    expect(meta(`浓浓重阳情 暖暖邻里心\n江北区幸福里社区\n2025.10.29\n${BODY}`)).toMatchObject({
      title: '浓浓重阳情 暖暖邻里心',
      source: '江北区幸福里社区',
      dayOnly: true,
      assumed: [{ line: '江北区幸福里社区', as: 'source' }],
    });
  });

  test('an account line when the page names its 来源 is not filed, and is quoted for the editor', () => {
    const m = meta(`北湖花园社区“文明红榜”出炉！\n江城江北发布\n2025年10月15日 17:42\n${BODY}\n来源：北湖街道`);
    expect(m).toMatchObject({ source: '北湖街道', assumed: [] });
    expect(m.subtitle).toBeUndefined();
    expect(m.unknownCredits).toContain('江城江北发布');
  });

  test('a reportage subtitle under the title is not the title', () => {
    expect(meta(`邻里一家亲 共叙樱花情\n樱花苑社区邻里文化节侧记\n2025/10/26\n${BODY}`)).toMatchObject({
      title: '邻里一家亲 共叙樱花情',
      subtitle: '樱花苑社区邻里文化节侧记',
    });
  });

  test.each([
    ['阳光社区“积分超市”开张_大众网', '阳光社区“积分超市”开张'],
    ['社区食堂开张_民生_江城新闻网', '社区食堂开张'],
    ['义诊进社区 - 人民网', '义诊进社区'],
    ['老旧小区改造——居民说了算', '老旧小区改造——居民说了算'],
  ])('a site name after a copied title goes: %s', (raw, title) => {
    expect(withoutSiteName(raw)).toBe(title);
  });

  test('a space between a headline’s parts stays', () => {
    expect(normalizeHeadline('义诊送到“家门口” 家庭医生“签”出健康').text).toBe('义诊送到“家门口” 家庭医生“签”出健康');
    expect(normalizeHeadline('“邻”距离 “动”起来').text).toBe('“邻”距离 “动”起来');
  });
});

describe('a saved paper page and a saved WeChat page', () => {
  test('引题 and 副题 around the title’s h1 keep their places', () => {
    const html = `<html><head><title>石榴园社区“微改造”改出好心情</title></head><body><div class="article">
      <h3>加装电梯、增设充电棚</h3><h1>石榴园社区“微改造”改出好心情</h1><h2>八成项目由居民“点单”</h2>
      <div id="ozoom"><p>${BODY}</p><p>${BODY}</p></div></div></body></html>`;
    expect(extractMeta(htmlToLines(html).lines).meta).toMatchObject({
      title: '石榴园社区“微改造”改出好心情',
      subtitle: '八成项目由居民“点单”',
      aboveTitle: ['加装电梯、增设充电棚'],
    });
  });

  test('GIF banners, divider strips and the QR code are not photos; #publish_time gives the day', () => {
    const html = `<html><body><h1 class="rich_media_title">桂园社区“百家宴”暖了老人心</h1>
      <div><span>桂园社区</span> <span>江北桂园</span> <em id="publish_time">2025-10-30</em></div>
      <div id="js_content"><p><img data-src="https://mmbiz.qpic.cn/a/640?wx_fmt=gif"></p><p>${BODY}</p>
      <p><img data-src="https://mmbiz.qpic.cn/b/640?wx_fmt=jpeg" data-ratio="0.66"></p><p>▲居民端出拿手菜</p>
      <p><img data-src="https://mmbiz.qpic.cn/c/640?wx_fmt=png" data-ratio="0.05"></p><p>${BODY}</p>
      <p><img data-src="https://mmbiz.qpic.cn/d/640?wx_fmt=jpeg" data-ratio="1"></p><p>长按识别二维码 关注我们</p></div></body></html>`;
    const r = importArticle(html);
    expect(r.frontmatter.publishedAt).toBe('2025-10-30');
    expect(r.report.images.map((i) => i.caption)).toEqual(['居民端出拿手菜']);
  });
});

describe('numbered headings glued into the text', () => {
  test.each([
    ['一、“以老劝老”更管用72岁的团长是退休民警。', '一、“以老劝老”更管用'],
    ['三、“一对一”结对守护今年以来，宣讲员结对46位老人。', '三、“一对一”结对守护'],
    ['二、“家门口”宣讲接地气宣讲团不搞大场面。', '二、“家门口”宣讲接地气'],
  ])('%s', (text, heading) => {
    expect(text.slice(0, ordinalHeadingEnd(text, 0))).toBe(heading);
  });

  test('no cue, or a comma first: no split', () => {
    expect(ordinalHeadingEnd('一、社区召开会议，居民踊跃发言。', 0)).toBeUndefined();
  });

  test('`01 / 活动现场` in a 秀米 layout is a heading; 第一、二期 in a caption is not a glued one', () => {
    const r = importArticle(['文明实践集市开张', '2025.10.29', BODY, '01 / 活动现场', BODY, '▲社区开展第一、二期培训'].join('\n'));
    expect(r.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''))).toEqual(['01 / 活动现场']);
    expect(r.report.images.map((i) => i.caption)).toEqual(['社区开展第一、二期培训']);
  });
});

describe('what the first held-out score taught (round two)', () => {
  const meta = (text: string) => extractMeta(textToLines(text)).meta;
  const headings = (text: string) => importArticle(text).blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));

  test('a self-media header: the time with the account after it, the province alone, 原创 glued to the time', () => {
    const m = meta(`老楼加装电梯 居民圆了“上楼梦”\n山阳东山发布\n2025-10-30 18:22山东山阳市东山区融媒体中心官方账号\n${BODY}`);
    expect(m).toMatchObject({
      title: '老楼加装电梯 居民圆了“上楼梦”',
      source: '山阳东山发布',
      dropped: ['2025-10-30 18:22山东山阳市东山区融媒体中心官方账号'],
    });
    expect(m.publishedAt?.toISOString()).toBe('2025-10-30T10:22:00.000Z');
    expect(meta(`楼道清障\n2025-11-01 09:12\n山东\n${BODY}`)).toMatchObject({ dropped: ['山东'] });
    expect(meta(`智能手机课堂开课\n原创2025-10-31 09:15·西河融媒\n${BODY}`).publishedAt?.toISOString()).toBe('2025-10-31T01:15:00.000Z');
  });

  test('under 本报讯 the masthead above the title is the 来源; 本版责编 is the editor', () => {
    const m = meta(`山阳日报数字报\n第A03版：社区\n长者食堂开张\n本版责编：王 丽　美编：周小川\n本报讯（记者 韩雪）${BODY}`);
    expect(m).toMatchObject({ source: '山阳日报', editor: '王丽' });
    expect(meta(`山阳日报\n长者食堂开张\n${BODY}`).source).toBeUndefined();
  });

  test('a catalogue row’s day and the info line’s time on that day: the time is kept', () => {
    const m = meta(`老旧小区改造\n发布日期：2025-09-10\n发布时间：2025-09-10 16:32\n${BODY}`);
    expect(m.dayOnly).toBe(false);
    expect(m.publishedAt?.toISOString()).toBe('2025-09-10T08:32:00.000Z');
  });

  test('site and column names after dashes go; brackets around a credit must pair', () => {
    expect(withoutSiteName('充电棚建成 “飞线充电”少了-镇街动态-东山区人民政府')).toBe('充电棚建成 “飞线充电”少了');
    expect(credits('【纠错】 [责任编辑: 赵 晨 ]')).toEqual([['editor', ['赵晨']]]);
  });

  test('a paper’s table layout: the cell that repeats <title> is the title, the rows beside it 引题 and 副题', () => {
    const html = `<html><head><title>山阳晚报数字报-“积分超市”开进石榴园社区</title></head><body><table>
      <tr><td>垃圾分类有“甜头”</td></tr><tr><td class="font02">“积分超市”开进石榴园社区</td></tr><tr><td>三个月兑换生活用品2100余件</td></tr>
      <tr><td><div id="ozoom"><p>${BODY}</p><p>${BODY}</p></div></td></tr></table></body></html>`;
    expect(extractMeta(htmlToLines(html).lines).meta).toMatchObject({
      title: '“积分超市”开进石榴园社区',
      subtitle: '三个月兑换生活用品2100余件',
      aboveTitle: ['垃圾分类有“甜头”'],
    });
  });

  test('a short line is a heading only when it opens a section of text; a chatty line on a tilde never is', () => {
    expect(headings(`文明实践集市开张\n2025.10.29\n${BODY}\n活动现场\n${BODY}`)).toEqual(['活动现场']);
    expect(headings(`重阳节敬老\n2025.10.29\n${BODY}\n祝所有的老人们\n重阳安康 幸福长寿！`)).toEqual([]);
    expect(headings(`义诊进社区\n2025.10.29\n${BODY}\n一起来看看吧～\n${BODY}`)).toEqual([]);
  });

  test('△ marks a caption like ▲; ▍ before a heading is decoration', () => {
    const r = importArticle(`楼道清障\n2025.10.29\n${BODY}\n△志愿者清理楼道\n▍清理楼道 扫除隐患\n${BODY}`);
    expect(r.report.images.map((i) => i.caption)).toEqual(['志愿者清理楼道']);
    expect(r.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []))).toEqual(['清理楼道 扫除隐患']);
  });
});

describe('what the third blind batch taught (round four)', () => {
  const meta = (text: string) => extractMeta(textToLines(text)).meta;
  const headings = (text: string) => importArticle(text).blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));

  test('section headings with a colon or a comma count when the article has two of the same shape', () => {
    const page = (a: string, b: string) => `防汛一线\n2025.08.14\n${BODY}\n${a}\n${BODY}\n${b}\n${BODY}`;
    expect(headings(page('深夜巡查：哪里积水往哪里跑', '转移安置：一张清单记着42位老人'))).toEqual([
      '深夜巡查：哪里积水往哪里跑',
      '转移安置：一张清单记着42位老人',
    ]);
    expect(headings(page('楼道里的“小改造”，解决大难题', '家里的“微改造”，一户一方案'))).toEqual([
      '楼道里的“小改造”，解决大难题',
      '家里的“微改造”，一户一方案',
    ]);
    // One such line is a sentence that lost its stop, not a heading.
    expect(headings(page('深夜巡查：哪里积水往哪里跑', BODY))).toEqual([]);
  });

  test('a date line with a counter or the paper’s page after it; an account’s byline without 原创', () => {
    expect(meta(`风雨中守在“堤”上\n2025-08-14 18:22  阅读 2156\n${BODY}`).publishedAt?.toISOString()).toBe('2025-08-14T10:22:00.000Z');
    expect(meta(`今日临溪\n2025年11月12日　星期三　　第2版：综合新闻\n清水湾社区“红榜”上墙\n${BODY}`).dayOnly).toBe(true);
    const m = meta(`反诈宣传进西坝社区\n石门发布 2025年11月14日 17:45 浙江\n${BODY}`);
    expect(m.publishedAt?.toISOString()).toBe('2025-11-14T09:45:00.000Z');
    expect(m.dropped).toEqual(['石门发布 2025年11月14日 17:45 浙江']);
  });

  test('an outlet printed with its reporter is the 来源 when the page names none; 文/摄 makes both', () => {
    expect(meta(`社区时间银行开张\n白石晚报记者 秦 朗\n${BODY}`)).toMatchObject({ source: '白石晚报', authors: ['秦朗'] });
    expect(meta(`社区时间银行开张\n白石晚报记者 秦 朗\n${BODY}\n来源：东湖发布`).source).toBe('东湖发布');
    expect(meta(`扶手装到床头边\n晚报记者 邵 琳 文/摄\n${BODY}`)).toMatchObject({ authors: ['邵琳'], photographers: ['邵琳'] });
  });

  test('a saved page’s short grey line under a picture is its caption; a 方正 page’s enpproperty gives the day', () => {
    const html = `<html><head><title>义诊进社区</title></head><body><!--enpproperty <articleid>1</articleid><date>2025-11-14</date>-->
      <h1>义诊进社区</h1><div id="js_content"><p>${BODY}</p><section><img data-src="https://mmbiz.qpic.cn/a/640?wx_fmt=jpeg" data-ratio="0.66"></section>
      <section><span style="font-size: 12px">心内科专家为居民解读心电图报告</span></section><p>${BODY}</p></div></body></html>`;
    const r = importArticle(html);
    expect(r.report.images.map((i) => i.caption)).toEqual(['心内科专家为居民解读心电图报告']);
    expect(r.frontmatter.publishedAt).toBe('2025-11-14');
  });

  test('two headline lines: title and subtitle, unless the first is far shorter (a 引题) or the second bears (图)', () => {
    expect(meta(`垃圾分类进行时\n9月“垃圾分类红榜”出炉 15户家庭上榜\n发布时间：2025/09/28 08:45\n${BODY}`)).toMatchObject({
      title: '9月“垃圾分类红榜”出炉 15户家庭上榜',
      aboveTitle: ['垃圾分类进行时'],
    });
    expect(meta(`扶手装到床头边 夜灯亮在过道里\n北城区云栖街道为86户高龄独居老人家庭做适老化改造\n晚报记者 邵 琳 文/摄\n${BODY}`)).toMatchObject({
      title: '扶手装到床头边 夜灯亮在过道里',
      subtitle: '北城区云栖街道为86户高龄独居老人家庭做适老化改造',
    });
    expect(meta(`居民的事居民商量着办\n凤鸣社区“板凳会”议出32个新车位(图)\n发布时间：2025-07-03 16:42\n${BODY}`).title).toBe('凤鸣社区“板凳会”议出32个新车位');
  });

  test('a date with a counter after it is not taken for a row of buttons; a labelled caption keeps its words', () => {
    const r = importArticle(`风雨中守在“堤”上\n2025-08-14 18:22  阅读 2156\n${BODY}\n（图片说明：志愿者上门为老人测量血糖。潘雨桐 摄）\n${BODY}`);
    expect(r.frontmatter).toMatchObject({ publishedAt: '2025-08-14 18:22', photographers: ['潘雨桐'] });
    expect(r.report.images.map((i) => i.caption)).toEqual(['志愿者上门为老人测量血糖']);
  });

  test('audio buttons, tip e-mails, account descriptions and repost notes are chrome', () => {
    for (const line of [
      '点击播报本文，约',
      '听全文',
      'zjnews@chinanews.com.cn',
      '白石市东湖区委宣传部官方账号',
      '注：请在转载文章内容时务必注明出处！',
      '相关搜索',
    ]) {
      expect(isChromeLine(line), line).toBe(true);
    }
  });
});

describe('what the fourth blind batch taught', () => {
  const meta = (text: string) => extractMeta(textToLines(text)).meta;

  test('a headline may exclaim before it goes on; a paragraph still needs more than a headline holds', () => {
    const r = importArticle(`鸣泉社区“长者食堂”开张啦！家门口就能吃上热乎饭🍲\n原创 韩雪 鹿城发布 2025年11月03日 18:20 浙江\n${BODY}`);
    expect(r.frontmatter.title).toBe('鸣泉社区“长者食堂”开张啦！家门口就能吃上热乎饭');
    expect(meta(`邻里节开幕\n${BODY}\n太好了！社区终于有了自己的食堂，老人们再也不用为一日三餐发愁了，大家都说好。`).title).toBe('邻里节开幕');
  });

  test('文： and 图： on one line pair the writer and the photographer', () => {
    expect(credits('文：梁 静　图：许 杰')).toEqual([
      ['authors', ['梁静']],
      ['photographers', ['许杰']],
    ]);
    expect(parseCreditLine('文：明天下午在社区活动室见')).toBeUndefined();
  });

  test('文/图 after a reporter is both roles, not a credit for 图; a paper’s page is not part of its name; 版式 is no editor', () => {
    expect(credits('晚报记者 谭一诺 文/图')).toEqual([['authors+photographers', ['谭一诺']]]);
    expect(parseCreditLine('日期：2025-11-05　来源：金川日报　第03版：城事·社区')?.credits.find((c) => c.field === 'source')?.value).toBe('金川日报');
    expect(credits('责任编辑：韦 岚　版式：高 扬　校对：马 成')?.[0]).toEqual(['editor', ['韦岚']]);
  });

  test('a page dated only where it signs off takes that date, as a day; a date inside the text is not it', () => {
    const signed = meta(`暑期班圆满结营\n${BODY}\n${BODY}\n文字：苏 青\n竹园社区\n2025年8月22日`);
    expect(signed).toMatchObject({ dayOnly: true });
    expect(toChinaDay(signed.publishedAt!)).toBe('2025-08-22');
    expect(meta(`暑期班圆满结营\n${BODY}\n2025年8月22日\n${BODY}\n${BODY}\n${BODY}`).publishedAt).toBeUndefined();
  });

  test('a portal’s follow block and 网易号’s 申请入驻 are chrome; a caption keeps its comma before the credit; a title keeps its part space after a quote', () => {
    for (const line of ['央广网官方微信', '央广网官方微博', '申请入驻']) expect(isChromeLine(line), line).toBe(true);
    expect(isChromeLine('社区开通官方微信公众号，方便居民办事')).toBe(false);
    expect(splitCaptionCredit('安置点内，志愿者为群众分发热粥 周晓燕 摄')).toMatchObject({
      caption: '安置点内，志愿者为群众分发热粥',
      photographers: ['周晓燕'],
    });
    expect(normalizeHeadline('青溪街道发布第三季度“文明实践红榜” 6户家庭18名居民上榜').text).toBe('青溪街道发布第三季度“文明实践红榜” 6户家庭18名居民上榜');
  });
});
