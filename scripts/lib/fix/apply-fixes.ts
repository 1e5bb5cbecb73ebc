/**
 * `npm run content:check -- --fix`: carries out the repairs the checker named
 * (src/lib/check/problem.ts `Fix`), one file at a time, and says what it did.
 * Nothing is lost: text is converted only when it decodes without a fault, and
 * a photo is replaced only once its converted copy has been written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { t } from '../../../src/i18n/zh-CN.ts';
import { formatOfExtension } from '../../../src/lib/check/photo-file.ts';
import { encodingName } from '../../../src/lib/check/text-file.ts';
import type { Fix, Problem } from '../../../src/lib/check/problem.ts';
import { excerpt } from '../../../src/lib/import/han.ts';
import { nextPhotoName, replaceReference } from '../../../src/lib/photo-names.ts';
import { slugFromPath } from '../../../src/lib/slug.ts';
import { decodeText } from '../../../src/lib/text-encoding.ts';
import { displayPath } from '../../../src/node/content-files.ts';
import { heicToJpeg, resavePhoto } from '../../../src/node/photo-convert.ts';
import { downloadPhoto, PhotoDownloadError } from '../../../src/node/remote-photo.ts';

/** Applies every fix in `problems`; returns one line per thing done or failed. */
export async function applyFixes(problems: readonly Problem[], contentDir: string, cwd: string): Promise<string[]> {
  const lines: string[] = [];
  const show = (rel: string) => displayPath(join(contentDir, rel), cwd);
  const converted = new Map<string, string>();
  const downloaded = new Map<string, string>();
  for (const fix of problems.flatMap((p) => (p.fix ? [p.fix] : []))) {
    try {
      const line = await apply(fix);
      if (line) lines.push(line);
    } catch (error) {
      const where = 'rel' in fix ? fix.rel : fix.kind === 'photo-format' ? fix.image : fix.file;
      lines.push(t('fix.failed', { path: show(where), detail: error instanceof Error ? error.message : String(error) }));
    }
  }
  return lines;

  async function apply(fix: Fix): Promise<string | undefined> {
    switch (fix.kind) {
      case 'reencode': {
        const abs = join(contentDir, fix.rel);
        const decoded = decodeText(readFileSync(abs));
        if (!decoded.ok) return t('fix.failed', { path: show(fix.rel), detail: t('check.file.unknownEncoding') });
        writeAtomically(abs, decoded.text);
        const first = decoded.text.split(/\r?\n/).find((l) => l.trim() !== '' && l.trim() !== '---') ?? '';
        return t('fix.reencoded', { path: show(fix.rel), encoding: encodingName(decoded.encoding), sample: excerpt(first.trim(), 30) });
      }
      case 'photo-format': {
        const format = formatOfExtension(fix.image);
        if (!format || converted.has(fix.image)) return undefined;
        const abs = join(contentDir, fix.image);
        writeAtomically(abs, await resavePhoto(readFileSync(abs), format));
        converted.set(fix.image, fix.image);
        return t('fix.resaved', { path: show(fix.image) });
      }
      case 'heic':
        return convertHeic(fix);
      case 'download':
        return download(fix);
    }
  }

  async function convertHeic(fix: Extract<Fix, { kind: 'heic' }>): Promise<string> {
    let jpeg = converted.get(fix.image);
    const line: string[] = [];
    if (jpeg === undefined) {
      const isJpegName = formatOfExtension(fix.image) === 'jpeg';
      jpeg = isJpegName ? fix.image : fix.image.replace(/\.[^./]*$/, '') + '.jpg';
      if (!isJpegName && existsSync(join(contentDir, jpeg))) throw new Error(t('fix.targetExists', { path: show(jpeg) }));
      const abs = join(contentDir, fix.image);
      writeAtomically(join(contentDir, jpeg), await heicToJpeg(readFileSync(abs)));
      // The original holds where it was taken: once its JPEG is written it goes.
      if (!isJpegName) rmSync(abs);
      converted.set(fix.image, jpeg);
      line.push(t('fix.heic', { path: show(fix.image), jpeg: show(jpeg) }));
    }
    const newSrc = fix.src.replace(/[^/]*$/, posix.basename(jpeg));
    if (newSrc !== fix.src) rewrite(fix.file, fix.src, newSrc, line);
    return line.join('\n');
  }

  async function download(fix: Extract<Fix, { kind: 'download' }>): Promise<string> {
    let rel = downloaded.get(fix.src);
    const line: string[] = [];
    if (rel === undefined) {
      const photo = await downloadPhoto(fix.src).catch((error: unknown) => {
        throw error instanceof PhotoDownloadError ? new Error(t('fix.downloadFailed', { url: fix.src, detail: error.message })) : error;
      });
      const dir = posix.join(posix.dirname(fix.file), 'images');
      mkdirSync(join(contentDir, dir), { recursive: true });
      rel = posix.join(dir, nextPhotoName(slugFromPath(fix.file), photo.ext, readdirSync(join(contentDir, dir))));
      writeAtomically(join(contentDir, rel), photo.bytes);
      downloaded.set(fix.src, rel);
      line.push(t('fix.downloaded', { url: fix.src, path: show(rel) }));
    }
    rewrite(fix.file, fix.src, `./${posix.relative(posix.dirname(fix.file), rel)}`, line);
    return line.join('\n');
  }

  function rewrite(file: string, from: string, to: string, line: string[]): void {
    const abs = join(contentDir, file);
    const text = readFileSync(abs, 'utf8');
    const next = replaceReference(text, from, to);
    if (next === text) return;
    writeAtomically(abs, next);
    line.push(t('fix.rewritten', { path: show(file), from, to }));
  }
}

/** Writes through a temporary file and a rename, so a crash never leaves half a file. */
function writeAtomically(path: string, data: string | Uint8Array): void {
  const temp = join(dirname(path), `.${posix.basename(path)}.fix-${process.pid}`);
  writeFileSync(temp, data);
  renameSync(temp, path);
}
