/** Reads the site's CSS for the desk's preview: src/styles plus the article components' global styles. */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { cssImports, cssUrls, globalStyleBlocks, withoutImports } from '../../../src/lib/desk/preview-css-text.ts';

// The components the news preview imitates, by the class names it uses.
const ARTICLE_COMPONENTS = [
  'src/layouts/ArticleLayout.astro',
  'src/components/ArticleMeta.astro',
  'src/components/ArticleCredits.astro',
  'src/components/ReviewLine.astro',
  'src/components/PreviewBanner.astro',
];

/** A stylesheet with its relative `@import`s inlined (tokens.css before global.css). */
async function inlined(file: string, seen = new Set<string>()): Promise<string> {
  if (seen.has(file)) return '';
  seen.add(file);
  const css = await readFile(file, 'utf8');
  const imported = await Promise.all(cssImports(css).map((ref) => inlined(join(dirname(file), ref), seen)));
  return [...imported, withoutImports(css)].join('\n');
}

/** The preview CSS as one text; throws if it would make the preview fetch anything. */
export async function readPreviewCss(root: string): Promise<string> {
  const site = await inlined(join(root, 'src/styles/global.css'));
  const components = await Promise.all(ARTICLE_COMPONENTS.map(async (f) => globalStyleBlocks(await readFile(join(root, f), 'utf8')).join('\n')));
  const css = [site, ...components].join('\n');
  const urls = cssUrls(css).filter((u) => !u.startsWith('data:'));
  if (urls.length > 0) throw new Error(`desk: the preview CSS references ${urls.join(', ')}; it must make no request`);
  return css;
}
