/**
 * A photo a clerk uploads, judged by its bytes before anything is written:
 * the same judgement as content:check (format from the bytes, cut short or
 * whole), a size cap, and iPhone HEIC turned into JPEG here, as
 * `content:check --fix` would, since a clerk cannot run --fix.
 */
import { HEAD_BYTES, isWhole, sniffPhoto, type PhotoFormat } from '../../../src/lib/check/photo-file.ts';
import { extensionFor, withExtension } from '../../../src/lib/photos/photo-names.ts';
import { heicToJpeg } from '../../../src/node/photo-convert.ts';
import { t } from '../../../src/i18n/zh-CN.ts';
import { DeskError } from './desk-error.ts';

/** A phone photo is 2–15 MB; anything much larger is not one a page should carry. */
export const UPLOAD_MAX_BYTES = 30 * 1024 * 1024;

/** What browsers show and the build takes. */
const ACCEPTED = new Set<PhotoFormat>(['jpeg', 'png', 'webp', 'gif']);

export interface AcceptedUpload {
  /** The path, with the extension of what the bytes now are. */
  path: string;
  bytes: Buffer;
}

/** The upload as it will be written, or a 422 naming the file and what is wrong with it. */
export async function acceptUpload(path: string, bytes: Buffer): Promise<AcceptedUpload> {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const refuse = (key: 'desk.upload.empty' | 'desk.upload.tooBig' | 'desk.upload.notPhoto' | 'desk.upload.cut' | 'desk.upload.unreadable') =>
    new DeskError(422, t(key, { name, max: UPLOAD_MAX_BYTES / 1024 / 1024 }));
  if (bytes.length === 0) throw refuse('desk.upload.empty');
  if (bytes.length > UPLOAD_MAX_BYTES) throw refuse('desk.upload.tooBig');
  const format = sniffPhoto(bytes.subarray(0, HEAD_BYTES));
  if (format === 'heic') {
    let jpeg: Buffer;
    try {
      jpeg = await heicToJpeg(bytes);
    } catch {
      throw refuse('desk.upload.unreadable');
    }
    return { path: withExtension(path, 'jpg'), bytes: jpeg };
  }
  if (format === undefined || !ACCEPTED.has(format)) throw refuse('desk.upload.notPhoto');
  if (!isWhole(format, bytes.length, (offset, length) => bytes.subarray(offset, offset + length))) throw refuse('desk.upload.cut');
  const ext = extensionFor(format);
  const current = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  const same = current === ext || (ext === 'jpg' && current === 'jpeg');
  return { path: same ? path : withExtension(path, ext), bytes };
}
