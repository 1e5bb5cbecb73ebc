/** How photos an editor did not name get their file names: `<slug>-N.<ext>`, as the importer writes them. */
import type { PhotoFormat } from './check/photo-file.ts';

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

/** Every occurrence of `from` in a Markdown or YAML file's text, written as `to`. */
export function replaceReference(text: string, from: string, to: string): string {
  return text.split(from).join(to);
}
