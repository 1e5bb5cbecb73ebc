/**
 * `npm run content:check -- --fix`: carries out the repairs the checker named
 * (src/lib/check/problem.ts `Fix`), one file at a time, and says what it did.
 * Text is converted only from an encoding the checker recognised (GB18030 can
 * be written back byte for byte); a photo is replaced only once its new file is
 * written; every write goes through a temporary file and a rename.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, posix } from 'node:path';
import { t } from '../../../src/i18n/zh-CN.ts';
import { formatOfExtension } from '../../../src/lib/check/photo-file.ts';
import type { Fix, Problem } from '../../../src/lib/check/problem.ts';
import { encodingName } from '../../../src/lib/check/text-file.ts';
import { excerpt } from '../../../src/lib/import/han.ts';
import { nameTaken, nextPhotoName, replaceReference, withExtension } from '../../../src/lib/photos/photo-names.ts';
import { slugFromPath } from '../../../src/lib/text/slug.ts';
import { decodeText } from '../../../src/lib/text/encoding.ts';
import { displayPath } from '../../../src/node/content-files.ts';
import { writeFileAtomic } from '../../../src/node/write-atomic.ts';
import { heicToJpeg, resavePhoto } from '../../../src/node/photo-convert.ts';
import { downloadPhoto, PhotoDownloadError } from '../../../src/node/remote-photo.ts';

export interface FixReport {
  /** One line per thing done or failed, in order. */
  lines: string[];
  /** How many fixes were carried out. */
  done: number;
  /** Fixes that failed (as `fixKey`), not to be tried again in a later round. */
  failed: Set<string>;
}

/** A fix's identity across rounds of `--fix`. */
export const fixKey = (fix: Fix): string => JSON.stringify(fix);

/** Applies every fix in `problems`, except those in `skip`. */
export async function applyFixes(problems: readonly Problem[], contentDir: string, cwd: string, skip: ReadonlySet<string> = new Set()): Promise<FixReport> {
  const lines: string[] = [];
  const failed = new Set<string>();
  let done = 0;
  const show = (rel: string) => displayPath(join(contentDir, rel), cwd);
  // A photo shared by two references is converted once; a download, once per article.
  const replaced = new Map<string, string>();
  const downloaded = new Map<string, string>();
  for (const fix of problems.flatMap((p) => (p.fix && !skip.has(fixKey(p.fix)) ? [p.fix] : []))) {
    try {
      const said = await apply(fix);
      if (said.length > 0) done++;
      lines.push(...said);
    } catch (error) {
      failed.add(fixKey(fix));
      const where = fix.kind === 'reencode' ? fix.rel : fix.kind === 'photo-format' ? fix.image : fix.file;
      lines.push(t('fix.failed', { path: show(where), detail: error instanceof Error ? error.message : String(error) }));
    }
  }
  return { lines, done, failed };

  async function apply(fix: Fix): Promise<string[]> {
    switch (fix.kind) {
      case 'reencode': {
        const abs = join(contentDir, fix.rel);
        const decoded = decodeText(readFileSync(abs));
        if (!decoded.ok) throw new Error(t('check.file.unknownEncoding'));
        writeFileAtomic(abs, decoded.text, { root: contentDir });
        const first = decoded.text.split(/\r?\n/).find((l) => l.trim() !== '' && l.trim() !== '---') ?? '';
        return [t('fix.reencoded', { path: show(fix.rel), encoding: encodingName(decoded.encoding), sample: excerpt(first.trim(), 30) })];
      }
      case 'photo-format': {
        const format = formatOfExtension(fix.image);
        if (!format || replaced.has(fix.image)) return [];
        const abs = join(contentDir, fix.image);
        writeFileAtomic(abs, await resavePhoto(readFileSync(abs), format), { root: contentDir });
        replaced.set(fix.image, fix.image);
        return [t('fix.resaved', { path: show(fix.image) })];
      }
      case 'heic':
        return replacePhoto(
          fix,
          'jpg',
          async (bytes) => heicToJpeg(bytes),
          (from, to) => t('fix.heic', { path: from, jpeg: to }),
        );
      case 'rename':
        return replacePhoto(
          fix,
          fix.ext,
          async (bytes) => bytes,
          (from, to) => t('fix.renamed', { path: from, to }),
        );
      case 'download':
        return download(fix);
    }
  }

  /** Writes the photo's replacement with the extension `ext`, removes the original, and points the reference at it. */
  async function replacePhoto(
    fix: { image: string; file: string; src: string },
    ext: string,
    convert: (bytes: Buffer) => Promise<Uint8Array>,
    said: (from: string, to: string) => string,
  ): Promise<string[]> {
    const line: string[] = [];
    let target = replaced.get(fix.image);
    if (target === undefined) {
      // A name that already has the extension (`IMG_1.JPG`, `a.jpeg` for jpg) keeps it.
      const current = posix.extname(fix.image).slice(1).toLowerCase();
      const inPlace = current === ext || (ext === 'jpg' && current === 'jpeg');
      target = inPlace ? fix.image : withExtension(fix.image, ext);
      const dir = posix.dirname(target);
      if (!inPlace && nameTaken(posix.basename(target), readdirSync(join(contentDir, dir)))) throw new Error(t('fix.targetExists', { path: show(target) }));
      const abs = join(contentDir, fix.image);
      writeFileAtomic(join(contentDir, target), await convert(readFileSync(abs)), { root: contentDir });
      // The original goes only once its replacement is written (a phone's photo holds where it was taken).
      if (!inPlace) rmSync(abs);
      replaced.set(fix.image, target);
      line.push(said(show(fix.image), show(target)));
    }
    if (target !== fix.image) rewrite(fix.file, fix.src, withExtension(fix.src, posix.extname(target).slice(1)), line);
    return line;
  }

  async function download(fix: Extract<Fix, { kind: 'download' }>): Promise<string[]> {
    const key = `${fix.file}\n${fix.src}`;
    let rel = downloaded.get(key);
    const line: string[] = [];
    if (rel === undefined) {
      const photo = await downloadPhoto(fix.src).catch((error: unknown) => {
        throw error instanceof PhotoDownloadError ? new Error(t('fix.downloadFailed', { url: fix.src, detail: error.message })) : error;
      });
      const dir = posix.join(posix.dirname(fix.file), 'images');
      mkdirSync(join(contentDir, dir), { recursive: true });
      rel = posix.join(dir, nextPhotoName(slugFromPath(fix.file), photo.ext, readdirSync(join(contentDir, dir))));
      writeFileAtomic(join(contentDir, rel), photo.bytes, { root: contentDir });
      downloaded.set(key, rel);
      line.push(t('fix.downloaded', { url: fix.src, path: show(rel) }));
    }
    rewrite(fix.file, fix.src, `./${posix.relative(posix.dirname(fix.file), rel)}`, line);
    return line;
  }

  function rewrite(file: string, from: string, to: string, line: string[]): void {
    const abs = join(contentDir, file);
    const text = readFileSync(abs, 'utf8');
    const next = replaceReference(text, from, to);
    if (next === text) return;
    writeFileAtomic(abs, next, { root: contentDir });
    line.push(t('fix.rewritten', { path: show(file), from, to }));
  }
}
