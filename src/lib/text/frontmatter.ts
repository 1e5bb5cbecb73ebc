/**
 * Splits a Markdown file into front matter and body, and reads the front matter
 * as YAML 1.2. YAML 1.2's core schema has no implicit timestamps, so an unquoted
 * `2021-01-25 15:54:00` stays the text the editor wrote and is read as China time
 * by the schema, exactly like the quoted form (YAML 1.1 readers, Astro's included,
 * would turn it into a UTC instant eight hours off).
 */
import { parse, YAMLParseError } from 'yaml';

export type FrontmatterResult =
  { ok: true; data: unknown; body: string; bodyLine: number } | { ok: false; error: 'missing' | 'syntax'; detail: YamlErrorKind; line?: number };

/** What went wrong in a YAML block, in terms an editor can fix. */
export type YamlErrorKind = 'duplicate-key' | 'unclosed' | 'indent' | 'tab' | 'other';

const ERROR_KINDS: Readonly<Record<string, YamlErrorKind>> = {
  DUPLICATE_KEY: 'duplicate-key',
  MISSING_CHAR: 'unclosed',
  BAD_INDENT: 'indent',
  MULTILINE_IMPLICIT_KEY: 'indent',
  BLOCK_AS_IMPLICIT_KEY: 'indent',
  TAB_AS_INDENT: 'tab',
};

// The closing --- must start a line: a `---` inside a value does not end the block.
const FENCE = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Reads the `---` block at the top of a Markdown file. */
export function readFrontmatter(text: string): FrontmatterResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const m = FENCE.exec(source);
  if (!m) return { ok: false, error: 'missing', detail: 'other' };
  const yamlText = m[1] ?? '';
  const parsed = readYaml(yamlText);
  if (!parsed.ok) return { ...parsed, ...(parsed.line === undefined ? {} : { line: parsed.line + 1 }) };
  const bodyLine = m[0].split('\n').length;
  return { ok: true, data: parsed.data ?? {}, body: source.slice(m[0].length), bodyLine };
}

export type YamlResult = { ok: true; data: unknown } | { ok: false; error: 'syntax'; detail: YamlErrorKind; line?: number };

/** Parses a YAML document (a data file or a front-matter block) with YAML 1.2 rules. */
export function readYaml(text: string): YamlResult {
  try {
    return { ok: true, data: parse(text, { schema: 'core', uniqueKeys: true, prettyErrors: true }) };
  } catch (error) {
    if (!(error instanceof YAMLParseError)) return { ok: false, error: 'syntax', detail: 'other' };
    const line = error.linePos?.[0].line;
    return { ok: false, error: 'syntax', detail: ERROR_KINDS[error.code] ?? 'other', ...(line === undefined ? {} : { line }) };
  }
}
