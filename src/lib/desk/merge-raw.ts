/**
 * What the editing desk writes when Decap saves an entry. Decap rewrites the
 * whole front matter on every save (config key order, block lists, quotes
 * dropped), so writing its text as is would turn a one-word fix into a diff of
 * every line. `mergeRaw` keeps the original bytes when nothing changed and
 * otherwise edits the original YAML document only where values changed.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Pair, type Node, type YAMLMap } from 'yaml';
import { readFrontmatter } from '../frontmatter.ts';
import { communityCheckSchema } from '../schemas/community.ts';
import { honorCheckSchema } from '../schemas/honor.ts';
import { newsCheckSchema } from '../schemas/news.ts';
import { isEmptyValue, sameValue, type Data } from './values.ts';

/** How a file is laid out: Markdown with a front-matter block, or a YAML data file. */
export type RawKind = 'markdown' | 'yaml';

export interface MergeOptions {
  kind: RawKind;
  /** Field order for keys the original lacks (the schema's order); unknown keys go last. */
  keyOrder: readonly string[];
}

// The project's YAML style: no folding of long Chinese lines, `[a, b]` not `[ a, b ]`.
const TO_STRING = { lineWidth: 0, flowCollectionPadding: false } as const;

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

  const yamlText = editPairs(old, data, keyOrder);
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

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The original YAML text with only the changed top-level pairs rewritten,
 * spliced into the source text rather than re-serializing the document, so
 * every untouched line (its quotes, comments, spacing) keeps its bytes.
 */
function editPairs(old: Split, next: Data, keyOrder: readonly string[]): string {
  const { yamlText, doc } = old;
  const pairs = isMap(doc.contents) ? (doc.contents as YAMLMap).items : [];
  const keyOf = (pair: Pair) => String(isScalar(pair.key) ? pair.key.value : pair.key);
  const crlf = yamlText.includes('\r\n');
  const render = (key: string, value: unknown, replacing?: unknown) => {
    const text = pairText(key, value, replacing);
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  };
  const edits: Edit[] = [];
  for (const pair of pairs) {
    const key = keyOf(pair);
    if (key in next && sameValue(old.data[key], next[key])) continue;
    const start = (pair.key as Node).range?.[0] ?? 0;
    const end = pairEnd(pair, yamlText);
    edits.push({ start, end, text: key in next ? render(key, next[key], pair.value) : '' });
  }
  const rank = (key: string) => {
    const i = keyOrder.indexOf(key);
    return i === -1 ? keyOrder.length : i;
  };
  for (const [key, value] of Object.entries(next)) {
    if (key in old.data) continue;
    const before = pairs.find((p) => rank(keyOf(p)) > rank(key));
    const at = before ? ((before.key as Node).range?.[0] ?? 0) : endWithNewline(yamlText).length;
    edits.push({ start: at, end: at, text: render(key, value) });
  }
  let text = edits.some((e) => e.start === endWithNewline(yamlText).length) ? endWithNewline(yamlText) : yamlText;
  // Stable by position, so keys added at one spot keep their schema order.
  for (const edit of edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.start - a.e.start || b.i - a.i)) {
    text = text.slice(0, edit.e.start) + edit.e.text + text.slice(edit.e.end);
  }
  return text;
}

/** Where a top-level pair's text ends: after the line its value ends on. */
function pairEnd(pair: Pair, text: string): number {
  const node = (pair.value ?? pair.key) as Node;
  const at = node.range?.[1] ?? text.length;
  if (text[at - 1] === '\n') return at;
  const eol = text.indexOf('\n', at);
  return eol === -1 ? text.length : eol + 1;
}

function endWithNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

/** One `key: value` pair as YAML text, in the style of the node it replaces. */
function pairText(key: string, value: unknown, replacing?: unknown): string {
  const single = new Document({}, { schema: 'core' });
  const node = createNode(single, value, replacing);
  (single.contents as YAMLMap).items.push(new Pair(single.createNode(key), node));
  // Flow maps are written `{ a: 1 }` in this project, flow lists `[a, b]`.
  return single.toString({ ...TO_STRING, flowCollectionPadding: isMap(node) && node.flow === true });
}

/** A YAML node for `value`: lists in flow style, as the project writes them; a replaced map or scalar keeps its style. */
function createNode(doc: Document, value: unknown, replacing?: unknown): Node {
  const node = doc.createNode(value) as Node;
  const visit = (n: unknown) => {
    if (isSeq(n)) {
      n.flow = true;
      n.items.forEach(visit);
    } else if (isMap(n)) n.items.forEach((pair) => visit(pair.value));
  };
  visit(node);
  if (isMap(node) && isMap(replacing)) node.flow = replacing.flow ?? false;
  if (isScalar(node) && isScalar(replacing) && typeof node.value === typeof replacing.value && replacing.type) node.type = replacing.type;
  return node;
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
