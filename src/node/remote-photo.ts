/**
 * Downloads a photo an article links from another site (WeChat's
 * mmbiz.qpic.cn, a portal), for `content:check --fix` and the importer. No
 * Referer is sent: hosts that refuse hot-linking judge by it, and a request
 * from a tool with none is served.
 */
import { HEAD_BYTES, sniffPhoto, type PhotoFormat } from '../lib/check/photo-file.ts';
import { extensionFor } from '../lib/photo-names.ts';
import { heicToJpeg } from './photo-convert.ts';

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
  let response: Response;
  try {
    response = await fetch(absolute, { referrerPolicy: 'no-referrer', redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    const timeout = error instanceof Error && error.name === 'TimeoutError';
    throw new PhotoDownloadError(timeout ? `${TIMEOUT_MS / 1000} 秒内没有下载完` : `连不上这个网站（${error instanceof Error ? (error.cause as Error | undefined)?.message ?? error.message : String(error)}）`);
  }
  if (!response.ok) throw new PhotoDownloadError(`网站拒绝了下载（HTTP ${response.status}）`);
  if (Number(response.headers.get('content-length') ?? 0) > MAX_BYTES) throw new PhotoDownloadError('文件超过 50 MB，不像是照片');
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_BYTES) throw new PhotoDownloadError('文件超过 50 MB，不像是照片');
  const format = sniffPhoto(bytes.subarray(0, HEAD_BYTES));
  if (format === undefined || format === 'svg' || format === 'bmp' || format === 'tiff') throw new PhotoDownloadError('下载到的不是照片（可能是网页或错误提示）');
  if (format === 'heic') return { bytes: await heicToJpeg(bytes), ext: 'jpg', format: 'jpeg' };
  return { bytes, ext: extensionFor(format), format };
}
