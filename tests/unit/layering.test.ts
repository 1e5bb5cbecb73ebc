/**
 * Which folder may import which, read from the import and export-from
 * specifiers of every source file (a regex, not a parser: enough for our style).
 *
 * - scripts/ never imports tests/: tests may use scripts/lib, not the other way round.
 * - src/lib/ is pure TypeScript that scripts, vitest and pages all share: no `astro:*`,
 *   no `astro` runtime (`astro/zod` is only the schema library), no Astro or Node adapters
 *   (src/astro, src/node), no UI (src/components, src/layouts, src/pages), no scripts/.
 *   Of Node's built-ins it may use only the pure ones below (no I/O, no processes).
 * - src/client/ and the desk's scripts/lib/desk/client/ run in the browser: no `node:*`.
 * - src/components, src/layouts and src/pages never read collections (`astro:content`):
 *   pages get the site model from src/astro/, so every list is built in one place.
 *
 * No exceptions are listed: a breach is fixed by moving the code, not by allowing the import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/repo-root.ts';

/** Node built-ins src/lib may use: deterministic helpers with no I/O. */
const PURE_NODE = new Set([
  'node:path', // posix path arithmetic for links and references (src/lib/links, src/lib/check)
  'node:crypto', // content hashes for the rebuild plan (src/lib/site/rebuild-plan.ts)
]);

const SOURCE = /\.(ts|mts|js|mjs|astro)$/;
const SPECIFIERS = [
  /\b(?:import|export)\b[^'"`;]*?\bfrom\s*(['"])([^'"]+)\1/g, // import x from 'y', export { x } from 'y' (spans lines)
  /\bimport\s*(['"])([^'"]+)\1/g, // import 'y' (side effects)
  /\bimport\(\s*(['"])([^'"]+)\1\s*\)/g, // import('y')
];

interface Import {
  file: string;
  line: number;
  specifier: string;
  /** The imported file relative to ROOT, for relative specifiers. */
  target: string | undefined;
}

const targetOf = (file: string, specifier: string) => (specifier.startsWith('.') ? relative(ROOT, resolve(dirname(join(ROOT, file)), specifier)) : undefined);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => SOURCE.test(name) && !name.endsWith('.d.ts'))
    .map((name) => join(dir, name));
}

function importsOf(file: string): Import[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found = new Map<number, Import>();
  for (const pattern of SPECIFIERS) {
    for (const match of text.matchAll(pattern)) {
      const specifier = match[2]!;
      const at = match.index + match[0].lastIndexOf(specifier);
      const line = text.slice(0, at).split('\n').length;
      found.set(at, { file, line, specifier, target: targetOf(file, specifier) });
    }
  }
  return [...found.values()];
}

const under = (path: string | undefined, ...folders: string[]) => path !== undefined && folders.some((f) => path === f || path.startsWith(`${f}/`));

/** Why `imp` breaks a rule, or undefined when it is fine. */
function breach({ file, specifier, target }: Import): string | undefined {
  if (under(file, 'scripts') && under(target, 'tests')) return 'scripts/ imports tests/';
  if (under(file, 'src/lib')) {
    if (specifier.startsWith('astro:')) return 'src/lib imports astro:*';
    if ((specifier === 'astro' || specifier.startsWith('astro/')) && specifier !== 'astro/zod') return 'src/lib imports the astro runtime';
    if (specifier.startsWith('node:') && !PURE_NODE.has(specifier)) return `src/lib imports ${specifier} (only ${[...PURE_NODE].join(', ')})`;
    if (under(target, 'src/astro', 'src/node', 'src/components', 'src/pages', 'src/layouts', 'scripts')) return `src/lib imports ${target}`;
  }
  if (under(file, 'src/client', 'scripts/lib/desk/client') && specifier.startsWith('node:')) return 'browser code imports node:*';
  if (under(file, 'src/components', 'src/layouts', 'src/pages') && specifier === 'astro:content') return 'reads collections outside src/astro/';
  return undefined;
}

test('every import keeps to its layer', () => {
  const files = [...sourceFiles('scripts'), ...sourceFiles('src')];
  expect(files.length).toBeGreaterThan(100);
  const broken = files
    .flatMap(importsOf)
    .map((imp) => ({ imp, why: breach(imp) }))
    .filter(({ why }) => why !== undefined)
    .map(({ imp, why }) => `${imp.file}:${imp.line}: ${imp.specifier} — ${why}`);
  expect(broken).toEqual([]);
});

test('the rules catch what they say', () => {
  const probe = (file: string, specifier: string) => breach({ file, line: 1, specifier, target: targetOf(file, specifier) });
  expect(probe('scripts/screenshots.ts', '../tests/support/build.ts')).toBe('scripts/ imports tests/');
  expect(probe('src/lib/a.ts', 'astro:content')).toBeDefined();
  expect(probe('src/lib/a.ts', 'astro')).toBeDefined();
  expect(probe('src/lib/a.ts', 'astro/zod')).toBeUndefined();
  expect(probe('src/lib/a.ts', 'node:fs')).toBeDefined();
  expect(probe('src/lib/a.ts', 'node:path')).toBeUndefined();
  expect(probe('src/lib/site/a.ts', '../../astro/site.ts')).toBe('src/lib imports src/astro/site.ts');
  expect(probe('src/client/a.ts', 'node:path')).toBeDefined();
  expect(probe('scripts/lib/desk/client/a.ts', 'node:fs')).toBeDefined();
  expect(probe('scripts/lib/desk/a.ts', 'node:fs')).toBeUndefined();
  expect(probe('src/pages/index.astro', 'astro:content')).toBeDefined();
  expect(probe('src/astro/site.ts', 'astro:content')).toBeUndefined();
});
