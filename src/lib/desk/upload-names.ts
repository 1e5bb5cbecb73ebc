/**
 * Photos uploaded with an entry get the project's names: `<slug>-N.<ext>` in
 * the entry's own `images/` folder (clerks' files are called `IMG_2041.JPG` or
 * `微信图片_2024….jpg`), with the extension of what the bytes really are.
 */
import { HEAD_BYTES, sniffPhoto } from '../check/photo-file.ts';
import { extensionFor, nameTaken, nextPhotoName, replaceReference } from '../photos/photo-names.ts';

/** A file Decap sent with an entry; `path` is relative to the repository. */
export interface Upload {
  path: string;
  bytes: Uint8Array;
}

export interface NamedUploads {
  /** The entry's text with references to the renamed photos rewritten. */
  text: string;
  /** The uploads to write, renamed; photos the entry no longer refers to are left out. */
  uploads: Upload[];
  /** File names changed, in the entry's `images/` folder. */
  renames: { from: string; to: string }[];
  /** Uploads (their names as sent) the text does not show: left out, and the clerk is told. */
  unused: string[];
}

/**
 * Renames the uploads that sit in the `images/` folder beside `entryPath`.
 * `taken` lists the file names already in that folder.
 */
export function nameUploads(entryPath: string, text: string, uploads: readonly Upload[], taken: readonly string[]): NamedUploads {
  const dir = entryPath.slice(0, entryPath.lastIndexOf('/') + 1);
  const slug = entryPath.slice(dir.length).replace(/\.[^.]*$/, '');
  const imagesDir = `${dir}images/`;
  const names = [...taken];
  const renames: { from: string; to: string }[] = [];
  // Numbered in the order the text shows them (Decap sends the last picked first).
  const ordered = inTextOrder(text, uploads, imagesDir);
  const named = ordered.map((upload): Upload => {
    if (!upload.path.startsWith(imagesDir) || upload.path.slice(imagesDir.length).includes('/')) return upload;
    const from = upload.path.slice(imagesDir.length);
    const format = sniffPhoto(upload.bytes.subarray(0, HEAD_BYTES));
    const ext = format === undefined ? (/\.([^.]+)$/.exec(from)?.[1]?.toLowerCase() ?? 'jpg') : extensionFor(format);
    const keep = isSlugPhotoName(from, slug, ext) && !nameTaken(from, names);
    const to = keep ? from : nextPhotoName(slug, ext, names);
    names.push(to);
    renames.push({ from, to });
    return { path: `${imagesDir}${to}`, bytes: upload.bytes };
  });

  // Through placeholders, so a clerk's `<slug>-1.jpg` renamed to `-2` cannot catch a reference just rewritten to `-1`.
  const spellings = (name: string) => [...new Set([name, encodeURI(name)])].flatMap((n) => [`./images/${n}`, `images/${n}`]);
  let out = text;
  renames.forEach(({ from }, i) => {
    for (const src of spellings(from)) out = replaceReference(out, src, `\u0000${i}\u0000`);
  });
  // eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
  out = out.replace(/\u0000(\d+)\u0000/g, (_, i: string) => `./images/${renames[Number(i)]?.to ?? ''}`);

  const used = (upload: Upload) => !upload.path.startsWith(imagesDir) || out.includes(`./images/${upload.path.slice(imagesDir.length)}`);
  const unused = ordered.filter((_, i) => !used(named[i] as Upload)).map((u) => u.path.slice(u.path.lastIndexOf('/') + 1));
  return { text: out, uploads: named.filter(used), renames: renames.filter((r) => r.from !== r.to), unused };
}

/** Whether `name` is `<slug>-N.<ext>` — by string comparison: a slug is input and never becomes a pattern. */
export function isSlugPhotoName(name: string, slug: string, ext: string): boolean {
  const prefix = `${slug}-`;
  const suffix = `.${ext}`;
  if (!name.startsWith(prefix) || !name.endsWith(suffix) || name.length <= prefix.length + suffix.length) return false;
  return [...name.slice(prefix.length, name.length - suffix.length)].every((c) => c >= '0' && c <= '9');
}

/** The uploads by where the text first shows them; those it does not show last, as sent. */
export function inTextOrder(text: string, uploads: readonly Upload[], imagesDir: string): Upload[] {
  const at = (upload: Upload): number => {
    if (!upload.path.startsWith(imagesDir)) return Infinity;
    const name = upload.path.slice(imagesDir.length);
    const found = [name, encodeURI(name)].map((n) => text.indexOf(`images/${n}`)).filter((i) => i !== -1);
    return found.length === 0 ? Infinity : Math.min(...found);
  };
  return uploads
    .map((upload, i) => ({ upload, i, at: at(upload) }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((x) => x.upload);
}
