import { describe, expect, test } from 'vitest';
import { isPagefind, pageAssets, staticImports } from '../../scripts/lib/bench/html-assets.ts';

const PAGE = `<!DOCTYPE html><html lang="zh-CN"><head>
<script>try{var a=1}catch(e){}</script>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"红心食堂"}</script>
<link rel="canonical" href="https://shequ.example.cn/news/a/">
<link rel="stylesheet" href="/_astro/BaseLayout.css">
<link href='/_astro/print.css' rel='stylesheet' media=print>
<link rel="modulepreload" href="/_astro/chunk.js">
<style>.byline{gap:1rem}</style><style>p{margin:0}</style>
</head><body>
<script type="module">import{a as b}from"/_astro/shared.js";b()</script>
<script type="module" src="/_astro/page.js"></script>
<script type="module">const pf=await import("/pagefind/pagefind.js")</script>
<script src="/pagefind/pagefind-ui.js"></script>
</body></html>`;

describe('pageAssets', () => {
  const assets = pageAssets(PAGE);

  test('lists linked stylesheets in either quote style, and not other links', () => {
    expect(assets.stylesheets).toEqual(['/_astro/BaseLayout.css', '/_astro/print.css']);
  });

  test('joins the inline styles', () => {
    expect(assets.inlineStyle).toBe('.byline{gap:1rem}p{margin:0}');
  });

  test('counts inline scripts that run, but not JSON-LD', () => {
    expect(assets.inlineScript).not.toContain('NewsArticle');
    expect(assets.inlineScript).toContain('try{var a=1}');
    expect(Buffer.byteLength(assets.inlineScript)).toBe(
      ['try{var a=1}catch(e){}', 'import{a as b}from"/_astro/shared.js";b()', 'const pf=await import("/pagefind/pagefind.js")'].reduce(
        (s, t) => s + Buffer.byteLength(t),
        0,
      ),
    );
  });

  test('lists our external modules, preloads and static imports, and leaves Pagefind out', () => {
    expect(assets.scripts.sort()).toEqual(['/_astro/chunk.js', '/_astro/page.js', '/_astro/shared.js']);
  });

  test('finds nothing on a page without assets', () => {
    expect(pageAssets('<p>你好</p>')).toEqual({ stylesheets: [], inlineStyle: '', scripts: [], inlineScript: '' });
  });
});

describe('staticImports', () => {
  test.each([
    ['import{a}from"./a.js";', ['./a.js']],
    ['import x from "/_astro/x.js"', ['/_astro/x.js']],
    ['import "./side-effect.js";import * as n from\'./n.js\'', ['./side-effect.js', './n.js']],
    ['const m = await import("./lazy.js")', []],
    ['x.import("y")', []],
  ])('%s → %j', (code, expected) => {
    expect(staticImports(code)).toEqual(expected);
  });
});

test('isPagefind recognises the on-demand search bundle', () => {
  expect(isPagefind('/pagefind/pagefind.js')).toBe(true);
  expect(isPagefind('/_astro/search.js')).toBe(false);
});
