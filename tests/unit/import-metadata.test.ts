import { describe, expect, test } from 'vitest';
import { textToLines } from '../../src/lib/import/lines.ts';
import { extractMeta } from '../../src/lib/import/metadata.ts';

const extract = (text: string) => extractMeta(textToLines(text));

describe('extractMeta', () => {
  test('moves title, credits, time and 三审 out of the body and keeps the body in order', () => {
    const { meta, body } = extract(
      [
        '海滨社区开展冬季消防演练(图)',
        '来源：海滨日报 作者：孔令辉 2023-12-02 10:30',
        '12月1日，海滨社区在小区中心广场开展冬季消防演练，200多名居民参加。',
        '演练结束后，消防员还为居民讲解了灭火器的使用方法。',
        '责任编辑：尹红',
        '初审：屈海波',
        '复审：万千',
        '终审：柏青',
      ].join('\n'),
    );
    expect(meta).toMatchObject({
      title: '海滨社区开展冬季消防演练',
      source: '海滨日报',
      authors: ['孔令辉'],
      editor: '尹红',
      review: { first: '屈海波', second: '万千', final: '柏青' },
      dayOnly: false,
    });
    expect(meta.publishedAt?.toISOString()).toBe('2023-12-02T02:30:00.000Z');
    expect(body.map((l) => l.text)).toEqual([
      '12月1日，海滨社区在小区中心广场开展冬季消防演练，200多名居民参加。',
      '演练结束后，消防员还为居民讲解了灭火器的使用方法。',
    ]);
  });

  test.each([
    ['a bar', '为民服务 办实事|海滨社区：楼道灯亮了', '为民服务 办实事', '海滨社区：楼道灯亮了'],
    ['a full-width bar', '社区动态｜加装电梯进行时', '社区动态', '加装电梯进行时'],
    ['brackets', '【社区动态】加装电梯进行时（组图）', '社区动态', '加装电梯进行时'],
  ])('splits a kicker written with %s', (_what, line, kicker, title) => {
    const { meta } = extract(`${line}\n社区近日完成了三部电梯的加装工作，居民出行更加方便。`);
    expect([meta.kicker, meta.title]).toEqual([kicker, title]);
  });

  test('takes the line right above the byline as the title; a site above it is chrome, a column or a 引题 is named', () => {
    const { meta, body } = extract('松鹤新闻网\n社区频道\n社区新添健身器材\n来源：松鹤网\n社区在中心花园新添了12件健身器材，居民们纷纷前来体验。');
    expect(meta.title).toBe('社区新添健身器材');
    expect(meta.aboveTitle).toEqual(['社区频道']);
    expect(meta.dropped).toEqual(['松鹤新闻网']);
    expect(body).toHaveLength(1);
    const kicked = extract(
      '松鹤新闻网\n加装电梯、更新管网\n社区新添健身器材\n——老旧小区改造见闻\n来源：松鹤网\n社区在中心花园新添了12件健身器材，居民们纷纷前来体验。',
    );
    expect(kicked.meta).toMatchObject({ title: '社区新添健身器材', subtitle: '老旧小区改造见闻', aboveTitle: ['加装电梯、更新管网'], dropped: ['松鹤新闻网'] });
  });

  test('without a byline takes the first short line, and leaves a heading after it in the body', () => {
    const { meta, body } = extract('社区新添健身器材\n一、基本情况\n社区在中心花园新添了12件健身器材，居民们纷纷前来体验。');
    expect(meta.title).toBe('社区新添健身器材');
    expect(body.map((l) => l.text)[0]).toBe('一、基本情况');
  });

  test('never takes a sentence for a title, whatever its punctuation', () => {
    const { meta } = extract('社区开展垃圾分类宣传\n本报讯 近日,明湖社区组织志愿者走进小区."分类从我做起",志愿者们说.\n活动共发放宣传册300份.\n（记者 周明）');
    expect(meta.title).toBe('社区开展垃圾分类宣传');
    expect(meta.aboveTitle).toEqual([]);
    expect(meta.authors).toEqual(['周明']);
  });

  test('reads a subtitle under the title and drops a repeated title', () => {
    const { meta, body } = extract('老楼换新颜\n——海滨社区老旧小区改造纪实\n老楼换新颜\n今年以来，海滨社区完成了8栋老楼的改造。');
    expect(meta.subtitle).toBe('海滨社区老旧小区改造纪实');
    expect(body.map((l) => l.text)).toEqual(['今年以来，海滨社区完成了8栋老楼的改造。']);
  });

  test('takes a date standing alone in the byline, and only there', () => {
    const { meta, body } = extract('社区运动会开幕\n2024年4月20日\n4月19日，社区第三届运动会开幕。\n2024年4月21日');
    expect(meta.publishedAt?.toISOString()).toBe('2024-04-19T16:00:00.000Z');
    expect(meta.dayOnly).toBe(true);
    expect(body.at(-1)?.text).toBe('2024年4月21日');
  });

  test('reads an event time in the text as text, not as the article time', () => {
    const { meta, body } = extract('社区运动会报名开始\n社区第三届运动会即将开幕，欢迎居民踊跃报名参加。\n时间：2024年4月20日上午\n发布时间：2024-04-01 10:00');
    expect(meta.publishedAt?.toISOString()).toBe('2024-04-01T02:00:00.000Z');
    expect(body.map((l) => l.text)).toContain('时间：2024年4月20日上午');
  });

  test('leaves every field the page does not state absent', () => {
    const { meta } = extract('社区新添健身器材\n社区在中心花园新添了12件健身器材，居民们纷纷前来体验。');
    expect(meta).toEqual({
      title: '社区新添健身器材',
      authors: [],
      correspondents: [],
      photographers: [],
      review: {},
      unknownCredits: [],
      aboveTitle: [],
      assumed: [],
      dropped: [],
    });
  });

  test('keeps credits without a field for the report', () => {
    const { meta } = extract('社区新添健身器材\n社区在中心花园新添了12件健身器材。\n审核：万千\n阅读：1024');
    expect(meta.unknownCredits).toEqual(['审核：万千']);
  });

  test('never takes a short 编者按 for the title, and keeps it in the text', () => {
    const { meta, body } = extract('海滨社区12部电梯全部完工\n编者按：一部电梯里的邻里情\n今年以来，海滨社区完成了12部电梯的加装。');
    expect(meta.title).toBe('海滨社区12部电梯全部完工');
    expect(body.map((l) => l.text)).toEqual(['编者按：一部电梯里的邻里情', '今年以来，海滨社区完成了12部电梯的加装。']);
  });

  test('reports a WeChat byline without the time and the province after it', () => {
    const { meta } = extract('邻里守望暖人心\n原创 松鹤街道 松鹤发布 2024年05月06日 09:12 山东\n社区为46位独居老人结对了守望人。');
    expect(meta.unknownCredits).toEqual(['原创：松鹤街道 松鹤发布']);
    expect(meta.publishedAt?.toISOString()).toBe('2024-05-06T01:12:00.000Z');
  });

  test('records an impossible date instead of inventing one', () => {
    const { meta } = extract('社区新添健身器材\n发布时间：2023-02-30 10:00\n社区在中心花园新添了12件健身器材。');
    expect(meta.publishedAt).toBeUndefined();
    expect(meta.badDate).toBe('2023-02-30 10:00');
  });
});
