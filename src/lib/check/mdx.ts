/**
 * MDX runs code at build time, so sanitising its output would be too late: an
 * MDX article may use only the site's own components (SITE.mdxComponents, given
 * at render, so no import is ever needed) and plain HTML tags the sanitiser
 * allows. Any import, export, JavaScript expression or other element is refused,
 * naming the line.
 */
import { mdxToMdast } from 'satteri';
import { t } from '../../i18n/zh-CN.ts';
import type { Problem } from './problem.ts';

const HTML_TAGS = new Set([
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'blockquote',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'mark',
  'small',
  'span',
  'div',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: MdxNode[];
}

/** Problems with an MDX body; `bodyLine` is the file line the body starts on. */
export function mdxProblems(file: string, body: string, bodyLine: number, components: readonly string[]): Problem[] {
  let tree: MdxNode;
  try {
    tree = mdxToMdast(body, { position: true } as never) as unknown as MdxNode;
  } catch (error) {
    return [
      {
        file,
        field: 'body',
        message: t('check.mdx.syntax', { detail: String(error instanceof Error ? error.message : error).split('\n')[0] ?? '' }),
        severity: 'error',
      },
    ];
  }
  const problems: Problem[] = [];
  const at = (node: MdxNode) => t('check.bodyLine', { line: bodyLine + (node.position?.start.line ?? 1) - 1 });
  const refuse = (node: MdxNode, message: string) => problems.push({ file, field: at(node), message, severity: 'error' });
  const walk = (node: MdxNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        refuse(node, t('check.mdx.esm'));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        refuse(node, t('check.mdx.expression', { code: (node.value ?? '').slice(0, 40) }));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!components.includes(name) && !HTML_TAGS.has(name)) refuse(node, t('check.mdx.element', { name: name || '<>', allowed: components.join('、') }));
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string')) {
            refuse(node, t('check.mdx.expression', { code: attribute.name ?? '{…}' }));
          } else if (/^on/i.test(attribute.name ?? '') || /^(style|src|href)$/i.test(attribute.name ?? '')) {
            refuse(node, t('check.mdx.attribute', { name: attribute.name ?? '' }));
          }
        }
        break;
      }
      default:
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return problems;
}
