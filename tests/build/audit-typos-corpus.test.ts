import { expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/lib/bench/corpus.ts';
import { findTypos } from '../../src/lib/audit/typos.ts';
import { checkContent } from '../../src/lib/check/check-all.ts';
import { filesIn, readContent } from '../../src/node/content-files.ts';
import { at } from '../support/audit-site.ts';
import { tempDir } from '../support/build.ts';

// The unit test covers the sample; this one checks 400 generated articles (a few seconds, hence the build tier).
test('the typo list gives no false hit on a generated corpus of community news', async () => {
  const dir = tempDir('audit-corpus');
  await generateCorpus(dir, { news: 400, honors: 20, communities: 8 });
  const { content } = checkContent(readContent(dir, dir), { now: at('2030-01-01'), ...filesIn(dir) });
  const fields = content.news.flatMap((n) => [
    { file: n.file.path, field: 'title' as const, text: n.data.title, line: undefined },
    { file: n.file.path, field: 'summary' as const, text: n.data.summary ?? '', line: undefined },
    { file: n.file.path, field: 'body' as const, text: n.body, line: n.bodyLine },
  ]);
  expect(content.news.length).toBe(400);
  expect(fields.map((f) => f.text).join('')).toContain('截至目前'); // the correct form of a listed error is there to be mistaken
  expect(findTypos(fields)).toEqual([]);
});
