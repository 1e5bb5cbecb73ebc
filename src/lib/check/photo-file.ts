/**
 * Whether a photo file will show on the site, judged from its bytes: what
 * format it really is (phones and WeChat give files whose extension lies),
 * whether it is whole (an upload cut short still opens in Astro's image
 * service, which decodes with `failOnError: false`, and publishes a grey block),
 * and whether the browser can show it at all (iPhone HEIC cannot).
 */

export type PhotoFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'avif' | 'heic' | 'svg' | 'tiff' | 'bmp';

/** What the file system says about a referenced photo; `read` returns bytes at an offset. */
export type PhotoFacts =
  | { kind: 'missing' }
  /** No such file, but one whose path differs only in letter case (content-relative). */
  | { kind: 'case'; actual: string }
  /** Exists; not inspected (the caller only knows that much). */
  | { kind: 'present' }
  /** A symbolic link leading out of the content folder (to `target`): never published. */
  | { kind: 'outside'; target: string }
  | { kind: 'file'; size: number; read: (offset: number, length: number) => Uint8Array };

export type PhotoVerdict =
  | { kind: 'ok' }
  | { kind: 'missing' }
  | { kind: 'case'; actual: string }
  | { kind: 'outside'; target: string }
  | { kind: 'empty' }
  | { kind: 'truncated'; size: number }
  | { kind: 'unreadable' }
  | { kind: 'heic' }
  /** A format no browser shows, or an extension that names none. */
  | { kind: 'unsupported'; format: string }
  /** Readable, but not the format the extension says (a PNG saved as `.jpg`). */
  | { kind: 'mismatch'; format: PhotoFormat; ext: string }
  /** A right format under an extension the build does not take (`.jfif`, what Chrome on Windows saves WeChat photos as). */
  | { kind: 'extension'; ext: string; to: string };

/** What each extension promises. */
const EXTENSIONS: Record<string, PhotoFormat> = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  jpe: 'jpeg',
  jfif: 'jpeg',
  png: 'png',
  gif: 'gif',
  webp: 'webp',
  avif: 'avif',
  heic: 'heic',
  heif: 'heic',
  svg: 'svg',
  tif: 'tiff',
  tiff: 'tiff',
  bmp: 'bmp',
};

/** Extensions Astro's build takes as images (astro/dist/assets/utils/resolveImports.js), by the one to rename others to. */
const BUILD_EXTENSIONS: Partial<Record<PhotoFormat, string>> = { jpeg: 'jpg', png: 'png', gif: 'gif', webp: 'webp', avif: 'avif', svg: 'svg', tiff: 'tiff' };
const TAKEN_BY_BUILD = new Set(['jpg', 'jpeg', 'png', 'gif', 'webp', 'avif', 'svg', 'tiff']);

/** Formats Astro's image service reads and can turn into what browsers show. */
const SHOWN = new Set<PhotoFormat>(['jpeg', 'png', 'gif', 'webp', 'avif', 'svg', 'tiff']);

export const FORMAT_NAMES: Record<PhotoFormat, string> = {
  jpeg: 'JPEG',
  png: 'PNG',
  gif: 'GIF',
  webp: 'WebP',
  avif: 'AVIF',
  heic: 'HEIC',
  svg: 'SVG',
  tiff: 'TIFF',
  bmp: 'BMP',
};

// ISO base media ("ftyp") brands of HEIF stills from phones; AVIF shares the container.
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** The header bytes `sniffPhoto` needs. */
export const HEAD_BYTES = 64;

/** A photo's format from its first bytes, whatever its name says. */
export function sniffPhoto(head: Uint8Array): PhotoFormat | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (/^GIF8[79]a$/.test(ascii(0, 6))) return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp') {
    const size = readUint32(head, 0);
    const brands = [ascii(8, 12), ...Array.from({ length: Math.max(0, (Math.min(size, head.length) - 16) / 4) }, (_, i) => ascii(16 + i * 4, 20 + i * 4))];
    if (brands.some((b) => AVIF_BRANDS.has(b))) return 'avif';
    if (brands.some((b) => HEIC_BRANDS.has(b))) return 'heic';
    return undefined;
  }
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return 'tiff';
  if (ascii(0, 2) === 'BM') return 'bmp';
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:svg|!DOCTYPE svg)/i.test(new TextDecoder().decode(head))) return 'svg';
  return undefined;
}

/** The format an extension promises (`.JPG` is as good as `.jpg`), or undefined. */
export function formatOfExtension(name: string): PhotoFormat | undefined {
  const ext = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : EXTENSIONS[ext];
}

