import * as OpenCC from 'opencc-js/t2cn';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pagesHolding, readQuerySet } from '../../scripts/lib/bench/query-set.ts';
import { runContentCheck } from '../../scripts/lib/run-check.ts';
import { SEARCH_LABELS } from '../../scripts/lib/build/stages/search-index.ts';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import { checkedSiteModel } from '../../src/lib/site/checked-model.ts';
import { ROOT } from '../../scripts/lib/repo-root.ts';

const SET = readQuerySet(join(ROOT, 'tests/search-queries.json'));
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const now = new Date('2026-11-22T12:00:00+08:00');
const docs = searchDocuments(checkedSiteModel(runContentCheck(join(ROOT, 'content'), now, ROOT, () => {}).content, now), SEARCH_LABELS);
const pages = docs.map((d) => ({ url: d.url, text: [d.title, ...d.body, ...d.fields].join('\n') }));

describe('the search query set (tests/search-queries.json)', () => {
  test('has at least 60 queries, of every kind residents type', () => {
    expect(SET.queries.length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(SET.queries.map((q) => q.kind));
    for (const kind of ['word', 'phrase', 'two words', 'name', 'single character', 'phone number', 'community', 'Traditional', 'full-width digits'])
      expect(kinds, kind).toContain(kind);
  });

  test('asks each query once', () => {
    expect(new Set(SET.queries.map((q) => q.query)).size).toBe(SET.queries.length);
  });

  test.each(SET.queries)('$query: only $first holds every word of it on the sample site', ({ query, first }) => {
    expect(pagesHolding(query, pages, toSimplified)).toEqual([first]);
  });
});
