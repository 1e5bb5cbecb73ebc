/**
 * Edits a YAML mapping by splicing its source text: only changed top-level
 * pairs are rewritten, so every untouched line keeps its bytes (re-serializing
 * the document would restyle all flow collections at once).
 */
import { Document, isMap, isScalar, isSeq, Pair, type Node, type YAMLMap } from 'yaml';
import { sameValue, type Data } from './values.ts';

// The project's YAML style: no folding of long Chinese lines, `[a, b]` not `[ a, b ]`.
export const TO_STRING = { lineWidth: 0, flowCollectionPadding: false } as const;

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
export function editPairs(yamlText: string, doc: Document, oldData: Data, next: Data, keyOrder: readonly string[]): string {
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
    if (key in next && sameValue(oldData[key], next[key])) continue;
    const start = (pair.key as Node).range?.[0] ?? 0;
    const end = pairEnd(pair, yamlText);
    edits.push({ start, end, text: key in next ? render(key, next[key], pair.value) : '' });
  }
  const rank = (key: string) => {
    const i = keyOrder.indexOf(key);
    return i === -1 ? keyOrder.length : i;
  };
  for (const [key, value] of Object.entries(next)) {
    if (key in oldData) continue;
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
export function createNode(doc: Document, value: unknown, replacing?: unknown): Node {
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
