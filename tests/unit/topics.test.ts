import { describe, expect, test } from 'vitest';
import { pinyinSlug, TopicIndex } from '../../src/lib/site/topics.ts';

describe('pinyinSlug', () => {
  test.each([
    ['红心食堂', 'hong-xin-shi-tang'],
    ['PM2.5治理', 'pm2-5-zhi-li'],
    ['5G基站建设', '5g-ji-zhan-jian-she'],
    ['Luojia坡', 'luojia-po'],
    ['绿色 家园', 'lv-se-jia-yuan'],
    ['“文明”家庭！', 'wen-ming-jia-ting'],
    ['银行', 'yin-hang'],
    ['重庆', 'chong-qing'],
  ])('turns %s into %s', (name, slug) => {
    expect(pinyinSlug(name)).toBe(slug);
  });

  test('always gives an ASCII kebab-case slug', () => {
    for (const name of ['垃圾分类', '老年大学（第二期）', 'A&B 社区', '  空格  ', '女儿']) {
      expect(pinyinSlug(name)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});

describe('TopicIndex', () => {
  const index = new TopicIndex({
    垃圾分类: 'lajifenlei',
    红心食堂: { slug: 'hongxin-shitang', formerNames: ['爱心食堂', '社区食堂'] },
  });

  test.each([
    ['a topic listed with a slug', '垃圾分类', { name: '垃圾分类', slug: 'lajifenlei' }],
    ['a topic listed with an object entry', '红心食堂', { name: '红心食堂', slug: 'hongxin-shitang' }],
    ['a former name', '爱心食堂', { name: '红心食堂', slug: 'hongxin-shitang' }],
    ['another former name', '社区食堂', { name: '红心食堂', slug: 'hongxin-shitang' }],
    ['a topic not in the file', '老年大学', { name: '老年大学', slug: 'lao-nian-da-xue' }],
  ])('resolves %s', (_what, name, topic) => {
    expect(index.resolve(name)).toEqual(topic);
  });

  test('falls back to pinyin for everything without a topics file', () => {
    expect(new TopicIndex().resolve('红心食堂')).toEqual({ name: '红心食堂', slug: 'hong-xin-shi-tang' });
  });

  test('reports two names whose pinyin is the same', () => {
    expect(new TopicIndex().collisions(['市场', '事长'])).toEqual([{ name: '事长', other: '市场', slug: 'shi-chang' }]);
  });

  test('reports two names given the same slug in the topics file', () => {
    const clash = new TopicIndex({ 红心食堂: 'shitang', 爱心食堂: 'shitang' });
    expect(clash.collisions(['红心食堂', '爱心食堂'])).toEqual([{ name: '爱心食堂', other: '红心食堂', slug: 'shitang' }]);
  });

  test('reports a listed slug that equals another topic’s pinyin', () => {
    const clash = new TopicIndex({ 文明家庭: 'lao-nian-da-xue' });
    expect(clash.collisions(['文明家庭', '老年大学'])).toEqual([{ name: '老年大学', other: '文明家庭', slug: 'lao-nian-da-xue' }]);
  });

  test.each([
    ['a name used twice', ['垃圾分类', '垃圾分类']],
    ['a former name next to the current one', ['爱心食堂', '红心食堂', '社区食堂']],
    ['different topics', ['垃圾分类', '红心食堂', '老年大学']],
  ])('finds no collision for %s', (_what, names) => {
    expect(index.collisions(names)).toEqual([]);
  });
});

describe('TopicIndex.names', () => {
  test('lists the topics topics.yaml names, by their current names, not their former ones', () => {
    expect(new TopicIndex({ 红心食堂: { slug: 'hongxin-shitang', formerNames: ['爱心食堂'] }, 义诊: 'yizhen' }).names()).toEqual(['红心食堂', '义诊']);
  });
});
