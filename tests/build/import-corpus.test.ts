/**
 * The development half of the labelled import corpus (tests/fixtures/import/corpus/dev/),
 * each page through the real `npm run import` CLI: every expectation must hold but the
 * misses listed, with a reason, in dev/known-misses.yaml. The held-out half is never
 * read here; `npm run bench -- --import` scores it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { corpusPages, scorePage, scorePages, type PageScore } from '../../scripts/lib/import-corpus/corpus.ts';
import { knownMissesOf, readKnownMisses } from '../../scripts/lib/import-corpus/known-misses.ts';

const pages = corpusPages('dev');
const known = readKnownMisses();
let scores: PageScore[] = [];
beforeAll(async () => {
  scores = await scorePages(pages);
}, 180_000);

describe('the development corpus, through npm run import', () => {
  test('has at least 20 pages over at least 8 families', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(new Set(pages.map((p) => p.family)).size).toBeGreaterThanOrEqual(8);
  });

  test('lists known misses only for pages that exist, and only a few', () => {
    const names = new Set(pages.map((p) => `${p.family}/${p.name}`));
    expect(known.filter((m) => !names.has(m.page))).toEqual([]);
    expect(known.length).toBeLessThan(pages.length / 4);
  });

  test.each(pages.map((p, i) => [`${p.family}/${p.name}`, i] as const))('%s', (page, i) => {
    const score = scores[i];
    expect(score?.failure).toBeUndefined();
    const misses = (score?.checks ?? []).filter((c) => !c.ok);
    // A fixed known miss fails too: take it off the list.
    expect(misses.map((c) => c.what).sort(), JSON.stringify(misses, null, 1)).toEqual(knownMissesOf(known, page));
  });
});

test('a page the importer refuses loses every check it has, not one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  mkdirSync(join(dir, 'dev/wechat-text'), { recursive: true });
  writeFileSync(join(dir, 'dev/wechat-text/empty.raw.txt'), '阅读 1024\n点赞 12\n');
  const expectation = [
    'family: wechat-text',
    'page: 只有计数的页面',
    'frontmatter:',
    '  title: 社区食堂开张',
    '  authors: [韩雪]',
    'body:',
    '  contains: [社区食堂]',
  ];
  writeFileSync(join(dir, 'dev/wechat-text/empty.expect.yaml'), expectation.join('\n'));
  const [page] = corpusPages('dev', dir);
  const score = await scorePage(page!);
  expect(score.failure).toBeTruthy();
  expect(score.checks.length).toBeGreaterThanOrEqual(3);
  expect(score.checks.filter((c) => c.ok)).toEqual([]);
});
