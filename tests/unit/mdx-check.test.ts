import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/check-all.ts';
import { mdxProblems } from '../../src/lib/check/mdx.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { filesIn, readContent } from '../../src/node/content-files.ts';
import { ROOT } from '../../scripts/lib/repo-root.ts';

describe('MDX may use only the site’s own components', () => {
  test('content:check refuses imports, exports, expressions, unknown components and risky attributes, naming each line', () => {
    const dir = `${ROOT}tests/fixtures/check-mdx`;
    const { problems } = checkContent(readContent(dir, ROOT), { now: new Date('2026-01-01T00:00:00Z'), ...filesIn(dir) });
    expect(problems.map(formatProblem).join('\n')).toMatchInlineSnapshot(`
      "tests/fixtures/check-mdx/news/2024/evil-mdx.mdx: body（第 8 行）: MDX 稿件里不能写 import 或 export——本站组件不用导入，直接写 <Notice> 即可；请删去这一行
      tests/fixtures/check-mdx/news/2024/evil-mdx.mdx: body（第 11 行）: MDX 稿件里不能写 JavaScript 表达式“leak”——花括号里的代码会在构建时运行；请改成普通文字
      tests/fixtures/check-mdx/news/2024/evil-mdx.mdx: body（第 11 行）: MDX 稿件里不能写 JavaScript 表达式“process.env.SECRET”——花括号里的代码会在构建时运行；请改成普通文字
      tests/fixtures/check-mdx/news/2024/evil-mdx.mdx: body（第 15 行）: MDX 稿件里不能用“Evil”——只能用本站组件（Notice）和普通排版标签
      tests/fixtures/check-mdx/news/2024/evil-mdx.mdx: body（第 17 行）: MDX 稿件里不能写 JavaScript 表达式“onClick”——花括号里的代码会在构建时运行；请改成普通文字
      tests/fixtures/check-mdx/news/2024/evil-mdx.mdx: body（第 19 行）: MDX 标签不能带“style”属性——事件、样式和链接请用 Markdown 写法"
    `);
  });

  test.each([
    ['plain Markdown', '正文。\n\n## 小标题\n\n- 列表'],
    ['a site component', '<Notice>停水通知</Notice>'],
    ['plain HTML tags', '<p>段落</p>\n\n<strong>加粗</strong>'],
  ])('accepts %s', (_name, body) => {
    expect(mdxProblems('a.mdx', body, 1, ['Notice'])).toEqual([]);
  });

  test.each([
    ['an import', "import X from './x.js'"],
    ['an export', 'export const a = 1'],
    ['an expression', '文字 {1 + 1}'],
    ['a component not on the list', '<Widget />'],
    ['an event handler', '<div onClick="x">a</div>'],
    ['an expression attribute', '<Notice {...props}>a</Notice>'],
    ['a script element', '<script>alert(1)</script>'],
  ])('refuses %s', (_name, body) => {
    expect(mdxProblems('a.mdx', body, 1, ['Notice']).length).toBeGreaterThan(0);
  });
});
