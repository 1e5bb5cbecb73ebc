/**
 * The development half of the labelled import corpus (tests/fixtures/import/corpus/dev/),
 * each page through the real `npm run import` CLI: every expectation must hold. The
 * held-out half is never read here; `npm run bench -- --import` scores it.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { corpusPages, scorePages, type PageScore } from '../../scripts/lib/import-corpus/corpus.ts';

const pages = corpusPages('dev');
let scores: PageScore[] = [];
beforeAll(async () => {
  scores = await scorePages(pages);
}, 180_000);

describe('the development corpus, through npm run import', () => {
  test('has at least 20 pages over at least 8 families', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(new Set(pages.map((p) => p.family)).size).toBeGreaterThanOrEqual(8);
  });

  test.each(pages.map((p, i) => [`${p.family}/${p.name}`, i] as const))('%s', (_, i) => {
    expect(scores[i]?.checks.filter((c) => !c.ok)).toEqual([]);
  });
});
