/** Sizes of a built site, and the weight of the same article pages in ours and Hugo's. */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isPagefind, pageAssets, staticImports } from './html-assets.ts';
import { median, ratio } from './stats.ts';

export interface SiteMetrics {
  /** HTML files. */
  pages: number;
  files: number;
  bytes: number;
  searchIndexBytes: number;
  searchIndexFiles: number;
}

function walk(dir: string, visit: (path: string, bytes: number) => void): void {
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (d.isFile()) {
      const path = join(d.parentPath, d.name);
      visit(path, statSync(path).size);
    }
  }
}

/** Walks the folder (through the `dist` symlink to the live release). */
export function measureSite(dir: string): SiteMetrics {
  const root = realpathSync(dir);
  const m: SiteMetrics = { pages: 0, files: 0, bytes: 0, searchIndexBytes: 0, searchIndexFiles: 0 };
  walk(root, (path, bytes) => {
    m.files += 1;
    m.bytes += bytes;
    if (path.endsWith('.html')) m.pages += 1;
  });
  if (existsSync(join(root, 'pagefind'))) {
    walk(join(root, 'pagefind'), (_, bytes) => {
      m.searchIndexFiles += 1;
      m.searchIndexBytes += bytes;
    });
  }
  return m;
}

/** One article page's weight: its HTML and what it loads before any interaction. */
export interface PageWeight {
  html: number;
  htmlGzip: number;
  /** Linked stylesheets plus inline `<style>`. */
  css: number;
  cssGzip: number;
  /** Our JavaScript: inline scripts (not JSON-LD) and same-site modules with their static imports; Pagefind is not counted. */
  js: number;
  jsGzip: number;
}

// gzip at zlib's default level (6), about what a web server sends.
const gz = (text: string): number => gzipSync(text).length;

/** The text of a site-absolute or page-relative URL inside the built site, when it is a local file. */
function localFile(root: string, pagePath: string, url: string): { path: string; text: string } | undefined {
  if (/^[a-z]+:|^\/\//i.test(url)) return undefined;
  const path = url.startsWith('/') ? posix.normalize(url) : posix.join(posix.dirname(pagePath), url);
  const file = join(root, path.split('?')[0] ?? path);
  return existsSync(file) && statSync(file).isFile() ? { path, text: readFileSync(file, 'utf8') } : undefined;
}

/** Weight of the page at `pagePath` (site-absolute, e.g. `/news/a/index.html`) in the site at `root`. */
export function pageWeight(root: string, pagePath: string): PageWeight {
  const html = readFileSync(join(root, pagePath), 'utf8');
  const assets = pageAssets(html);
  const css = assets.stylesheets.map((href) => localFile(root, pagePath, href)?.text ?? '');
  // Follow static imports so a module's chunks count once each; dynamic imports load on demand.
  const seen = new Map<string, string>();
  const queue = assets.scripts.map((src) => ({ from: pagePath, src }));
  while (queue.length > 0) {
    const { from, src } = queue.shift() as { from: string; src: string }; // length checked by the loop
    const file = localFile(root, from, src);
    if (!file || seen.has(file.path) || isPagefind(file.path)) continue;
    seen.set(file.path, file.text);
    queue.push(...staticImports(file.text).map((next) => ({ from: file.path, src: next })));
  }
  const allCss = css.join('') + assets.inlineStyle;
  const allJs = [...seen.values()].join('') + assets.inlineScript;
  return {
    html: Buffer.byteLength(html),
    htmlGzip: gz(html),
    css: Buffer.byteLength(allCss),
    cssGzip: allCss === '' ? 0 : gz(allCss),
    js: Buffer.byteLength(allJs),
    jsGzip: allJs === '' ? 0 : gz(allJs),
  };
}

/** Medians over the sampled pages of one site. */
export type WeightMedians = PageWeight & { total: number };

export interface ArticleComparison {
  sampled: number;
  ours: WeightMedians;
  baseline: WeightMedians;
  /** Per-article HTML ratio ours / Hugo, raw bytes: median and worst. */
  htmlRatioMedian: number | undefined;
  htmlRatioMax: number | undefined;
  htmlGzipRatioMedian: number | undefined;
}

function medians(weights: readonly PageWeight[]): WeightMedians {
  const of = (k: keyof PageWeight) => median(weights.map((w) => w[k]));
  return {
    html: of('html'),
    htmlGzip: of('htmlGzip'),
    css: of('css'),
    cssGzip: of('cssGzip'),
    js: of('js'),
    jsGzip: of('jsGzip'),
    total: median(weights.map((w) => w.html + w.css + w.js)),
  };
}

/**
 * Compares the same articles in both sites; pages missing from either side are
 * skipped. Without a baseline (it failed) our pages are still weighed.
 */
export function compareArticles(oursRoot: string, baselineRoot: string | undefined, pages: readonly { ours: string; baseline: string }[]): ArticleComparison {
  const ours = realpathSync(oursRoot);
  const base = baselineRoot === undefined ? undefined : realpathSync(baselineRoot);
  const pairs = pages.filter((p) => existsSync(join(ours, p.ours)) && (base === undefined || existsSync(join(base, p.baseline))));
  const a = pairs.map((p) => pageWeight(ours, p.ours));
  const b = base === undefined ? [] : pairs.map((p) => pageWeight(base, p.baseline));
  const ratios = (k: 'html' | 'htmlGzip') => a.map((w, i) => ratio(w[k], b[i]?.[k])).filter((r): r is number => r !== undefined);
  const raw = ratios('html');
  return {
    sampled: pairs.length,
    ours: medians(a),
    baseline: medians(b),
    htmlRatioMedian: raw.length > 0 ? median(raw) : undefined,
    htmlRatioMax: raw.length > 0 ? Math.max(...raw) : undefined,
    htmlGzipRatioMedian: raw.length > 0 ? median(ratios('htmlGzip')) : undefined,
  };
}
