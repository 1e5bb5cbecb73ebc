import { describe, expect, test } from 'vitest';
import { buildSiteModel, type NewsSource, type SiteInput } from '../../src/lib/site/model.ts';
import { allPageRoutes, articleRoutes, communityListRoutes, newsListRoutes, routeFile } from '../../src/lib/site/page-routes.ts';
import { contentKey, routeContent } from '../../src/lib/site/route-content.ts';
import { assetRefs, planRebuild, routeDigests, type BuildManifest } from '../../src/lib/site/rebuild-plan.ts';
import { TopicIndex } from '../../src/lib/site/topics.ts';
import { communitySource, honorSource, newsSource, type Plain } from '../support/model-sources.ts';

const NOW = new Date('2026-11-22T12:00:00+08:00');

/** Article `i` was published on day `i` of 2025, in community a or b, about topic 食堂 or 安全. */
const article = (i: number, over: Partial<NewsSource<Plain>> = {}): NewsSource<Plain> =>
  newsSource(
    `n${String(i).padStart(3, '0')}`,
    { title: `第${i}篇`, publishedAt: new Date(Date.UTC(2025, 0, i, 2)), community: i % 2 === 0 ? 'a' : 'b', topics: [i % 3 === 0 ? '食堂' : '安全'] },
    { body: `正文${i}。`, ...over },
  );

const input = (news: NewsSource<Plain>[], over: Partial<SiteInput<Plain>> = {}): SiteInput<Plain> => ({
  news,
  honors: [honorSource('wang', { name: '王大妈', year: 2025, category: 'civility', community: 'a' })],
  communities: [communitySource('a', '甲社区'), communitySource('b', '乙社区')],
  topics: new TopicIndex(),
  now: NOW,
  preview: false,
  summaryLength: 60,
  honorCategories: ['civility'],
  ...over,
});

const NEWS = Array.from({ length: 45 }, (_, i) => article(i + 1));
const model = buildSiteModel(input(NEWS));

describe('buildSiteModel', () => {
  test('lists published news newest first, with neighbours in that order', () => {
    expect(model.news.map((n) => n.id).slice(0, 3)).toEqual(['n045', 'n044', 'n043']);
    expect(model.neighbours.get('n044')).toMatchObject({ newer: { id: 'n045' }, older: { id: 'n043' } });
  });

  test('keeps drafts, scheduled articles and draft honors out of a build, and shows them in the preview', () => {
    const more = [...NEWS, article(46, { state: 'draft' }), article(47, { state: 'scheduled' })];
    const honors = [...input([]).honors, honorSource('li', { name: '李大爷', year: 2025, category: 'civility', community: 'b', draft: true })];
    const built = buildSiteModel(input(more, { honors }));
    expect(built.news.map((n) => n.id)).not.toContain('n046');
    expect(built.news.map((n) => n.id)).not.toContain('n047');
    expect(built.honors.map((h) => h.id)).toEqual(['wang']);
    const preview = buildSiteModel(input(more, { honors, preview: true }));
    expect(preview.news.map((n) => n.id)).toEqual(expect.arrayContaining(['n046', 'n047']));
    expect(preview.honors).toHaveLength(2);
  });

  test('groups news by community and topic, names communities once, and builds the archive by month', () => {
    expect(model.communities.map((c) => [c.name, c.news.length])).toEqual([
      ['甲社区', 22],
      ['乙社区', 23],
    ]);
    expect(model.topics.map((tp) => [tp.name, tp.news.length])).toEqual([
      ['安全', 30],
      ['食堂', 15],
    ]);
    expect(model.news[0]?.community).toEqual({ id: 'b', name: '乙社区' });
    expect(model.archive.map((y) => [y.year, y.months.map((m) => m.month)])).toEqual([[2025, [2, 1]]]);
    expect(model.honorYears[0]?.categories[0]?.entries.map((h) => h.community.name)).toEqual(['甲社区']);
  });
});

