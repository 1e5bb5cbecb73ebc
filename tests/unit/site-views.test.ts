import { describe, expect, test } from 'vitest';
import { buildSiteModel } from '../../src/lib/site/model.ts';
import { communityView, honorView, newsView } from '../../src/lib/site/views.ts';
import { TopicIndex } from '../../src/lib/site/topics.ts';
import { communitySource, honorSource, newsSource, type Plain } from '../support/model-sources.ts';

const AT = new Date('2026-11-18T08:30:00Z');

describe('views', () => {
  test('an article’s view carries its front matter under plain names, its cover with alt text, and its entry for rendering', () => {
    const source = newsSource('hongxin-shitang', {
      title: '红心食堂开张了',
      kicker: '家门口',
      subtitle: '老人有了食堂',
      source: '胶东在线',
      publishedAt: AT,
      cover: 'images/a.jpg',
      coverAlt: '食堂',
      authors: ['张伟'],
      editor: '李娜',
      review: { first: '王' },
      summary: '编者摘要',
    });
    const view = newsView<Plain>(source, { summary: '编者摘要', community: { id: 'taoyuan', name: '桃源社区' }, topics: [] });
    expect(view).toMatchObject({
      kind: 'news',
      entry: 'entry-hongxin-shitang',
      url: '/news/hongxin-shitang/',
      title: '红心食堂开张了',
      kicker: '家门口',
      subtitle: '老人有了食堂',
      featured: false,
      source: '胶东在线',
      editorSummary: '编者摘要',
      markdown: '正文。',
      publishedAt: AT,
      cover: { src: 'images/a.jpg', alt: '食堂' },
      credits: { authors: ['张伟'], editor: '李娜' },
      review: { first: '王' },
      state: 'published',
    });
    expect(view).not.toHaveProperty('data');
  });

  test('a photo without alt text is decoration (empty alt); no photo is no picture', () => {
    expect(newsView<Plain>(newsSource('a', { title: 'a', cover: 'x.jpg' }), { summary: '', community: undefined, topics: [] }).cover).toEqual({
      src: 'x.jpg',
      alt: '',
    });
    expect(newsView<Plain>(newsSource('a', { title: 'a' }), { summary: '', community: undefined, topics: [] }).cover).toBeUndefined();
  });

  test('an honor’s and a community’s view say what they are', () => {
    const honor = honorView<Plain>(
      honorSource('wang', { name: '王大妈', year: 2025, category: 'civility', community: 'a', photo: 'p.jpg', photoAlt: '王大妈' }),
      { id: 'a', name: '甲社区' },
    );
    expect(honor).toMatchObject({
      kind: 'honor',
      url: '/honors/2025/wang/',
      headline: '王大妈的事迹',
      photo: { src: 'p.jpg', alt: '王大妈' },
      community: { name: '甲社区' },
    });
    const community = communityView<Plain>(communitySource('a', '甲社区', { phone: '0531-8888 0001', households: 1200 }));
    expect(community).toMatchObject({
      kind: 'community',
      id: 'a',
      name: '甲社区',
      district: '市中区',
      phone: '0531-8888 0001',
      households: 1200,
      cover: undefined,
    });
    expect(community).not.toHaveProperty('entry');
  });

  test('the model lists communities with their profile, and topics tagged as topics', () => {
    const model = buildSiteModel<Plain>({
      news: [newsSource('a', { title: 'a', publishedAt: AT, community: 'c', topics: ['食堂'] })],
      honors: [],
      communities: [communitySource('c', '丙社区')],
      topics: new TopicIndex(),
      now: AT,
      preview: false,
      summaryLength: 60,
      honorCategories: ['civility'],
    });
    const [community] = model.communities;
    expect(community?.profile).toEqual(communityView<Plain>(communitySource('c', '丙社区')));
    expect(community?.profile).not.toHaveProperty('news');
    expect(community?.news.map((n) => n.id)).toEqual(['a']);
    expect(model.topics.map((tp) => tp.kind)).toEqual(['topic']);
  });
});
