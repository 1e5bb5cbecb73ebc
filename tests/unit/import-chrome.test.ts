import { describe, expect, test } from 'vitest';
import { isChromeLine, isTailMarker } from '../../src/lib/import/chrome.ts';
import { filterLines } from '../../src/lib/import/filter-lines.ts';
import { textToLines } from '../../src/lib/import/lines.ts';

describe('isChromeLine', () => {
  test.each([
    ['a breadcrumb with a label', '当前位置：首页 > 社区动态 > 正文'],
    ['a breadcrumb without a label', '首页 » 新闻中心 » 社区'],
    ['font and print buttons', '【字体：大 中 小】【打印本页】【关闭窗口】'],
    ['a view counter', '浏览次数：5210'],
    ['a previous-article link', '上一篇：社区举办重阳节敬老活动'],
    ['a next-article link', '下一篇：暂无'],
    ['a related-news heading', '相关阅读'],
    ['an app download line', '下载松鹤新闻客户端'],
    ['an app blurb', '松鹤公交客户端 简介：实时查询公交到站时间，出行更方便。'],
    ['a copyright line', 'Copyright © 2024 松鹤新闻网 All Rights Reserved'],
    ['an ICP line', '鲁ICP备12345678号-2'],
    ['a public-security filing line', '鲁公网安备 37010202000001号'],
    ['a reprint notice', '凡本网注明来源的作品，未经授权不得转载。'],
    ['a footer menu', '关于我们网站地图联系我们'],
    ['a column header', '视频新闻更多>>'],
    ['a column header without arrows', '视听中心更多'],
    ['an end mark', '◆◆◆'],
    ['a dash rule', '————————'],
    ['a stray numeric id', '202403121005318810'],
    ['an alphanumeric id', 'ID20240312001'],
    ['page numbers', '1 2 3'],
    ['a WeChat follow prompt', '点击上方蓝字，关注我们'],
    ['a WeChat end mark', '- END -'],
    ['a site menu', '首页 | 新闻 | 视频 | 专题'],
    ['a search box', '热门搜索：养老 停车'],
    ['a WeChat collection line', '收录于合集 #社区动态 36个'],
    ['a collection tag with its count', '#社区动态 36个'],
    ['topic tags', '#垃圾分类 #志愿服务'],
    ['a collection count left alone', '36个'],
    ['a swipe prompt', '继续滑动看下一个'],
    ['the profile card', '128篇原创内容'],
    ['a lone comment button', '留言'],
    ['a breadcrumb with 您当前的位置', '您当前的位置：首页 >> 政务公开 >> 镇街动态'],
    ['a slash trail from the home page', '首页 / 新闻中心 / 社区动态'],
    ['a dash trail from the home page', '首页-新闻中心-社区动态'],
    ['bracketed tool links', '【字体：大 中 小】【打印】【关闭窗口】【收藏】'],
    ['tools in other brackets', '〖打印本页〗〖关闭窗口〗'],
    ['a single bracketed tool', '【打印】'],
    ['reading aids', '【视力保护色】【双击滚屏】【朗读】'],
    ['a site identity code', '网站标识码：3706830001'],
    ['who runs the site', '主办单位：松林县人民政府办公室 承办：松林县大数据中心'],
    ['a browser note', '建议使用1366×768分辨率、IE9以上浏览器访问本站'],
  ])('drops %s', (_what, line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  test.each([
    ['a sentence that starts with 下载', '下载“随申办”APP后，居民在家就能预约社区服务。'],
    ['a sentence mentioning copyright', '社区开展知识产权宣传，讲解版权保护常识。'],
    ['a caption with an arrow', '▲志愿者为老人量血压'],
    ['a list marker', '▼'],
    ['a short heading', '社区的新变化'],
    ['a year inside a sentence', '2024年，社区新增停车位200个。'],
    ['a heading that starts like a button', '打印机捐赠仪式在社区举行'],
    ['a heading about scanning codes', '扫码点餐进社区'],
    ['a heading that ends in 更多', '让老人享受更多'],
    ['a heading about an app', '“随申办”APP'],
    ['a kicker in brackets alone', '【社区动态】'],
    ['a heading that starts at the home page', '首页上线了社区服务专栏'],
    ['a sentence with a hash sign', '居民在朋友圈发起#邻里互助#话题，一天就有上百人参与。'],
    ['a heading about comments', '留言板上的民生事'],
  ])('keeps %s', (_what, line) => {
    expect(isChromeLine(line)).toBe(false);
  });

  test('knows which lines end an article', () => {
    expect(isTailMarker('相关新闻')).toBe(true);
    expect(isTailMarker('推荐阅读：社区食堂开业')).toBe(true);
    expect(isTailMarker('社区还举办了推荐阅读书目分享会。')).toBe(false);
  });
});

describe('filterLines', () => {
  const page = [
    '当前位置：首页 > 社区',
    '人妻无码_一区二区_在线观看',
    '明湖社区开展义诊',
    '来源：松鹤日报 2024-05-06 09:00',
    '5月5日，明湖社区联合区人民医院在社区广场开展义诊活动，为居民免费测量血压、血糖。',
    '<script>alert(1)</script>',
    '相关新闻',
    '青松里社区举办健康讲座',
    '责任编辑：于洋',
    '版权所有 松鹤日报社',
  ].join('\n');
  const result = filterLines(textToLines(page));

  test('keeps the title, the article and every credit line, even after the article ends', () => {
    expect(result.lines.map((l) => l.text)).toEqual([
      '明湖社区开展义诊',
      '来源：松鹤日报 2024-05-06 09:00',
      '5月5日，明湖社区联合区人民医院在社区广场开展义诊活动，为居民免费测量血压、血糖。',
      '责任编辑：于洋',
    ]);
  });

  test('counts what it dropped by kind', () => {
    expect({ spam: result.spam, chrome: result.chrome, code: result.code }).toEqual({ spam: 1, chrome: 4, code: 1 });
  });

  test('keeps every chrome line it dropped, in order, for the report', () => {
    expect(result.chromeLines).toEqual(['当前位置：首页 > 社区', '相关新闻', '青松里社区举办健康讲座', '版权所有 松鹤日报社']);
  });
});
