/**
 * The site's CSS for the desk's preview pane, given to Decap as raw text.
 * A raw style has no base URL, so an `@import` or `url()` in it would be a
 * request from nowhere: imports are inlined by the caller and refused here.
 */

// `<style is:global>…</style>` in an .astro component: the site's component CSS.
const GLOBAL_STYLE = /<style\s+is:global\s*>([\s\S]*?)<\/style>/g;

/** The CSS of every `<style is:global>` block in an .astro file. */
export function globalStyleBlocks(astroSource: string): string[] {
  return [...astroSource.matchAll(GLOBAL_STYLE)].map((m) => (m[1] ?? '').trim());
}

const IMPORT = /@import\s+(?:url\()?\s*['"]([^'"]+)['"]\s*\)?[^;]*;/g;

/** The files a stylesheet imports, in order. */
export function cssImports(css: string): string[] {
  return [...css.matchAll(IMPORT)].map((m) => m[1] ?? '');
}

/** `css` without its `@import` lines (the caller puts the imported text first). */
export function withoutImports(css: string): string {
  return css.replace(IMPORT, '');
}

/** The `url(…)` references left in CSS: the preview must have none (fonts, images from a host). */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*['"]?([^'")]*)['"]?\s*\)/g)].map((m) => m[1] ?? '');
}
