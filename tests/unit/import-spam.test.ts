import { describe, expect, test } from 'vitest';
import { isHostileLine, isSpamLine, judgeSpam } from '../../src/lib/import/spam.ts';

describe('isSpamLine', () => {
  test.each([
    ['a porn keyword string', '最新人妻视频_高清无码在线观看_日韩精品一区二区'],
    ['a gambling line with a URL', '澳门娱乐城，注册即送88元彩金，立即访问 www.win-888.cc'],
    ['a link farm of adult phrases', '成人影院|免费观看|在线视频|美女直播'],
    ['Latin adult tags', '日本AV在线_97碰碰_国产精品'],
    ['a line of many URLs', 'http://a.example.cc http://b.example.cc http://c.example.cc'],
    ['a lottery tip line', '香港最准的资料免费公开 澳门今晚开什么特马 管家婆一码一肖资料大全'],
    ['a franchise keyword line', '托育加盟 早教加盟排行榜 婴儿托管班多少钱一个月 幼儿园加盟'],
    ['an ad link inside the body', '（点击进入→2025最新影视资源免费看）'],
  ])('drops %s', (_what, line) => {
    expect(isSpamLine(line)).toBe(true);
  });

  test.each([
    ['a notice warning against gambling and porn', '社区开展“扫黄打非”宣传，提醒居民远离赌博、抵制色情信息。'],
    ['a sentence about a charity lottery', '退休职工老刘每周都去买一注福利彩票，他说这是献爱心。'],
    ['adult education', '社区成人教育学校本学期开设了书法和电脑课程。'],
    ['a video course', '居民可以在社区公众号观看防诈骗视频课程。'],
    ['a kicker and title', '社区动态｜明湖社区举办亚洲美食节'],
    ['a site menu (chrome, not spam)', '首页 | 新闻 | 视频 | 专题'],
    ['a heading about AV equipment', '活动室AV设备更新'],
    ['a sentence with one official link', '详情请登录政府网站 www.songhe.gov.cn 查询。'],
    ['a price in a sentence', '一份午餐多少钱？两荤两素12元，80岁以上老人还有补贴，费用由街道承担。'],
    ['a heading about fees', '物业费用公示'],
  ])('keeps %s', (_what, line) => {
    expect(isSpamLine(line)).toBe(false);
  });

  test('weighs words: a strong word counts double', () => {
    expect(judgeSpam('百家乐').score).toBe(2);
    expect(judgeSpam('高清').score).toBe(1);
  });
});

describe('isHostileLine', () => {
  test.each([
    ['<script>alert(1)</script>'],
    ['点击<a href="javascript:steal()">这里</a>'],
    ['<img src=x onerror=alert(1)>'],
    ['<iframe src="https://ads.example.com"></iframe>'],
    ['onclick=run()'],
  ])('flags %s', (line) => {
    expect(isHostileLine(line)).toBe(true);
  });

  test.each([['社区举办“我爱Java编程”兴趣班'], ['on the road：社区骑行队出发'], ['会议在一楼online会议室召开']])('keeps %s', (line) => {
    expect(isHostileLine(line)).toBe(false);
  });
});
