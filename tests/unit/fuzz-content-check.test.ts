/**
 * Fuzzing content:check and the importer with random and mutated inputs, from a
 * fixed seed, for a fixed number of runs (FUZZ_RUNS=20000 npm test runs longer).
 * Neither may throw, hang or emit anything executable; every input that ever
 * broke one of them is kept in tests/fixtures/fuzz-regressions/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/check-all.ts';
import type { SourceFile } from '../../src/lib/check/entries.ts';
import { sourceFromBytes } from '../../src/lib/check/text-file.ts';
import { gbk } from '../support/editor-files.ts';
import { importArticle } from '../../src/lib/import/import-article.ts';
import { ImportError } from '../../src/lib/import/import-error.ts';
import { ROOT } from '../../scripts/lib/repo-root.ts';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);
const NOW = new Date('2026-11-22T04:00:00Z');

const seedsOf = (dir: string) =>
  readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(md|mdx|yaml|txt|html)$/.test(d.name))
    .map((d) => readFileSync(join(d.parentPath, d.name), 'utf8'));
const SEEDS = [...seedsOf('tests/fixtures/site-small'), ...seedsOf('tests/fixtures/check-errors'), ...seedsOf('tests/fixtures/site-hostile')];
const REGRESSIONS = readdirSync(join(ROOT, 'tests/fixtures/fuzz-regressions')).filter((n) => !n.endsWith('README.md'));
const TOKENS = [
  '---',
  '\n',
  ':',
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  '<script>',
  '</',
  '![',
  '](',
  '\u0000',
  '\uFEFF',
  '#',
  '- ',
  'publishedAt: ',
  'draft: true',
  '2021-02-30',
  '&#x3c;',
  'import x from "y"',
  '{alert(1)}',
  '\r\n',
  '　',
  '“',
  '(gè)',
];

/** A seed file with random edits: insert a token, delete a span, duplicate a span. */
const mutated = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.constantFrom(...TOKENS), fc.integer({ min: 0, max: 2 })), { maxLength: 8 }))
  .map(([seed, edits]) =>
    edits.reduce((text, [at, length, token, kind]) => {
      const i = at % (text.length + 1);
      if (kind === 0) return text.slice(0, i) + token + text.slice(i);
      if (kind === 1) return text.slice(0, i) + text.slice(i + length);
      return text.slice(0, i) + text.slice(i, i + length) + text.slice(i);
    }, seed),
  );
const anyText = fc.oneof(mutated, fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }));

function check(text: string, name: string) {
  const file = (rel: string): SourceFile => ({ path: `content/${rel}`, rel, text });
  return checkContent(
    { news: [file(`news/2024/${name}.md`)], honors: [file('honors/2024/h.md')], communities: [file('communities/c.yaml')], topics: file('topics.yaml') },
    { now: NOW, exists: () => false },
  );
}

function assertWellFormed(result: ReturnType<typeof check>): void {
  for (const p of result.problems) {
    expect(typeof p.file).toBe('string');
    expect(typeof p.field).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
  }
}

describe('fuzzing content:check', () => {
  test(`never throws on ${RUNS} random and mutated files, and always names file and field`, () => {
    fc.assert(
      fc.property(anyText, (text) => assertWellFormed(check(text, 'fuzz'))),
      { seed: 20261122, numRuns: RUNS },
    );
  });

  test(`reads ${RUNS} random byte strings and real files in random encodings: the text back, or one problem naming the file`, () => {
    const ENCODINGS: Record<string, (text: string) => Uint8Array> = {
      'utf-8': (text) => new TextEncoder().encode(text),
      'utf-8 BOM CRLF': (text) => new TextEncoder().encode(`\uFEFF${text.replace(/\r?\n/g, '\r\n')}`),
      'utf-16le': (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      gbk,
    };
    const encoded = fc
      .tuple(fc.constantFrom(...SEEDS), fc.constantFrom(...Object.keys(ENCODINGS)))
      .map(([text, encoding]) => ({ text, encoding, bytes: ENCODINGS[encoding]?.(text) ?? new Uint8Array() }));
    const input = fc.oneof(
      encoded,
      fc.uint8Array({ maxLength: 600 }).map((bytes) => ({ text: undefined, encoding: 'random', bytes })),
    );
    fc.assert(
      fc.property(input, ({ text, encoding, bytes }) => {
        const read = sourceFromBytes({ path: 'content/news/2024/fuzz.md', rel: 'news/2024/fuzz.md', bytes });
        if ('text' in read) {
          if (encoding.startsWith('utf-8') && text !== undefined)
            expect(read.text.replace(/\r\n/g, '\n')).toBe(text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'));
          assertWellFormed(check(read.text, 'fuzz'));
        } else {
          expect(read).toMatchObject({ file: 'content/news/2024/fuzz.md', severity: 'error' });
          if (encoding === 'utf-16le') expect(read.message).toContain('UTF-16');
          assertWellFormed(checkContent({ news: [], honors: [], communities: [], refused: [read] }, { now: NOW, exists: () => false }));
        }
      }),
      { seed: 20261129, numRuns: RUNS },
    );
  });

  test.each(REGRESSIONS)('regression case %s', (name) => {
    assertWellFormed(check(readFileSync(join(ROOT, 'tests/fixtures/fuzz-regressions', name), 'utf8'), 'regression'));
  });
});

describe('fuzzing the importer', () => {
  const EXECUTABLE = /<script|<iframe|<object|<embed|\son\w+\s*=|javascript:|vbscript:/i;
  const importOrRefuse = (text: string) => {
    try {
      const { markdown } = importArticle(new TextEncoder().encode(text));
      expect(markdown).not.toMatch(EXECUTABLE);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
    }
  };

  test(`never throws an unexpected error or emits anything executable on ${RUNS} inputs`, () => {
    fc.assert(fc.property(anyText, importOrRefuse), { seed: 20261123, numRuns: RUNS });
  });

  test.each(REGRESSIONS)('regression case %s', (name) => {
    importOrRefuse(readFileSync(join(ROOT, 'tests/fixtures/fuzz-regressions', name), 'utf8'));
  });
});
