/**
 * The project's line limit. Prettier breaks code at 160 columns but leaves a long
 * string, comment or regular expression whole; this finds those lines.
 */
export const MAX_LINE = 160;

/** Source files the limit applies to: not articles or fixtures (their bytes are the test), not generated files. */
export function isLineChecked(path: string): boolean {
  if (/^(content|tests\/fixtures)\//.test(path)) return false;
  if (path === 'package-lock.json' || path === 'src/lib/search/traditional-chars.ts') return false;
  return /\.(ts|mjs|js|astro|css|json|sh)$/.test(path);
}

/** Lines (1-based) longer than `max` characters. A character is a code point: 社 counts one, as an editor's column does. */
export function longLines(text: string, max = MAX_LINE): { line: number; length: number }[] {
  const found: { line: number; length: number }[] = [];
  text.split('\n').forEach((line, i) => {
    const length = [...line.replace(/\r$/, '')].length;
    if (length > max) found.push({ line: i + 1, length });
  });
  return found;
}
