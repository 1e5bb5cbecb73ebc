import { expect, test } from 'vitest';
import { cssImports, cssUrls, globalStyleBlocks, withoutImports } from '../../src/lib/desk/preview-css-text.ts';

test('takes the CSS of every global style block of a component', () => {
  const astro = '---\nconst a = 1;\n---\n<p class="x">a</p>\n<style is:global>\n  .x { color: red; }\n</style>\n<style is:global>.y{}</style>';
  expect(globalStyleBlocks(astro)).toEqual(['.x { color: red; }', '.y{}']);
});

test.each([
  ["@import './tokens.css';\nbody{}", ['./tokens.css'], '\nbody{}'],
  ['@import url("a.css") screen;\n', ['a.css'], '\n'],
  ['body{}', [], 'body{}'],
])('finds and removes the imports of %j', (css, imports, rest) => {
  expect(cssImports(css)).toEqual(imports);
  expect(withoutImports(css)).toBe(rest);
});

test('lists url() references, which would be requests', () => {
  expect(cssUrls("a{background:url('x.png')} @font-face{src:url(https://f.example/a.woff2)}")).toEqual(['x.png', 'https://f.example/a.woff2']);
});
