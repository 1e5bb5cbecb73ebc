/**
 * The desk's file format: what Decap reads from a content file and writes back.
 * YAML 1.2 (times stay the text editors wrote), keys in schema order, lists of
 * names in flow style as the site's files have them, photo paths as `./images/…`.
 * Byte identity with an untouched file is the server's job (merge-raw.ts):
 * Decap gives a format only the data, never the original text.
 */
import { Document, isScalar, visit } from 'yaml';
import { readFrontmatter, readYaml } from '../text/frontmatter.ts';
import { dotImagePath, dotImagePathsInMarkdown } from './figure.ts';

/** Entry data as Decap holds it: front-matter keys plus `body` for Markdown files. */
export type EntryData = Record<string, unknown>;

export interface EntryFormat {
  /** Front matter plus Markdown body (news, honors), or a plain YAML file (communities). */
  markdown: boolean;
  /** Key order for new files: the schema's field order. */
  keys: readonly string[];
  /** Desk-only keys never written (the slug helper, the list's 三审 step). */
  drop: readonly string[];
}

/** Reads a content file; throws (Decap shows it) rather than open a file it cannot read as empty. */
export function readEntry(text: string, format: Pick<EntryFormat, 'markdown'>): EntryData {
  if (format.markdown) {
    const read = readFrontmatter(text);
    if (!read.ok) throw new Error(`front matter: ${read.error} ${read.detail}${read.line === undefined ? '' : ` (line ${read.line})`}`);
    return { ...asRecord(read.data), body: read.body.replace(/^\n+/, '') };
  }
  const read = readYaml(text);
  if (!read.ok) throw new Error(`YAML: ${read.detail}${read.line === undefined ? '' : ` (line ${read.line})`}`);
  return asRecord(read.data ?? {});
}

function asRecord(data: unknown): EntryData {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not a YAML mapping');
  return data as EntryData;
}

/** Writes entry data as a content file. */
export function writeEntry(data: EntryData, format: EntryFormat): string {
  const { body, ...meta } = data;
  const kept = orderKeys(pruneEmpty(meta, format.drop), format.keys);
  const yaml = kept === undefined ? '' : yamlText(kept);
  if (!format.markdown) return yaml;
  const text = dotImagePathsInMarkdown(typeof body === 'string' ? body : '')
    .replace(/^\n+/, '')
    .replace(/\s+$/, '');
  return `---\n${yaml}---\n\n${text === '' ? '' : `${text}\n`}`;
}

function yamlText(meta: EntryData): string {
  const doc = new Document(meta);
  // `topics: [加装电梯, 志愿服务]`, as the site's files write lists of names.
  visit(doc, {
    Seq: (_key, node) => {
      if (node.items.every(isScalar)) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

// Decap writes '' for a cleared field, and strict schemas refuse '' (引题不能为空),
// so a cleared field is left out, as an editor would delete the line.
function pruneEmpty(value: unknown, drop: readonly string[] = []): unknown {
  // Decap joins `./images` and the file name with path.join, which drops the `./`.
  if (typeof value === 'string') return value.trim() === '' ? undefined : dotImagePath(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (Array.isArray(value)) {
    const items = value.map((v) => pruneEmpty(v)).filter((v) => v !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([key]) => !drop.includes(key))
      .map(([key, v]) => [key, pruneEmpty(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value ?? undefined;
}

function orderKeys(meta: unknown, keys: readonly string[]): EntryData | undefined {
  if (meta === undefined) return undefined;
  const record = meta as EntryData;
  const rank = (key: string): number => {
    const i = keys.indexOf(key);
    return i === -1 ? keys.length : i;
  };
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => rank(a) - rank(b)));
}
