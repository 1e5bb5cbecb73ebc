import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { corpusArticles, generateCorpus } from '../../scripts/lib/bench/corpus.ts';
import { makeCorpus } from '../../scripts/lib/bench/synthetic-corpus.ts';
import { checkContent } from '../../src/lib/check/check-all.ts';
import { filesIn, readContent } from '../../src/node/content-files.ts';

describe('the bench corpus', () => {
  test('is the same for the same seed and differs for another', () => {
    expect(makeCorpus({ news: 30, images: 2, seed: 7 })).toEqual(makeCorpus({ news: 30, images: 2, seed: 7 }));
    expect(makeCorpus({ news: 30, seed: 8 }).files).not.toEqual(makeCorpus({ news: 30, seed: 7 }).files);
  });

  test('has the asked numbers of news, honors and communities, and a cover on every third article', () => {
    const { files, images } = makeCorpus({ news: 30, honors: 4, communities: 5, images: 2 });
    const under = (folder: string) => files.filter((f) => f.rel.startsWith(folder));
    expect([under('news/').length, under('honors/').length, under('communities/').length, images.length]).toEqual([30, 4, 5, 2]);
    expect(under('news/').filter((f) => f.text.includes('\ncover: ')).length).toBe(10);
  });

  test('passes content:check with no problem, covers included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shequ-bench-corpus-'));
    await generateCorpus(dir, { news: 40, images: 2 });
    const { problems, content } = checkContent(readContent(dir, dir), { now: new Date('2026-11-22T12:00:00+08:00'), ...filesIn(dir) });
    expect(problems).toEqual([]);
    expect([content.news.length, content.honors.length, content.communities.length]).toEqual([40, 8, 24]);
    expect(
      corpusArticles(dir)
        .map((a) => a.id)
        .slice(0, 2),
    ).toEqual(['n000000', 'n000001']);
  });
});
