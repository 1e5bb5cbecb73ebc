/**
 * What a built page loads: stylesheets, scripts, inline style and script bytes.
 * Regular expressions are enough here: the pages are our own build output (or
 * Hugo's), not arbitrary HTML.
 */

export interface PageAssets {
  /** `href`s of `<link rel="stylesheet">`. */
  stylesheets: string[];
  /** The text of all `<style>` elements, joined. */
  inlineStyle: string;
  /** `src`s of external scripts and `modulepreload` links, plus modules that inline scripts import statically. */
  scripts: string[];
  /** The text of inline scripts that run, joined: JSON data blocks (JSON-LD) are not code and are left out. */
  inlineScript: string;
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/** Static `import … from "x"` and bare `import "x"` (dynamic `import()` loads on demand and is not counted). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1] ?? '').filter(Boolean);
}

/** Whether a script belongs to Pagefind, which the search page loads on demand and the targets do not count. */
export function isPagefind(src: string): boolean {
  return src.includes('/pagefind/');
}

export function pageAssets(html: string): PageAssets {
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(m[0], 'href');
    if (href === undefined) continue;
    if (rel.includes('stylesheet')) stylesheets.push(href);
    else if (rel.includes('modulepreload') && !isPagefind(href)) scripts.push(href);
  }
  const inlineStyle = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '').join('');
  let inlineScript = '';
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script ${m[1] ?? ''}>`;
    const src = attr(tag, 'src');
    const type = (attr(tag, 'type') ?? '').toLowerCase();
    if (src !== undefined) {
      if (!isPagefind(src)) scripts.push(src);
      continue;
    }
    if (type.includes('json')) continue;
    const body = m[2] ?? '';
    inlineScript += body;
    scripts.push(...staticImports(body).filter((s) => !isPagefind(s)));
  }
  return { stylesheets: [...new Set(stylesheets)], inlineStyle, scripts: [...new Set(scripts)], inlineScript };
}
