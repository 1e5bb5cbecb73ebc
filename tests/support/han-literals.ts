/**
 * Finds Chinese text in source code once comments are gone, for the test that keeps every
 * message in src/i18n/zh-CN.ts. TypeScript's own parser finds the comments, so `//` inside
 * a string or a URL in template text is never mistaken for one.
 */
import ts from 'typescript';

/** One line of code that still holds Han characters after its comments are removed. */
export interface HanLine {
  /** 1-based line number in the file. */
  line: number;
  /** The line, comments removed and trimmed. */
  text: string;
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** `text` with the ranges replaced by spaces, newlines kept so line numbers stay true. */
function blank(text: string, ranges: readonly (readonly [number, number])[]): string {
  let out = text;
  for (const [start, end] of ranges) {
    out = out.slice(0, start) + out.slice(start, end).replace(/[^\n]/g, ' ') + out.slice(end);
  }
  return out;
}

const TEMPLATE_PARTS = new Set([
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
]);

/** The comment ranges of TypeScript (or TSX) `code`, found by the parser. */
function scriptComments(code: string, kind: ts.ScriptKind): [number, number][] {
  const file = ts.createSourceFile(kind === ts.ScriptKind.TSX ? 'x.tsx' : 'x.ts', code, ts.ScriptTarget.Latest, false, kind);
  const seen = new Set<number>();
  const ranges: [number, number][] = [];
  const add = (list: ts.CommentRange[] | undefined) => {
    for (const c of list ?? []) {
      if (!seen.has(c.pos)) {
        seen.add(c.pos);
        ranges.push([c.pos, c.end]);
      }
    }
  };
  const visit = (node: ts.Node) => {
    // Template text is not trivia: `// 说明` in it is text a reader sees.
    if (node.kind === ts.SyntaxKind.JsxText || node.kind === ts.SyntaxKind.JsxTextAllWhiteSpaces) return;
    if (TEMPLATE_PARTS.has(node.kind)) {
      // A stylesheet kept in a template literal (the desk's dialog CSS) has comments of its own.
      const start = node.getStart(file);
      for (const m of code.slice(start, node.end).matchAll(/\/\*[\s\S]*?\*\//g)) ranges.push([start + m.index, start + m.index + m[0].length]);
    }
    const children = node.getChildren(file);
    if (children.length === 0 || node.kind === ts.SyntaxKind.EndOfFileToken) {
      add(ts.getLeadingCommentRanges(code, node.pos));
      add(ts.getTrailingCommentRanges(code, node.end));
    }
    for (const child of children) visit(child);
  };
  visit(file);
  return ranges;
}

/** The ranges of `<tag …>…</tag>` bodies in an Astro template. */
function elementBodies(template: string, tag: 'script' | 'style'): [number, number][] {
  const ranges: [number, number][] = [];
  const open = new RegExp(`<${tag}\\b[^>]*>`, 'gi');
  for (let m = open.exec(template); m !== null; m = open.exec(template)) {
    const start = m.index + m[0].length;
    const end = template.toLowerCase().indexOf(`</${tag}>`, start);
    ranges.push([start, end === -1 ? template.length : end]);
    open.lastIndex = end === -1 ? template.length : end;
  }
  return ranges;
}

/** TypeScript `code` with its comments blanked. */
function stripScript(code: string, kind: ts.ScriptKind = ts.ScriptKind.TS): string {
  return blank(code, scriptComments(code, kind));
}

/**
 * An Astro file with its comments blanked: the frontmatter and `<script>` bodies as TypeScript,
 * `<style>` bodies as CSS, and the template as TSX (its `{/* … *\/}` comments) after
 * `<!-- … -->` comments are gone. What is left — template text, attributes, literals — is what
 * a reader or a script sees.
 */
function stripAstro(source: string): string {
  const fence = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const frontEnd = fence === null ? 0 : fence[0].length;
  const front = fence === null ? '' : stripScript(source.slice(0, frontEnd).replace(/^---|---$/g, '   '));
  let template = source.slice(frontEnd);
  template = blank(
    template,
    [...template.matchAll(/<!--[\s\S]*?-->/g)].map((m) => [m.index, m.index + m[0].length] as const),
  );
  const scripts = elementBodies(template, 'script');
  const styles = elementBodies(template, 'style');
  let markup = blank(template, [...scripts, ...styles]);
  markup = markup.replace(/<!doctype[^>]*>/i, (d) => ' '.repeat(d.length));
  // The template parsed as the children of a fragment; the wrappers add no line.
  const wrapped = `<>${markup}</>`;
  markup = stripScript(wrapped, ts.ScriptKind.TSX).slice(2, -3);
  const parts = [
    ...scripts.map((r) => [r, stripScript(template.slice(...r))] as const),
    ...styles.map((r) => [r, template.slice(...r).replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))] as const),
  ];
  let out = markup;
  for (const [[start, end], text] of parts) out = out.slice(0, start) + text + out.slice(end);
  return front + out;
}

/** Lines of `source` (a `.ts`, `.mjs` or `.astro` file's text) with Han characters outside comments. */
export function hanLines(path: string, source: string): HanLine[] {
  if (!HAN.test(source)) return [];
  const stripped = path.endsWith('.astro')
    ? stripAstro(source)
    : path.endsWith('.css')
      ? source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
      : stripScript(source);
  return stripped.split('\n').flatMap((text, i) => (HAN.test(text) ? [{ line: i + 1, text: text.trim() }] : []));
}