/** Judges one referenced photo; `name` is its file name as written. */
export function judgePhoto(name: string, facts: PhotoFacts): PhotoVerdict {
  if (facts.kind === 'present') return { kind: 'ok' };
  if (facts.kind === 'missing' || facts.kind === 'case' || facts.kind === 'outside') return facts;
  if (facts.size === 0) return { kind: 'empty' };
  const format = sniffPhoto(facts.read(0, HEAD_BYTES));
  if (format === undefined) return { kind: 'unreadable' };
  if (format === 'heic') return { kind: 'heic' };
  if (!SHOWN.has(format)) return { kind: 'unsupported', format: FORMAT_NAMES[format] };
  const promised = formatOfExtension(name);
  const ext = /\.([^./]+)$/.exec(name)?.[1] ?? '';
  if (promised === undefined || !SHOWN.has(promised)) return { kind: 'unsupported', format: ext ? `.${ext}` : FORMAT_NAMES[format] };
  if (!isWhole(format, facts.size, facts.read)) return { kind: 'truncated', size: facts.size };
  if (promised !== format) return { kind: 'mismatch', format, ext };
  if (!TAKEN_BY_BUILD.has(ext.toLowerCase())) return { kind: 'extension', ext, to: BUILD_EXTENSIONS[format] ?? 'jpg' };
  return { kind: 'ok' };
}

/** Whether the file reaches its format's end marker, i.e. was not cut short. */
export function isWhole(format: PhotoFormat, size: number, read: (offset: number, length: number) => Uint8Array): boolean {
  const tail = (length: number) => read(Math.max(0, size - length), Math.min(size, length));
  switch (format) {
    case 'jpeg': {
      // Most files end with their end-of-image marker (FF D9). Phones append data after it
      // (Samsung's trailer, a motion photo's video), where FF D9 may appear at random, so
      // anything else is settled by walking the file's structure.
      const last = tail(2);
      return (last[0] === 0xff && last[1] === 0xd9) || jpegReachesEnd(read(0, size));
    }
    case 'png':
      return new TextDecoder('latin1').decode(tail(64)).includes('IEND');
    case 'gif': {
      const bytes = tail(16);
      let i = bytes.length - 1;
      while (i > 0 && bytes[i] === 0) i--;
      return bytes[i] === 0x3b;
    }
    case 'webp':
      return readUint32LE(read(0, 8), 4) + 8 <= size;
    case 'avif':
    case 'heic':
      return boxesFit(size, read);
    default:
      return true;
  }
}

/**
 * Walks a JPEG from its start: segments by their lengths, scan data up to the
 * next marker (in scan data FF is always followed by 00 or a restart marker).
 * Whole when the end-of-image marker is reached before the bytes run out.
 */
export function jpegReachesEnd(bytes: Uint8Array): boolean {
  let i = 2; // after SOI
  while (i + 1 < bytes.length) {
    if (bytes[i] !== 0xff) return false;
    const marker = bytes[i + 1] ?? 0;
    if (marker === 0xd9) return true;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2; // markers without a length
      continue;
    }
    const length = ((bytes[i + 2] ?? 0) << 8) + (bytes[i + 3] ?? 0);
    if (length < 2) return false;
    i += 2 + length;
    if (marker === 0xda) {
      // Scan data: skip to the next marker that is not stuffing (FF 00) or a restart (FF D0–D7).
      while (i + 1 < bytes.length && !(bytes[i] === 0xff && bytes[i + 1] !== 0x00 && !((bytes[i + 1] ?? 0) >= 0xd0 && (bytes[i + 1] ?? 0) <= 0xd7))) i++;
    }
  }
  return false;
}

/** ISO base media files are a chain of boxes: each top-level box must end inside the file. */
function boxesFit(size: number, read: (offset: number, length: number) => Uint8Array): boolean {
  let offset = 0;
  for (let boxes = 0; offset < size && boxes < 1000; boxes++) {
    const header = read(offset, 16);
    if (header.length < 8) return false;
    let length = readUint32(header, 0);
    if (length === 1) length = readUint32(header, 8) * 2 ** 32 + readUint32(header, 12);
    else if (length === 0) length = size - offset;
    if (length < 8) return false;
    offset += length;
  }
  return offset === size;
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (((bytes[at] ?? 0) << 24) >>> 0) + ((bytes[at + 1] ?? 0) << 16) + ((bytes[at + 2] ?? 0) << 8) + (bytes[at + 3] ?? 0);
}

function readUint32LE(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) + ((bytes[at + 1] ?? 0) << 8) + ((bytes[at + 2] ?? 0) << 16) + (((bytes[at + 3] ?? 0) << 24) >>> 0);
}
