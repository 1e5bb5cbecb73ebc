/**
 * Satteri hast plugin: an image standing alone in its paragraph becomes a
 * `<figure>`, and its Markdown title (`![alt](./a.jpg "caption")`) its
 * `<figcaption>`. Runs before Astro's image marker, so the `<img>` inside still
 * goes through astro:assets.
 */
import { defineHastPlugin } from 'satteri';
import type { Element, ElementContent } from 'hast';

const isBlank = (n: ElementContent): boolean => n.type === 'text' && n.value.trim() === '';

export const figures = defineHastPlugin({
  name: 'news-figures',
  element: {
    filter: ['p'],
    visit(node) {
      const content = node.children.filter((c) => !isBlank(c));
      const img = content[0];
      if (content.length !== 1 || img?.type !== 'element' || img.tagName !== 'img') return undefined;
      const { title, ...properties } = img.properties ?? {};
      const caption = typeof title === 'string' ? title.trim() : '';
      const children: ElementContent[] = [{ ...img, properties }];
      if (caption) children.push({ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: caption }] });
      const figure: Element = { type: 'element', tagName: 'figure', properties: {}, children };
      return figure;
    },
  },
});
