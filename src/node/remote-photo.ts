/**
 * Downloads a photo an article links from another site (WeChat's
 * mmbiz.qpic.cn, a portal), for `content:check --fix` and the importer. No
 * Referer is sent: hosts that refuse hot-linking judge by it, and a request
 * from a tool with none is served.
 */
import { HEAD_BYTES, sniffPhoto, type PhotoFormat } from '../lib/check/photo-file.ts';
import { extensionFor } from '../lib/photos/photo-names.ts';
import { heicToJpeg } from './photo-convert.ts';
import { t } from '../i18n/zh-CN.ts';

/** Larger than any phone photo (about 20 MB at most). */
const MAX_BYTES = 50 * 1024 * 1024;
const TIMEOUT_MS = 30_000;

export interface DownloadedPhoto {
  bytes: Uint8Array;
  /** The extension to save it with (HEIC arrives converted to JPEG). */
  ext: string;
  format: PhotoFormat;
}

/** A download that failed, with the reason in Chinese. */
export class PhotoDownloadError extends Error {}

export async function downloadPhoto(url: string): Promise<DownloadedPhoto> {
  const absolute = url.startsWith('//') ? `https:${url}` : url;
  if (!/^https?:\/\//i.test(absolute)) throw new PhotoDownloadError(t('photo.download.notHttp'));
  const bytes = await fetchBytes(absolute);
  const format = sniffPhoto(bytes.subarray(0, HEAD_BYTES));
  if (format === undefined || format === 'svg' || format === 'bmp' || format === 'tiff') throw new PhotoDownloadError(t('photo.download.notPhoto'));
  if (format === 'heic') return { bytes: await heicToJpeg(bytes), ext: 'jpg', format: 'jpeg' };
  return { bytes, ext: extensionFor(format), format };
}

/** The body of `url`, read with a running count so an endless answer stops at MAX_BYTES; every failure in Chinese. */
async function fetchBytes(url: string): Promise<Uint8Array> {
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  try {
    const response = await fetch(url, { referrerPolicy: 'no-referrer', redirect: 'follow', signal });
    if (!response.ok) throw new PhotoDownloadError(t('photo.download.refused', { status: response.status }));
    if (!/^https?:/i.test(response.url || url)) throw new PhotoDownloadError(t('photo.download.redirected'));
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body ?? []) {
      size += chunk.length;
      if (size > MAX_BYTES) {
        await response.body?.cancel();
        throw new PhotoDownloadError(t('photo.download.tooLarge', { mb: MAX_BYTES / 1024 / 1024 }));
      }
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  } catch (error) {
    if (error instanceof PhotoDownloadError) throw error;
    if (signal.aborted) throw new PhotoDownloadError(t('photo.download.timeout', { seconds: TIMEOUT_MS / 1000 }));
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new PhotoDownloadError(t('photo.download.unreachable', { cause }));
  }
}
