/**
 * An article's photos as the 公众号 copy uses them: each body photo and the cover, read
 * from the content folder, with the path of its JPEG copy on the site
 * (`src/lib/wechat/renditions.ts`) and the sharp work that makes it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import type { NewsEntry } from '../lib/check/check-all.ts';
import { findImages, isExternal } from '../lib/text/markdown-refs.ts';
import { CENTRE, parseFocus, type Focus } from '../lib/wechat/focus.ts';
import { WECHAT_COVERS, WECHAT_PHOTO_WIDTH } from '../lib/wechat/limits.ts';
import { coverCrop, photoDigest, renditionPath, type RenditionKind } from '../lib/wechat/renditions.ts';

export interface WechatPhoto {
  /** The photo as the article file names it. */
  src: string;
  file: string;
  kind: RenditionKind;
  focus: Focus;
  /** Its JPEG copy's path in the site (`wechat/….jpg`). */
  path: string;
}

/**
 * The body's photos in order, then the cover's two crops; a photo missing from disk is left to content:check.
 * `digestOf`: a photo's digest (the build stage reads each file once for all the articles that use it).
 */
export function wechatPhotos(
  entry: NewsEntry,
  contentDir: string,
  digestOf: (file: string) => string = (file) => photoDigest(readFileSync(file)),
): { body: WechatPhoto[]; covers: WechatPhoto[] } {
  const folder = dirname(join(contentDir, entry.file.rel));
  // A photo that cannot be read is left out: content:check names it, and the export then finds the page's photos do not match.
  const photo = (src: string, kind: RenditionKind, focus: Focus = CENTRE): WechatPhoto[] => {
    try {
      const file = resolve(folder, decodeURI(src));
      return [{ src, file, kind, focus, path: renditionPath(digestOf(file), kind, focus) }];
    } catch {
      return [];
    }
  };
  // The page shows Markdown photos only (a raw `<img>` is dropped when published, content:check says so).
  const body = findImages(entry.body)
    .filter((image) => !image.html && !isExternal(image.src))
    .flatMap((image) => photo(image.src, 'photo'));
  const cover = entry.data.cover;
  const focus = (entry.data.coverFocus && parseFocus(entry.data.coverFocus)) || CENTRE;
  const covers = cover === undefined ? [] : [...photo(cover, 'wide', focus), ...photo(cover, 'square', focus)];
  return { body, covers };
}

/** The JPEG copy: a body photo at most 1080 px wide (never upscaled), a cover cut at its ratio around the focus. */
export async function renderWechatPhoto(photo: WechatPhoto): Promise<Buffer> {
  const image = sharp(photo.file, { failOn: 'none' }).rotate();
  if (photo.kind === 'photo') return image.resize({ width: WECHAT_PHOTO_WIDTH, withoutEnlargement: true }).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
  const { width = 0, height = 0, orientation } = await sharp(photo.file).metadata();
  // EXIF orientations 5–8 swap the sides once rotated.
  const [w, h] = (orientation ?? 1) >= 5 ? [height, width] : [width, height];
  const shape = WECHAT_COVERS[photo.kind];
  const crop = coverCrop(w, h, shape.ratio, photo.focus);
  return image.extract(crop).resize({ width: shape.width, withoutEnlargement: true }).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}
