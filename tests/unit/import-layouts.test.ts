/**
 * What each #18 page teaches: layouts of the WeChat and county/street portal
 * families in wordings the first round had not seen (tests/fixtures/import/pages/).
 * import-acceptance.test.ts pins each page's whole Markdown and runs content:check
 * on it; here the key fields and the report are asserted one by one, so a
 * regression names the rule that broke.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readFrontmatter } from '../../src/lib/text/frontmatter.ts';
import { importArticle, type ImportResult } from '../../src/lib/import/import-article.ts';
import { formatReport } from '../../src/lib/import/report.ts';

const PAGES = new URL('../fixtures/import/pages/', import.meta.url);
const run = (name: string): ImportResult => importArticle(readFileSync(new URL(name, PAGES)));
const data = (r: ImportResult) => {
  const fm = readFrontmatter(r.markdown);
  return fm.ok ? fm.data : undefined;
};

describe('WeChat copies', () => {
  test('a byline split over lines is one credit line; 合集 is never the title; 编者按 stays text; 供稿 is the source', () => {
    const r = run('wechat-split-byline.raw.txt');
    expect(data(r)).toEqual({
      title: '桂花巷社区：“时间银行”存下邻里温情',
      publishedAt: '2024-05-06 09:12',
      source: '桂花巷社区居委会',
      editor: '冯晓雨',
      draft: true,
    });
    expect(r.blocks[0]).toEqual({ kind: 'paragraph', text: expect.stringMatching(/^编者按：帮人就是帮自己。/) });
    expect(r.report.unknownCredits).toEqual(['原创：桂花巷社区 桂花巷发布', '审核：邹建']);
    expect(r.report.chromeLines).toEqual(['收录于合集', '#社区动态 36个', '阅读原文', '在看', '分享', '点赞']);
    expect(r.markdown).not.toMatch(/山东|合集|#/);
  });

  test('a 合集 line above the title goes; 初审/复审/终审 with bars fill the review', () => {
    const r = run('wechat-collection-first.raw.txt');
    expect(data(r)).toMatchObject({
      kicker: '柳岸社区',
      title: '口袋公园开园 家门口多了“后花园”',
      publishedAt: '2023-10-21 18:40',
      review: { first: '蒋涛', second: '韦丽', final: '秦海' },
    });
    expect(r.report.aboveTitle).toEqual([]);
    expect(r.report.chromeLines).toEqual(['#社区动态 18个', '继续滑动看下一个', '微信扫一扫关注该公众号']);
  });

  test('a saved WeChat page: byline spans, the tag list and 一审/二审/三审 under 文字/摄影/编辑', () => {
    const r = run('wechat-saved.raw.html');
    expect(data(r)).toEqual({
      title: '旧物换新 绿色同行',
      publishedAt: '2024-06-03 17:25',
      authors: ['鲍思远'],
      photographers: ['廖凯'],
      editor: '阮晴',
      review: { first: '池峰', second: '苗青', final: '宁远' },
      draft: true,
    });
    expect(r.report.unknownCredits).toEqual(['原创：东湖街道 东湖发布']);
    expect(r.report.chromeLines).toContain('收录于合集#垃圾分类12个');
  });

  test('签发 is the 终审; 审核, 校对 and 排版 are quoted for the editor; comments after 精选留言 go', () => {
    const r = run('wechat-signoff.raw.txt');
    expect(data(r)).toMatchObject({ source: '青松里社区党委', review: { final: '雷鸣' } });
    expect(r.report.missing.review).toEqual(['review.first', 'review.second']);
    expect(r.report.unknownCredits).toEqual(['原创：青松里社区', '排版：严欣', '校对：季风', '审核：康宁']);
    expect(r.report.chromeLines).toContain('张阿姨：这个好，下周去借梯子！');
    expect(r.markdown).not.toMatch(/张阿姨|喜欢作者|原创内容/);
  });

  test('topic tags, END and 往期回顾 go; a sentence ending on a percentage gets its full stop', () => {
    const r = run('wechat-topic-tags.raw.txt');
    expect(data(r)).toMatchObject({ source: '杏林社区居委会', editor: '花蕾', publishedAt: '2024-08-16 19:30' });
    expect(r.markdown).toContain('从35%提高到了68%。');
    expect(r.report.chromeLines).toEqual([
      '点击蓝字 关注我们',
      '#垃圾分类 #志愿服务',
      '- END -',
      '往期回顾',
      '杏林社区夏季纳凉晚会举行',
      '杏林社区为高龄老人上门体检',
    ]);
  });
});

describe('county and street portals', () => {
  test('full-width digits and colon are read as the time and made half-width in the text; a 电头 with both gives both', () => {
    const r = run('county-fullwidth.raw.txt');
    expect(data(r)).toEqual({
      title: '白杨镇开展冬季森林防火巡查',
      publishedAt: '2023-12-05 10:15',
      source: '白杨镇人民政府',
      authors: ['葛新'],
      correspondents: ['贺兰'],
      review: { first: '汤明', second: '毛静', final: '郝伟' },
      draft: true,
    });
    expect(r.markdown).toContain('共清理林下可燃物2.5吨');
    expect(r.markdown).not.toMatch(/[０-９：]{2}|【|浏览次数/);
    expect(r.report.removed.fullWidth).toBe(28);
  });

  test('发布机构 is the source, 签发 the 终审, 〖〗 tools and the government footer go', () => {
    const r = run('county-portal.raw.html');
    expect(data(r)).toMatchObject({
      publishedAt: '2024-01-12 16:08',
      source: '青山县民政局',
      authors: ['甘霖'],
      correspondents: ['伍洋'],
      review: { final: '顾晨' },
    });
    expect(r.report.chromeLines).toEqual([
      '网站首页 | 政务公开 | 互动交流 | 办事服务',
      '您当前的位置：首页 >> 政务公开 >> 镇街动态',
      '〖打印本页〗〖关闭窗口〗',
      '主办单位：青山县人民政府办公室 承办：青山县大数据中心',
      '网站标识码：3711220001 鲁ICP备06000001号',
      '建议使用1366×768分辨率、IE10以上浏览器访问本站',
    ]);
  });

  test('an event time in the text stays text (made half-width); a site name above the title is listed with the chrome', () => {
    const r = run('county-event-time.raw.txt');
    expect(data(r)).toMatchObject({ publishedAt: '2024-01-10 09:00', source: '松林县融媒体中心', editor: '潘岳' });
    expect(r.markdown).toContain('时间：2024年2月3日下午2:00');
    expect(r.markdown).toContain('0535-6612345');
    expect(r.report.aboveTitle).toEqual([]);
    expect(r.report.chromeLines).toContain('松林县新闻网');
  });

  test('a catalogue table: 索引号 and 主题分类 go, 发布机构 and a full-width day are read, a slash trail goes', () => {
    const r = run('street-catalogue.raw.html');
    expect(data(r)).toMatchObject({ publishedAt: '2024-04-18', source: '南湖街道办事处' });
    expect(r.report.dayOnly).toBe('2024-04-18');
    expect(r.markdown).not.toMatch(/索引号|主题分类|首页/);
    expect(r.report.chromeLines[0]).toBe('首页 / 新闻中心 / 社区动态');
  });

  test('a 下午 time, 初审人/复审人/终审人, a dash trail and reading-aid tools', () => {
    const r = run('street-portal-labels.raw.txt');
    expect(data(r)).toMatchObject({
      publishedAt: '2024-03-08 15:20',
      authors: ['滕雅'],
      source: '翠竹社区',
      editor: '穆青',
      review: { first: '段玉', second: '阎平', final: '戴红' },
    });
    expect(r.report.chromeLines.slice(0, 2)).toEqual(['首页-新闻动态-社区动态', '【视力保护色】【双击滚屏】【朗读】']);
  });

  test('a review table with label and name in separate cells, and a time in 时 and 分', () => {
    const r = run('portal-review-chain.raw.html');
    expect(data(r)).toMatchObject({
      publishedAt: '2023-12-05 10:15',
      source: '石桥街道',
      authors: ['邝雨'],
      review: { first: '江帆', second: '欧阳莉', final: '司马清' },
    });
    expect(r.report.missing.review).toEqual([]);
  });
});

describe('full-width text and datelines', () => {
  test('full-width Latin, digits, decimals and percentages become half-width; glued dateline names are read', () => {
    const r = run('fullwidth-latin.raw.txt');
    expect(data(r)).toMatchObject({ publishedAt: '2024-02-26 08:45', source: '临河发布', authors: ['于蓝'], correspondents: ['卓一凡'] });
    expect(r.markdown).toContain('SOS手环');
    expect(r.markdown).toContain('85.7%');
    expect(r.markdown).toContain('在APP里开设了“助餐”“助医”两个栏目，子女');
    expect(r.markdown).toContain('社区书记黎明说：“手环');
  });

  test('a dateline after an 编者按 still gives its names', () => {
    const r = run('dateline-after-note.raw.txt');
    expect(data(r)).toMatchObject({ authors: ['左岩'], correspondents: ['应秀', '贾川'] });
  });
});

describe('the report an editor reads', () => {
  test('quotes every dropped line under its own heading, after the to-do list', () => {
    const lines = formatReport(run('county-portal.raw.html').report, 'content/news/2024/images');
    expect(lines.slice(-7)).toMatchInlineSnapshot(`
      [
        "删去的栏目和页面零件（请核对，如有正文请补回）：",
        "- “网站首页 | 政务公开 | 互动交流 | 办事服务”",
        "- “您当前的位置：首页 >> 政务公开 >> 镇街动态”",
        "- “〖打印本页〗〖关闭窗口〗”",
        "- “主办单位：青山县人民政府办公室 承办：青山县大数据中心”",
        "- “网站标识码：3711220001 鲁ICP备06000001…”",
        "- “建议使用1366×768分辨率、IE10以上浏览器访问本站”",
      ]
    `);
  });
});
