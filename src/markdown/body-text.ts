/**
 * Satteri hast plugin: article text read right for residents on phones.
 * A phone number becomes a tap-to-call link, and it and a time range
 * (8:00—18:00) stay on one line (`.nowrap`, global.css), since at 特大 a
 * browser breaks `0531-` from `8888 1234` and `8:00` from `—18:00`. A notice's
 * closing 落款 (issuing body, then date) gets `.signature`, which the article
 * styles set on the right as 公文 do.
 */
import { defineHastPlugin } from 'satteri';
import type { Element, ElementContent, Parents, Text } from 'hast';
import { TIME_RANGE } from '../lib/text/line-breaks.ts';
import { telUrl } from '../lib/site/identity.ts';
import { findPhoneNumbers, keepFirst } from './phone-numbers.ts';
import { isSignature } from './signature.ts';

/** Text an editor already linked or quoted as code keeps its own meaning: no links inside links or code. */
const LEAVE_ALONE = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'time', 'script', 'style', 'textarea']);

/** A stretch of body text to keep whole: a phone number (linked) or a time range. */
interface Whole {
  start: number;
  end: number;
  kind: 'phone' | 'time';
}

/** The phone numbers and time ranges in `text`, in order, never overlapping. */
export function wholeSpans(text: string): Whole[] {
  const phones = findPhoneNumbers(text).map((m): Whole => ({ start: m.start, end: m.end, kind: 'phone' }));
  const times = [...text.matchAll(TIME_RANGE)].map((m): Whole => ({ start: m.index, end: m.index + m[0].length, kind: 'time' }));
  return keepFirst([...phones, ...times]);
}

const textNode = (value: string): Text => ({ type: 'text', value });

/** `value` as text with each phone number a `tel:` link and each time range a span, all `.nowrap`. */
export function markWholes(value: string): ElementContent[] | undefined {
  const spans = wholeSpans(value);
  if (spans.length === 0) return undefined;
  const out: ElementContent[] = [];
  let at = 0;
  for (const { start, end, kind } of spans) {
    if (start > at) out.push(textNode(value.slice(at, start)));
    const shown = value.slice(start, end);
    const properties = kind === 'phone' ? { href: telUrl(shown), className: ['nowrap'] } : { className: ['nowrap'] };
    out.push({ type: 'element', tagName: kind === 'phone' ? 'a' : 'span', properties, children: [textNode(shown)] });
    at = end;
  }
  if (at < value.length) out.push(textNode(value.slice(at)));
  return out;
}

const isBlankText = (n: { type: string; value?: unknown }): boolean => n.type === 'text' && typeof n.value === 'string' && n.value.trim() === '';

const textOf = (n: ElementContent): string => (n.type === 'text' ? n.value : n.type === 'element' ? n.children.map(textOf).join('') : '');

/** A paragraph's lines, split at its hard breaks (`\` or two spaces at a line's end in Markdown). */
export function paragraphLines(p: Element): string[] {
  const lines = [''];
  for (const child of p.children) {
    if (child.type === 'element' && child.tagName === 'br') lines.push('');
    else lines[lines.length - 1] += textOf(child);
  }
  return lines;
}

/** Whether the block at `index` of `parent` is the body's last: a 落款 closes the notice, it never sits mid-text. */
function isLastBlock(parent: Parents | undefined, index: number | undefined): boolean {
  if (parent?.type !== 'root' || index === undefined) return false;
  return parent.children.slice(index + 1).every((n) => isBlankText(n));
}

export const bodyText = defineHastPlugin({
  name: 'news-body-text',
  text(node, ctx) {
    for (let up = ctx.parent(node); up && up.type === 'element'; up = ctx.parent(up)) {
      if (LEAVE_ALONE.has(up.tagName)) return;
    }
    const parts = markWholes(node.value);
    if (parts) ctx.replaceNode(node, parts);
  },
  element: {
    filter: ['p'],
    visit(node, ctx) {
      if (isLastBlock(ctx.parent(node), ctx.indexOf(node)) && isSignature(paragraphLines(node))) ctx.setProperty(node, 'className', ['signature']);
    },
  },
});
