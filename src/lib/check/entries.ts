/** Reads and validates one content file: front matter, schema, and the rules of its collection. */
import type { z } from 'astro/zod';
import { readFrontmatter, readYaml, type YamlErrorKind } from '../text/frontmatter.ts';
import { isValidSlug, slugFromPath } from '../text/slug.ts';
import { t } from '../../i18n/zh-CN.ts';
import { issuesToProblems, type Problem } from './problem.ts';

/** A content file as read from disk. */
export interface SourceFile {
  /** Path shown to editors (relative to the working folder, e.g. `content/news/2021/a.md`). */
  path: string;
  /** POSIX path relative to the content folder (`news/2021/a.md`). */
  rel: string;
  text: string;
}

export interface Entry<Data> {
  /** Slug or id, from the file name. */
  id: string;
  file: SourceFile;
  data: Data;
  /** The front matter as written, before the schema (Astro's own schema pass reads it). */
  raw: Record<string, unknown>;
  /** Markdown body ('' for YAML files). */
  body: string;
  /** File line the body starts on. */
  bodyLine: number;
}

export interface Parsed<Data> {
  entry?: Entry<Data>;
  problems: Problem[];
}

/**
 * Parses one file against `schema`. Markdown files have a front-matter block;
 * YAML files are all data. The entry is returned whenever the schema passed, so
 * cross-file checks can still run on a file with, say, a bad slug.
 */
export function parseFile<S extends z.ZodType>(file: SourceFile, schema: S, kind: 'markdown' | 'yaml'): Parsed<z.output<S>> {
  const problems: Problem[] = [];
  const id = slugFromPath(file.rel);
  if (!isValidSlug(id)) problems.push({ file: file.path, field: 'slug', message: t('check.badSlug', { value: id }), severity: 'error' });

  let data: unknown;
  let body = '';
  let bodyLine = 1;
  if (kind === 'markdown') {
    const fm = readFrontmatter(file.text);
    if (!fm.ok) {
      const message = fm.error === 'missing' ? t('check.noFrontmatter') : syntaxMessage(fm.detail, fm.line);
      return { problems: [...problems, { file: file.path, field: 'frontmatter', message, severity: 'error' }] };
    }
    ({ data, body, bodyLine } = fm);
  } else {
    const doc = readYaml(file.text);
    if (!doc.ok) return { problems: [...problems, { file: file.path, field: 'frontmatter', message: syntaxMessage(doc.detail, doc.line), severity: 'error' }] };
    data = doc.data ?? {};
  }

  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) return { problems: [...problems, ...issuesToProblems(file.path, result.error.issues)] };
  return { entry: { id, file, data: result.data, raw: data as Record<string, unknown>, body, bodyLine }, problems };
}

function syntaxMessage(kind: YamlErrorKind, line: number | undefined): string {
  const detail = t(`check.yaml.${kind}`);
  return t('check.yamlSyntax', { detail: line === undefined ? detail : t('check.yamlLine', { line, detail }) });
}
