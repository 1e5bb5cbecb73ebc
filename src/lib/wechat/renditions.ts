/**
 * The JPEG copies of an article's photos the site publishes for the 公众号 (`/wechat/…`):
 * the 公众号 editor fetches pasted photos by address, and takes JPEG everywhere (the site's
 * own pictures are WebP). Named by what they are made from, so a build reuses the live
 * release's copy of an unchanged photo and the export can name a photo without the build.
 */
import { createHash } from 'node:crypto';
import { CENTRE, type Focus } from './focus.ts';
import { WECHAT_COVERS, WECHAT_PHOTO_WIDTH, type CoverShape } from './limits.ts';

export type RenditionKind = 'photo' | CoverShape;

/** The site folder the copies are published in. */
export const WECHAT_DIR = 'wechat';

/** A photo's identity for its copies: the SHA-256 of its bytes. */
export function photoDigest(source: Uint8Array): string {
  return createHash('sha256').update(source).digest('hex');
}

/** `wechat/3f2a…-wide.jpg`: the copy's path in the site, from the photo's digest, its kind and the focus. */
export function renditionPath(digest: string, kind: RenditionKind, focus: Focus = CENTRE): string {
  const spec = kind === 'photo' ? `photo:${WECHAT_PHOTO_WIDTH}` : `${kind}:${WECHAT_COVERS[kind].width}:${focus.x}:${focus.y}`;
  const hash = createHash('sha256').update(`${digest}\0${spec}`).digest('hex').slice(0, 20);
  return `${WECHAT_DIR}/${hash}-${kind}.jpg`;
}

export interface Crop {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The largest crop of `ratio` (width ÷ height) in a picture, centred on the focus as far as the edges allow. */
export function coverCrop(width: number, height: number, ratio: number, focus: Focus = CENTRE): Crop {
  const cropWidth = Math.min(width, Math.round(height * ratio));
  const cropHeight = Math.min(height, Math.round(cropWidth / ratio));
  const clamp = (value: number, max: number) => Math.max(0, Math.min(max, Math.round(value)));
  return {
    left: clamp(focus.x * width - cropWidth / 2, width - cropWidth),
    top: clamp(focus.y * height - cropHeight / 2, height - cropHeight),
    width: cropWidth,
    height: cropHeight,
  };
}
