/**
 * What the editing desk writes when Decap saves an entry. Decap rewrites the
 * whole front matter on every save (config key order, block lists, quotes
 * dropped), so writing its text as is would turn a one-word fix into a diff of
 * every line. `mergeRaw` keeps the original bytes when nothing changed and
 * otherwise edits the original YAML document only where values changed.
 */
import { Document, isMap, parseDocument, Pair, type YAMLMap } from 'yaml';
import { readFrontmatter } from '../text/frontmatter.ts';
import { communityCheckSchema } from '../schemas/community.ts';
import { honorCheckSchema } from '../schemas/honor.ts';
import { newsCheckSchema } from '../schemas/news.ts';
import { isEmptyValue, sameValue, type Data } from './values.ts';
import { createNode, editPairs, TO_STRING } from './yaml-splice.ts';

/** How a file is laid out: Markdown with a front-matter block, or a YAML data file. */
export type RawKind = 'markdown' | 'yaml';

export interface MergeOptions {
  kind: RawKind;
  /** Field order for keys the original lacks (the schema's order); unknown keys go last. */
  keyOrder: readonly string[];
}

/** The schema's field order for a content-relative path (`news/2024/a.md`). */
export function keyOrderFor(rel: string): readonly string[] {
  if (rel.startsWith('communities/')) return Object.keys(communityCheckSchema.shape);
  if (rel.startsWith('honors/')) return Object.keys(honorCheckSchema.shape);
  return Object.keys(newsCheckSchema.shape);
}

/** Whether a content-relative path is a YAML data file rather than Markdown. */
export function rawKindOf(rel: string): RawKind {
  return /\.ya?ml$/i.test(rel) ? 'yaml' : 'markdown';
}

/**
 * The text to write for Decap's `proposed` text, given the file's `original`
 * text (undefined for a new file). Returns `original` itself when data and body
 * are unchanged. When either side cannot be read it returns `proposed`, so the
 * checker reports the problem in the editor's own words.
 */
export function mergeRaw(original: string | undefined, proposed: string, { kind, keyOrder }: MergeOptions): string {
  const next = split(proposed, kind);
  if (!next) return proposed;
  const old = original === undefined ? undefined : split(original, kind);
  if (original !== undefined && !old) return proposed;

  const data = normalize(next.data, old?.data ?? {});
  const body = dotImages(next.body, old?.body);
  if (!old) return assemble({ bom: '', open: '---\n', close: '---\n' }, newDocument(data, keyOrder).toString(TO_STRING), normalizeBody(body), kind);
  // Browsers send \n; a file saved on Windows keeps its \r\n.
  const bodySame = trimBlank(lf(old.body)) === trimBlank(lf(body));
  if (sameValue(old.data, data) && bodySame) return old.text;

  const yamlText = editPairs(old.yamlText, old.doc, old.data, data, keyOrder);
  const newBody = trimBlank(lf(body));
  const eol = old.text.includes('\r\n') ? '\r\n' : '\n';
  return assemble(old, yamlText, bodySame ? old.body : `${leadingBlank(old.body)}${newBody.replace(/\n/g, eol)}${trailingNewline(old.body)}`, kind);
}

interface Split {
  text: string;
  bom: string;
  /** The opening and closing fence lines as written ('' for a YAML file). */
  open: string;
  close: string;
  yamlText: string;
  doc: Document;
  data: Data;
  body: string;
}

/** The front matter (as a YAML document and as data, read as content:check reads it) and the body. */
function split(text: string, kind: RawKind): Split | undefined {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  let yamlText = text.slice(bom.length);
  let body = '';
  let open = '';
  let close = '';
  if (kind === 'markdown') {
    const fm = readFrontmatter(text);
    if (!fm.ok) return undefined;
    body = fm.body;
    const head = yamlText.slice(0, yamlText.length - body.length);
    open = /^---[ \t]*\r?\n/.exec(head)?.[0] ?? '';
    close = /(?:^|\n)(---[ \t]*(?:\r?\n)?)$/.exec(head.slice(open.length))?.[1] ?? '';
    yamlText = head.slice(open.length, head.length - close.length);
  }
  const doc = parseDocument(yamlText, { schema: 'core', uniqueKeys: true });
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) return undefined;
  const data = (doc.toJS() as unknown) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) return undefined;
  return { text, bom, open, close, yamlText, doc, data: data as Data, body };
}

function assemble(parts: Pick<Split, 'bom' | 'open' | 'close'>, yamlText: string, body: string, kind: RawKind): string {
  return kind === 'yaml' ? `${parts.bom}${yamlText}` : `${parts.bom}${parts.open}${yamlText}${parts.close}${body}`;
}

/**
 * Decap's values made the project's: empty values dropped (the checker's fix
 * for them is "删去这一行"), `false` not added where the field was absent (the
 * schema's default), and photos as `./images/…`. Values equal to the
 * original's are kept as they are.
 */
function normalize(next: Data, old: Data): Data {
  const out: Data = {};
  for (const [key, value] of Object.entries(next)) {
    if (sameValue(old[key], value)) {
      out[key] = value;
      continue;
    }
    if (isEmptyValue(value) || (value === false && !(key in old))) continue;
    if (isPlainData(value)) {
      const inner = normalize(value, isPlainData(old[key]) ? old[key] : {});
      if (Object.keys(inner).length > 0) out[key] = inner;
    } else out[key] = typeof value === 'string' && value.startsWith('images/') ? `./${value}` : value;
  }
  return out;
}

function isPlainData(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// A Markdown photo's destination that Decap wrote relative without `./`.
const BARE_IMAGE = /(!\[[^\]]*\]\(\s*<?)(images\/[^\s)>]+)/g;

/** Body photos as `./images/…`, except references the original spelled without `./`. */
function dotImages(body: string, oldBody: string | undefined): string {
  return body.replace(BARE_IMAGE, (whole, before: string, src: string) => (oldBody?.includes(`](${src}`) ? whole : `${before}./${src}`));
}

/** A new file's front matter, keys in the schema's order. */
function newDocument(data: Data, keyOrder: readonly string[]): Document {
  const doc = new Document({}, { schema: 'core' });
  const map = doc.contents as YAMLMap;
  const known = keyOrder.filter((k) => k in data);
  const rest = Object.keys(data).filter((k) => !keyOrder.includes(k));
  for (const key of [...known, ...rest]) map.items.push(new Pair(doc.createNode(key), createNode(doc, data[key])));
  return doc;
}

/** A new file's body: one blank line after the front matter, one newline at the end. */
function normalizeBody(body: string): string {
  const text = trimBlank(body);
  return text === '' ? '' : `\n${text}\n`;
}

function lf(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

function trimBlank(body: string): string {
  return body.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
}

function leadingBlank(body: string): string {
  return /^(?:[ \t]*\r?\n)*/.exec(body)?.[0] ?? '';
}

function trailingNewline(body: string): string {
  return /\r?\n$/.exec(body)?.[0] ?? '\n';
}
