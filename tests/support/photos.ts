/** Photos for tests, made on the spot: no binary fixtures in the repository. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

/** A small JPEG, red on the left and blue on the right, so a turn or a flip shows. */
export function twoTonePhoto(width = 300, height = 200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#cc3333' } })
    .composite([{ input: { create: { width: Math.floor(width / 2), height, channels: 3, background: '#3333cc' } }, left: Math.ceil(width / 2), top: 0 }])
    .jpeg()
    .toBuffer();
}

/** The same photo with an iPhone's EXIF: camera and where it was taken. */
export function withPhoneExif(jpeg: Buffer): Promise<Buffer> {
  return sharp(jpeg)
    .jpeg()
    .withExif({
      IFD0: { Make: 'Apple', Model: 'iPhone 15' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '36/1 39/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '117/1 0/1 0/1' },
    })
    .toBuffer();
}

/** An iPhone-style HEIC of a JPEG, made by libheif's encoder (scripts/ensure-system-deps.sh installs heif-enc). */
export function makeHeic(jpeg: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'heic-'));
  try {
    writeFileSync(join(dir, 'in.jpg'), jpeg);
    execFileSync('heif-enc', ['-q', '50', '-o', join(dir, 'out.heic'), join(dir, 'in.jpg')]);
    return readFileSync(join(dir, 'out.heic'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
