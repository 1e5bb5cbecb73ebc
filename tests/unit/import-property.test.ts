/**
 * Property: on random and hostile input the importer either returns an article
 * or throws its own ImportError, never anything else, and the article it writes
 * holds nothing executable (no tag at all, no script URL, no event handler).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readFrontmatter } from '../../src/lib/text/frontmatter.ts';
import { importArticle } from '../../src/lib/import/import-article.ts';
import { ImportError } from '../../src/lib/import/import-error.ts';

const FRAGMENTS = [
  '社区组织志愿者为独居老人打扫卫生，大家干劲十足。',
  '居民们说:"这样的活动很好"',
  '“邻里+好帮手”搭起一座连心桥',
  '▲志愿者在行动',
  '▼',
  '來源：海濱日報 2023-04-05 08:20',
  '初审：屈海波',
  '這(zhè)個(gè)',
  '人妻无码_一区二区_在线观看',
  '当前位置：首页 > 社区',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="//evil.example.com"></iframe>',
  '<a href="javascript:alert(1)">点这里</a>',
  '[点我](javascript:alert(1))',
  '<svg onload=alert(1)>',
  'JaVaScRiPt:alert(1)',
  'onmouseover=alert(1)',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<p style="color:red" onclick="x()">',
  '</p>',
  '<div>',
  '<!-- ',
  ' -->',
  '<![CDATA[',
  '<style>body{}</style>',
  '<h1>',
  '</h1>',
  '<title>',
  '"',
  "'",
  '(',
  ')',
  '\n',
  '\n\n',
  '---',
  '#',
  '- ',
  '*',
  '`',
  '\u0000',
  '\uFEFF',
];

const TITLE = '社区新添健身器材';
const BODY = '社区在中心花园新添了十二件健身器材，居民们纷纷前来体验，都说锻炼方便多了。';

const noiseOf = (maxLength: number) =>
  fc
    .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) }), {
      maxLength,
    })
    .map((parts) => parts.join(''));
const noise = noiseOf(30);
// A little noise around a real article, so many runs get through to the writer
// (much noise, `<!--` or `<title>` above all, rightly leaves no article).
const little = noiseOf(6);
const text = fc.tuple(little, little, little).map(([a, b, c]) => `${a}\n${TITLE}\n${BODY}${b}\n${c}${BODY}`);
const html = fc.tuple(little, little, little).map(([a, b, c]) => `<html><body>${a}<h1>${TITLE}</h1><p>${BODY}${b}</p>${c}<p>${BODY}</p></body></html>`);
const anything = fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 3, arbitrary: html },
  { weight: 1, arbitrary: noise },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
);

const EXECUTABLE = /<script|<iframe|javascript:|vbscript:|on\w+\s*=|<[a-z!/?]/i;

describe('importArticle on random and hostile input', () => {
  test('never throws anything but ImportError and never emits anything executable', () => {
    let articles = 0;
    fc.assert(
      fc.property(anything, (input) => {
        let markdown: string;
        try {
          markdown = importArticle(input).markdown;
        } catch (error) {
          if (error instanceof ImportError) return;
          throw error;
        }
        articles++;
        expect(markdown).not.toMatch(EXECUTABLE);
        const fm = readFrontmatter(markdown);
        expect(fm.ok && (fm.data as { draft?: unknown }).draft).toBe(true);
      }),
      { seed: 20210125, numRuns: 300 },
    );
    // The property means little unless most hostile pages still make an article.
    expect(articles).toBeGreaterThan(80);
  });
});
