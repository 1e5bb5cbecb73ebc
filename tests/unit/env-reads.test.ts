import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/repo-root.ts';

/** A read of the environment: `process.env` (however spelled) or Vite's `import.meta.env`. */
const ENV_READ = /\bprocess\s*(?:\.\s*env\b|\[\s*['"`]env['"`]\s*\])|\bimport\.meta\.env\b|\bfrom\s+['"](?:node:)?process['"]/;
/** The module that owns the environment, and the lines elsewhere that only look like a read, each with why. */
const ALLOWED: Record<string, RegExp | 'whole file'> = {
  'src/env.ts': 'whole file',
  // A name esbuild replaces in the desk's browser bundle (React's production switch), not a read.
  'scripts/lib/desk/bundle.ts': /define: \{ 'process\.env\.NODE_ENV': '"production"' \}/,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(?:[cm]?[jt]s|astro)$/.test(d.name))
    .map((d) => relative(ROOT, join(d.parentPath, d.name)));
}

describe('environment variables', () => {
  test('are read only by src/env.ts (readEnv), in src/, scripts/ and astro.config.mjs', () => {
    const reads: string[] = [];
    for (const file of [...sourceFiles('src'), ...sourceFiles('scripts'), 'astro.config.mjs']) {
      const allowed = ALLOWED[file];
      if (allowed === 'whole file') continue;
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (ENV_READ.test(line) && !allowed?.test(line)) reads.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(reads, 'read variables through readEnv() in src/env.ts (children: childEnv())').toEqual([]);
  });

  test('the scan sees the spellings it looks for', () => {
    for (const line of ["process.env['X']", 'process.env.X', "process['env']", 'import.meta.env.DEV', "import { env } from 'node:process';"])
      expect(ENV_READ.test(line), line).toBe(true);
    expect(ENV_READ.test('const processed = envelope;')).toBe(false);
  });
});