describe('page routes', () => {
  test('every route has one file, and article and list routes carry what their pages render', () => {
    const routes = allPageRoutes(model);
    expect(new Set(routes.map((r) => routeFile(r.url))).size).toBe(routes.length);
    expect(articleRoutes(model)[0]).toMatchObject({
      url: '/news/n045/',
      params: { slug: 'n045' },
      props: { item: { id: 'n045' }, newer: undefined, older: { id: 'n044' }, communityProfile: { id: 'b' } },
    });
    expect(newsListRoutes(model).map((r) => [r.url, r.params['page']])).toEqual([
      ['/news/', undefined],
      ['/news/3/', '3'],
      ['/news/2/', '2'],
      ['/news/1/', '1'],
    ]);
  });

  test('a route shows its content by key, without the lists inside a community', () => {
    const first = articleRoutes(model)[0];
    expect(first && routeContent(first).keys).toEqual(
      ['news:n045', 'news:n044', ...(model.related.get('n045') ?? []).map((n) => `news:${n.id}`).filter((k) => k !== 'news:n044'), 'community:b'].filter(
        (k, i, all) => all.indexOf(k) === i,
      ),
    );
  });
  test('a content key comes from the view’s kind, not from its shape', () => {
    const [news] = model.news;
    const [honor] = model.honors;
    const [community] = model.communities;
    expect([news, honor, community?.profile].map(contentKey)).toEqual(['news:n045', 'honor:2025/wang', 'community:a']);
    // A topic is not content with a digest of its own (topics.yaml renders everything), nor is anything untagged.
    expect([model.topics[0], { id: 'x', state: 'published' }, { id: 'x', year: 2025, entry: 'e' }].map(contentKey)).toEqual([undefined, undefined, undefined]);
  });

  test('a community page gets the community’s profile, not the model’s item with its lists', () => {
    const [front] = communityListRoutes(model);
    expect(front?.props.community).toBe(model.communities[0]?.profile);
    expect(articleRoutes(model)[0]?.props.communityProfile).not.toHaveProperty('news');
  });

  test('a view that carries other content in its props is refused, naming the page and the field', () => {
    const community = model.communities[0];
    const route = { url: '/x/', params: {}, props: { community } };
    expect(() => routeContent(route)).toThrow(
      '/x/: community:a carries other content in `profile`, which its key does not stand for; give the page that list in its own props',
    );
  });
});

/** The routes whose digest differs between two models, given each entry's digest. */
function touched(before: SiteInput<Plain>, after: SiteInput<Plain>, changedKeys: readonly string[] = []): string[] {
  const digest = (changed: boolean) => (key: string) => (changed && changedKeys.includes(key) ? `${key}-edited` : key);
  const old = routeDigests(allPageRoutes(buildSiteModel(before)), digest(false));
  const next = routeDigests(allPageRoutes(buildSiteModel(after)), digest(true));
  const manifest: BuildManifest = {
    version: 1,
    release: 'r1',
    code: 'c',
    routes: Object.fromEntries([...old].map(([url, d]) => [url, { digest: d, assets: [] }])),
  };
  const plan = planRebuild(manifest, 'c', next);
  expect(plan.full).toBe(false);
  return [...plan.render, ...plan.removed.map((u) => `-${u}`)].sort();
}

describe('which pages an edit touches', () => {
  test('an edited article: its page, its neighbours, its related articles and the lists and feeds that show it', () => {
    const pages = touched(input(NEWS), input(NEWS), ['news:n010']);
    const related = (model.related.get('n010') ?? []).map((n) => n.url);
    expect(pages).toEqual(
      expect.arrayContaining([
        '/news/n010/',
        '/news/n009/',
        '/news/n011/',
        ...related,
        '/news/1/',
        '/communities/a/1/',
        '/communities/a/rss.xml',
        '/topics/an-quan/rss.xml',
        '/archive/2025/',
      ]),
    );
    expect(pages).not.toContain('/news/n030/');
    expect(pages).not.toContain('/news/');
    expect(pages.length).toBeLessThan(allPageRoutes(model).length / 3);
  });

  test('a new article renders the front pages, not the numbered ones', () => {
    const pages = touched(input(NEWS), input([...NEWS, article(46)]));
    expect(pages).toEqual(expect.arrayContaining(['/news/', '/news/n046/', '/news/n045/', '/feeds/all/']));
    expect(pages).not.toContain('/news/1/');
    expect(pages).not.toContain('/news/2/');
  });

  test('a deleted article is removed and the pages that showed it are rendered again', () => {
    const pages = touched(input(NEWS), input(NEWS.filter((n) => n.id !== 'n044')));
    expect(pages).toEqual(expect.arrayContaining(['-/news/n044/', '/news/n045/', '/news/n043/', '/news/']));
  });

  test("a community's changed profile renders its pages and its articles' pages (their contact card)", () => {
    const pages = touched(input(NEWS), input(NEWS), ['community:a']);
    expect(pages).toEqual(expect.arrayContaining(['/communities/a/', '/news/n010/']));
    expect(pages).not.toContain('/news/n011/');
  });

  test('a change of code or config renders everything', () => {
    const digests = routeDigests(allPageRoutes(model), (k) => k);
    const manifest: BuildManifest = {
      version: 1,
      release: 'r1',
      code: 'old',
      routes: Object.fromEntries([...digests].map(([url, d]) => [url, { digest: d, assets: [] }])),
    };
    expect(planRebuild(manifest, 'new', digests)).toMatchObject({ full: true, reuse: [] });
    expect(planRebuild(undefined, 'new', digests).render).toHaveLength(digests.size);
  });
});

describe('assetRefs', () => {
  test('finds the _astro files a page or feed references, relative or absolute, once each', () => {
    const html = '<img src="/_astro/a_1.webp" srcset="/_astro/a_1.webp 1x, https://x.cn/_astro/a_2.webp 2x"><link href="/_astro/B.css">';
    expect(assetRefs(html)).toEqual(['_astro/B.css', '_astro/a_1.webp', '_astro/a_2.webp']);
  });
});
