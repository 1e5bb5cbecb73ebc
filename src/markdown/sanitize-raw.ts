/**
 * Satteri hast plugin: raw HTML an editor pasted into Markdown goes through the
 * site's sanitiser (lib/text/sanitize-html.ts), and links or images Markdown itself made
 * (`[x](javascript:…)`) lose an unsafe URL. Runs at build, before anything is
 * stored, so neither pages nor feeds ever hold a script nobody on the team wrote.
 */
import { defineHastPlugin } from 'satteri';
import { isSafeUrl, sanitizeContentHtml } from '../lib/text/sanitize-html.ts';
import { SITE } from '../site.config.ts';
import { BASE_PATH, sitePath } from '../lib/site/urls.ts';

export const sanitizeRaw = defineHastPlugin({
  name: 'news-sanitize-raw',
  raw(node) {
    const clean = sanitizeContentHtml(node.value, { iframeHosts: SITE.iframeHosts, images: false });
    return clean === node.value ? undefined : { ...node, value: clean };
  },
  element: {
    filter: ['a', 'img'],
    visit(node, ctx) {
      for (const name of ['href', 'src'] as const) {
        const value = node.properties?.[name];
        if (typeof value !== 'string') continue;
        if (!isSafeUrl(value)) ctx.setProperty(node, name, null);
        // Editors link `/news/a/`; a site served under a path (a district's member) serves it at `/jiedao-a/news/a/`.
        else if (BASE_PATH !== '/' && /^\/(?!\/)/.test(value)) ctx.setProperty(node, name, sitePath(value));
      }
    },
  },
});
