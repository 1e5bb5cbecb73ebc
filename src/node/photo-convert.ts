/**
 * Turns photos the site cannot use into ones it can, for `content:check --fix`
 * and the importer. Output carries no metadata: a phone's photo holds where it
 * was taken, which a community site should not publish.
 */
import decodeHeic from 'heic-decode';
import sharp from 'sharp';
import type { PhotoFormat } from '../lib/check/photo-file.ts';

const JPEG = { quality: 88, mozjpeg: true } as const;

/** An iPhone HEIC photo as JPEG (sharp's prebuilt binaries cannot read HEIC; libheif in WebAssembly can). */
export async function heicToJpeg(bytes: Uint8Array): Promise<Buffer> {
  const { width, height, data } = await decodeHeic({ buffer: bytes });
  return sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), { raw: { width, height, channels: 4 } })
    .flatten({ background: '#ffffff' })
    .jpeg(JPEG)
    .toBuffer();
}

/** A photo saved again as `format`, turned upright first (the EXIF orientation goes with the rest of the metadata). */
export async function resavePhoto(bytes: Uint8Array, format: PhotoFormat): Promise<Buffer> {
  const image = sharp(bytes, { animated: format === 'gif' }).rotate();
  switch (format) {
    case 'png':
      return image.png().toBuffer();
    case 'webp':
      return image.webp().toBuffer();
    case 'gif':
      return image.gif().toBuffer();
    case 'avif':
      return image.avif().toBuffer();
    case 'tiff':
      return image.tiff().toBuffer();
    default:
      return image.flatten({ background: '#ffffff' }).jpeg(JPEG).toBuffer();
  }
}
