/**
 * Views, not entries (docs/decisions.md, "One site model, pure"): components, layouts, pages and `src/astro/` read
 * the site model's views, never an entry's front matter. The view's entry is
 * typed without `data` (`EntryHandle`), and this scan catches what a type
 * cannot: a cast, an `any`, a collection read straight from `astro:content`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/repo-root.ts';

const SCANNED = ['src/components', 'src/layouts', 'src/pages', 'src/astro'];
/** The one adapter that hands Astro's entries to the model, which makes the views. */
const ADAPTER = 'src/astro/site.ts';

const READS: { what: string; pattern: RegExp }[] = [
  { what: 'entry.data', pattern: /\bentry\??\.data(?![\w-])/ },
  { what: '.data. on an entry', pattern: /\.data\??\.(?=[A-Za-z_$])/ },
  { what: 'data taken from an entry', pattern: /\{[^}]*\bdata\b[^}]*\}\s*=\s*[\w$.?]*\bentry\b/ },
];

/** Each raw front-matter read in `text`, as `line: what`. */
function rawReads(text: string): string[] {
  return text.split('\n').flatMap((line, i) => READS.filter(({ pattern }) => pattern.test(line)).map(({ what }) => `${i + 1}: ${what}`));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && /\.(astro|ts|tsx|mdx)$/.test(f.name))
    .map((f) => relative(ROOT, join(f.parentPath, f.name)))
    .sort();
}

describe('views, not entries', () => {
  test.each([
    ['const { cover } = item.entry.data;', ['1: entry.data']],
    ['const { data } = item.entry;', ['1: data taken from an entry']],
    ['{c.entry?.data.phone}', ['1: entry.data', '1: .data. on an entry']],
    ['const title = page.data.title;', ['1: .data. on an entry']],
    ['<div data-copy={feed.url} data-ok="1">', []],
    ['.data-table { color: red }', []],
    ['const { Content } = await renderBody(item);', []],
  ])('finds raw reads in %j', (text, found) => {
    expect(rawReads(text)).toEqual(found);
  });

  test('no component, layout, page or Astro adapter module reads an entry’s front matter', () => {
    const files = SCANNED.flatMap(sourceFiles).filter((file) => file !== ADAPTER);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => rawReads(readFileSync(join(ROOT, file), 'utf8')).map((read) => `${file}:${read}`));
    expect(found, 'read the site model’s view instead (src/lib/site/views.ts)').toEqual([]);
  });
});
