/**
 * Every message lives in src/i18n/zh-CN.ts, so a translator or a copy editor finds them all in
 * one file. The rule this test enforces:
 *
 * - Scanned: the code under src/ and scripts/ (.ts, .tsx, .js, .mjs, .astro, .css), except
 *   zh-CN.ts itself. content/ is the editors' text and tests/ pins what users see, so neither
 *   is scanned.
 * - Comments do not count: TypeScript's parser finds them (so `//` in a string or a URL in
 *   template text stays), as do `<!-- -->` and CSS comments. Everything else counts: string and
 *   template literals, regular expressions, and in .astro files the frontmatter, `<script>`,
 *   `<style>` and the template's own text and attributes, which are UI strings and must come
 *   from t().
 * - Data is not a message: text a module must recognise or reproduce as it is may stay in it, but
 *   only in a file listed in DATA below with its reason. A listed file that no longer holds Chinese
 *   fails too, so the list only shrinks to what is true.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { hanLines } from '../support/han-literals.ts';

const ROOT = new URL('../../', import.meta.url);
const I18N_MODULE = 'src/i18n/zh-CN.ts';

/** Files whose Chinese is data rather than messages, each group with why. Keep it short. */
const DATA: readonly { readonly files: readonly string[]; readonly reason: string }[] = [
  {
    files: ['src/site.config.ts'],
    reason: "the site's own data (name, host, 备案 numbers, hotlines): each site edits it, a translator does not",
  },
  {
    files: [
      'src/lib/import/byline.ts',
      'src/lib/import/chrome.ts',
      'src/lib/import/dates.ts',
      'src/lib/import/filter-lines.ts',
      'src/lib/import/header-lines.ts',
      'src/lib/import/headings.ts',
      'src/lib/import/markers.ts',
      'src/lib/import/metadata.ts',
      'src/lib/import/organisation.ts',
      'src/lib/import/photo-credit.ts',
      'src/lib/import/simplify.ts',
      'src/lib/import/spam.ts',
      'src/lib/import/structure.ts',
      'src/lib/import/title.ts',
    ],
    reason: 'the importer’s recognition patterns: words such as 来源, 记者, 责编 it must find in raw pages',
  },
  {
    files: ['src/lib/audit/typo-list.ts'],
    reason: 'the audit’s typo list: linguistic data',
  },
  {
    files: [
      'src/markdown/phone-numbers.ts',
      'src/markdown/signature.ts',
      'src/lib/text/line-breaks.ts',
      'src/lib/honors/name-badge.ts',
      'src/lib/site/identity.ts',
    ],
    reason: 'patterns that recognise Chinese in articles and config: phone cues, 落款 dates, time ranges, 复姓, placeholder names',
  },
  {
    files: ['src/lib/search/traditional-chars.ts'],
    reason: 'the traditional characters search folds to simplified: a character table',
  },
  {
    files: [
      'scripts/lib/bench/corpus.ts',
      'scripts/lib/bench/desk-save.ts',
      'scripts/lib/bench/publisher-edits.ts',
      'scripts/lib/bench/search-browser.ts',
      'scripts/lib/bench/synthetic-corpus.ts',
    ],
    reason: 'the benchmark’s synthetic articles, edits and queries: content it writes and searches',
  },
];

const ALLOWED = new Set(DATA.flatMap((d) => d.files));
const SOURCES = globSync('{src,scripts}/**/*.{ts,tsx,js,mjs,astro,css}', { cwd: ROOT })
  .map((f) => f.split('\\').join('/'))
  .sort();
const read = (file: string): string => readFileSync(new URL(file, ROOT), 'utf8');

describe('Chinese text outside src/i18n/zh-CN.ts', () => {
  test('no message is written outside the i18n module', () => {
    const found = SOURCES.filter((file) => file !== I18N_MODULE && !ALLOWED.has(file)).flatMap((file) =>
      hanLines(file, read(file)).map((l) => `${file}:${l.line}: ${l.text}`),
    );
    expect(found, 'move these strings into src/i18n/zh-CN.ts and read them with t()').toEqual([]);
  });

  test('every file on the data list exists and still holds Chinese', () => {
    expect([...ALLOWED].filter((file) => !SOURCES.includes(file) || hanLines(file, read(file)).length === 0)).toEqual([]);
  });

  test('no key is cast to UiKey: key families are typed (UiKeyId) or checked (isUiKey)', () => {
    const casts = SOURCES.flatMap((file) =>
      read(file)
        .split('\n')
        .flatMap((line, i) => (/\bas UiKey\b/.test(line) ? [`${file}:${i + 1}`] : [])),
    );
    expect(casts).toEqual([]);
  });
});

describe('the scan behind it', () => {
  test.each([
    ['a string literal', 'ts', "const a = '中文';", [1]],
    ['a template literal', 'ts', 'const a = `第 ${n} 行`;', [1]],
    ['a regular expression', 'ts', 'const a = /来源/;', [1]],
    ['line and block comments', 'ts', "// 注释\n/* 注释 */ const a = 'ok';\n/** 文档 */", []],
    ['a comment inside a stylesheet literal', 'ts', 'const css = `/* 新建 */ .a {}`;', []],
    ['a `//` inside a string', 'ts', "const a = 'http://x'; const b = '中';", [1]],
    ['frontmatter, not its comments', 'astro', "---\n// 注释\nconst a = '中';\n---\n<p>{a}</p>", [3]],
    ['template text and attributes', 'astro', '---\n---\n<p title="标题">正文 https://x.cn // 也是正文</p>', [3]],
    ['template comments of both kinds', 'astro', '---\n---\n<!-- 注释 -->\n<p>{/* 注释 */}{a}</p>', []],
    ['text inside an expression', 'astro', '---\n---\n{list.map((x) => <li>{x} 条</li>)}', [3]],
    [
      'a script and a style, not their comments',
      'astro',
      "<script>\n// 注释\nconst s = '脚本';\n</script>\n<style>\n/* 注释 */\n.a::after { content: '样式'; }\n</style>",
      [3, 7],
    ],
  ])('reports the lines of %s that hold Chinese, comments aside', (_what, ext, source, lines) => {
    expect(hanLines(`x.${ext}`, source).map((l) => l.line)).toEqual(lines);
  });
});
