/** Images and links written in a Markdown body, with their line numbers, for content:check. */

export interface ImageRef {
  alt: string;
  src: string;
  title?: string;
  line: number;
  /** Written as raw HTML `<img>` rather than Markdown `![]()`. */
  html?: true;
}

export interface LinkRef {
  href: string;
  line: number;
}

// ![alt](src "title") — src without spaces, or in <…> with them (`<./images/my photo.jpg>`), optional quoted title.
const IMAGE = /!\[([^\]]*)\]\(\s*(?:<([^>\n]+)>|([^\s)>]+))(?:\s+["']([^"']*)["'])?\s*\)/g;
// [text](href) not preceded by `!` (the text may hold an image: a linked thumbnail), and raw <a href="…">.
const LINK = /(?<!!)\[(?:[^[\]]|!\[[^\]]*\]\([^)]*\))*\]\(\s*<?([^\s)>]+)>?(?:\s+["'][^"']*["'])?\s*\)|<a\s[^>]*href=["']([^"']+)["']/gi;
// <img src="…" alt="…"> in raw HTML
const HTML_IMAGE = /<img\s[^>]*>/gi;

function lineAt(text: string, index: number, firstLine: number): number {
  let line = firstLine;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Blanks out code (``` and ~~~ fences, `inline`) so examples are not taken for real references; line breaks stay. */
function withoutCode(body: string): string {
  return body.replace(/```[\s\S]*?```|~~~[\s\S]*?~~~|`[^`\n]+`/g, (block) => block.replace(/[^\n]/g, ' '));
}

/** Every image in `body`; `firstLine` is the file line the body starts on. */
export function findImages(body: string, firstLine = 1): ImageRef[] {
  const text = withoutCode(body);
  const found: ImageRef[] = [];
  for (const m of text.matchAll(IMAGE)) {
    const [, alt = '', bracketed, bare, title] = m;
    const src = bracketed ?? bare ?? '';
    found.push({ alt: alt.trim(), src, ...(title === undefined ? {} : { title }), line: lineAt(text, m.index, firstLine) });
  }
  for (const m of text.matchAll(HTML_IMAGE)) {
    const src = /\ssrc=["']([^"']+)["']/i.exec(m[0])?.[1];
    const alt = /\salt=["']([^"']*)["']/i.exec(m[0])?.[1] ?? '';
    if (src) found.push({ alt: alt.trim(), src, line: lineAt(text, m.index, firstLine), html: true });
  }
  return found;
}

/** Every link in `body`. */
export function findLinks(body: string, firstLine = 1): LinkRef[] {
  const text = withoutCode(body);
  return [...text.matchAll(LINK)].map((m) => ({ href: m[1] ?? m[2] ?? '', line: lineAt(text, m.index, firstLine) }));
}

/** Whether a reference points outside the site (`https:`, `mailto:`, `tel:` …). */
export function isExternal(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//');
}
