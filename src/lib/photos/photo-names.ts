/** How photos an editor did not name get their file names: `<slug>-N.<ext>`, as the importer writes them. */
import type { PhotoFormat } from '../check/photo-file.ts';

const EXTENSIONS: Partial<Record<PhotoFormat, string>> = { jpeg: 'jpg', png: 'png', gif: 'gif', webp: 'webp', avif: 'avif' };

/** The extension a downloaded or converted photo is saved with (HEIC and the rest become JPEG). */
export function extensionFor(format: PhotoFormat): string {
  return EXTENSIONS[format] ?? 'jpg';
}

/** The first `<slug>-N.<ext>` (N from 1) whose name, in any letter case and extension, is not taken. */
export function nextPhotoName(slug: string, ext: string, taken: Iterable<string>): string {
  const stems = new Set([...taken].map((name) => name.toLowerCase().replace(/\.[^.]*$/, '')));
  let n = 1;
  while (stems.has(`${slug}-${n}`)) n++;
  return `${slug}-${n}.${ext}`;
}

/** Whether `name` is among `names` in any letter case (two such files collide on Windows and macOS). */
export function nameTaken(name: string, names: Iterable<string>): boolean {
  const lower = name.toLowerCase();
  return [...names].some((n) => n.toLowerCase() === lower);
}

/** `src` with its extension changed (`./images/my%20photo.HEIC` → `./images/my%20photo.jpg`), spelled as written otherwise. */
export function withExtension(src: string, ext: string): string {
  return src.replace(/\.[^./?#]*(?=[?#]|$)/, `.${ext}`);
}

// A Markdown image's destination, bare or in <…>, followed by a space (then a title) or `)`.
const IMAGE_DESTINATION = /(!\[[^\]\n]*\]\([ \t]*)(?:<([^>\n]*)>|([^\s()<>]+))(?=\s|\))/g;
// A front-matter line `key: value`, the value optionally quoted.
const FIELD_VALUE = /^([ \t]*[\w.]+:[ \t]*)(["']?)(.*?)(["']?)([ \t]*)$/gm;

/**
 * A photo's path changed from `from` to `to` wherever the file uses it as a
 * photo: a Markdown image's destination (`](from`, `](<from>`) or a front-matter
 * value (`cover: from`). The same text in a link or a sentence stays. Compared
 * as strings: a path is never made into a pattern.
 */
export function replaceReference(text: string, from: string, to: string): string {
  return text
    .replace(IMAGE_DESTINATION, (whole, head: string, angled: string | undefined, bare: string | undefined) => {
      if ((angled ?? bare) !== from) return whole;
      return angled === undefined ? `${head}${to}` : `${head}<${to}>`;
    })
    .replace(FIELD_VALUE, (whole, head: string, open: string, value: string, close: string, tail: string) =>
      value === from ? `${head}${open}${to}${close}${tail}` : whole,
    );
}
