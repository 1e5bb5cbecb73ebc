/**
 * Satteri mdast plugin: a local image whose file is missing becomes a visible
 * placeholder instead of failing the whole page. Only drafts reach this in
 * `npm run dev` (content:check stops a build that would publish one), so an
 * editor can preview an imported article before its photos arrive.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { isExternal } from '../lib/text/markdown-refs.ts';
import { t } from '../i18n/zh-CN.ts';

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const missingImages = defineMdastPlugin({
  name: 'news-missing-images',
  image(node, ctx) {
    if (!ctx.fileURL || isExternal(node.url) || node.url.startsWith('/')) return;
    if (existsSync(fileURLToPath(new URL(node.url, ctx.fileURL)))) return;
    const label = escapeHtml(t('article.missingImage', { src: node.url }));
    ctx.replaceNode(node, { type: 'html', value: `<span class="missing-image" role="img" aria-label="${label}">${label}</span>` });
  },
});
