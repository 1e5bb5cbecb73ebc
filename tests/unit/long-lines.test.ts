import { describe, expect, it } from 'vitest';
import { isLineChecked, longLines } from '../../scripts/lib/long-lines.ts';

describe('longLines', () => {
  it('counts a Chinese character as one character, and numbers lines from 1', () => {
    const text = ['短', '社'.repeat(160), '区'.repeat(161), 'x'.repeat(170) + '\r'].join('\n');
    expect(longLines(text)).toEqual([
      { line: 3, length: 161 },
      { line: 4, length: 170 },
    ]);
  });
});

describe('isLineChecked', () => {
  it('checks code and leaves articles, fixtures, prose and generated files alone', () => {
    expect(['src/pages/index.astro', 'scripts/build.ts', 'src/styles/global.css', 'astro.config.mjs', 'package.json'].every(isLineChecked)).toBe(true);
    const skipped = ['content/news/2026/a.md', 'tests/fixtures/site-small/x.ts', 'package-lock.json', 'src/lib/search/traditional-chars.ts', 'README.md'];
    expect(skipped.some(isLineChecked)).toBe(false);
  });
});
