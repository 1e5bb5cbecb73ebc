import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { formatOfExtension, judgePhoto, sniffPhoto, type PhotoFacts, type PhotoFormat } from '../../src/lib/check/photo-file.ts';
import { extensionFor, nameTaken, nextPhotoName, replaceReference, withExtension } from '../../src/lib/photos/photo-names.ts';
import { capPhotoWidth } from '../../src/lib/photos/photo-width.ts';
import { makeHeic } from '../support/photos.ts';

const picture = () => sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } });
const PHOTOS: Record<Exclude<PhotoFormat, 'heic' | 'svg' | 'tiff' | 'bmp'>, Buffer> = {
  jpeg: await picture().jpeg().toBuffer(),
  png: await picture().png().toBuffer(),
  gif: await picture().gif().toBuffer(),
  webp: await picture().webp().toBuffer(),
  avif: await picture().avif().toBuffer(),
};

const facts = (bytes: Uint8Array): PhotoFacts => ({ kind: 'file', size: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) });
const judge = (name: string, bytes: Uint8Array) => judgePhoto(name, facts(bytes));

describe('sniffPhoto', () => {
  test.each(Object.entries(PHOTOS))('knows %s by its first bytes', (format, bytes) => {
    expect(sniffPhoto(bytes.subarray(0, 64))).toBe(format);
  });

  test('knows HEIC from an iPhone, SVG, and nothing in plain text', () => {
    expect(sniffPhoto(makeHeic(PHOTOS.jpeg).subarray(0, 64))).toBe('heic');
    expect(sniffPhoto(new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBe('svg');
    expect(sniffPhoto(new TextEncoder().encode('not really a jpeg'))).toBeUndefined();
  });
});

describe('judgePhoto: what a reader would see', () => {
  test.each(Object.entries(PHOTOS))('a whole %s with its own extension shows', (format, bytes) => {
    expect(judge(`a.${extensionFor(format as PhotoFormat)}`, bytes)).toEqual({ kind: 'ok' });
  });

  test('upper-case extensions are as good as lower-case ones', () => {
    expect(judge('IMG_0001.JPG', PHOTOS.jpeg)).toEqual({ kind: 'ok' });
    expect(formatOfExtension('照片.JPEG')).toBe('jpeg');
  });

  test.each(Object.entries(PHOTOS))('a %s cut short by an interrupted upload is named, with its size', (format, bytes) => {
    const cut = bytes.subarray(0, Math.floor(bytes.length * 0.7));
    expect(judge(`a.${extensionFor(format as PhotoFormat)}`, cut)).toEqual({ kind: 'truncated', size: cut.length });
  });

  test('a phone JPEG with a trailer after its end (Samsung) is whole', () => {
    const trailer = Buffer.concat([PHOTOS.jpeg, Buffer.from('SEFHSEFT\u0000\u0001 trailing metadata')]);
    expect(judge('a.jpg', trailer)).toEqual({ kind: 'ok' });
  });

  test('a motion photo (a video after the JPEG, full of stray FF D9 and FF DA) is whole; cut inside the photo it is not', async () => {
    const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
      .jpeg({ progressive: true })
      .toBuffer();
    for (let seed = 1; seed <= 20; seed++) {
      // Deterministic "video" bytes with every marker pair in them.
      const video = Buffer.from(Array.from({ length: 70_000 }, (_, i) => ((i * 2654435761 + seed * 97) >>> 13) & 0xff));
      video.set([0xff, 0xda, 0x00, 0x08, 0xff, 0xd9, 0xff, 0xda], 69_000);
      expect(judge('motion.jpg', Buffer.concat([photo, Buffer.from('ftypmp42'), video]))).toEqual({ kind: 'ok' });
    }
    expect(judge('cut.jpg', photo.subarray(0, photo.length - 100))).toMatchObject({ kind: 'truncated' });
  });

  test('empty, unreadable, HEIC and BMP files are named for what they are', () => {
    expect(judge('a.jpg', new Uint8Array())).toEqual({ kind: 'empty' });
    expect(judge('a.jpg', new TextEncoder().encode('not really a jpeg'))).toEqual({ kind: 'unreadable' });
    expect(judge('IMG_0001.HEIC', makeHeic(PHOTOS.jpeg))).toEqual({ kind: 'heic' });
    // An iPhone export that kept HEIC content under a .jpg name.
    expect(judge('a.jpg', makeHeic(PHOTOS.jpeg))).toEqual({ kind: 'heic' });
    expect(judge('a.bmp', Buffer.from('BM\u0000\u0000\u0000\u0000'))).toEqual({ kind: 'unsupported', format: 'BMP' });
  });

  test('a right format under an extension the build does not take is to be renamed', () => {
    expect(judge('微信图片.jfif', PHOTOS.jpeg)).toEqual({ kind: 'extension', ext: 'jfif', to: 'jpg' });
  });

  test('content that does not match its extension is named with both', () => {
    expect(judge('a.jpg', PHOTOS.png)).toEqual({ kind: 'mismatch', format: 'png', ext: 'jpg' });
    expect(judge('a.docx', PHOTOS.png)).toEqual({ kind: 'unsupported', format: '.docx' });
  });

  test('a missing file, or one that differs in letter case, passes through', () => {
    expect(judgePhoto('a.jpg', { kind: 'missing' })).toEqual({ kind: 'missing' });
    expect(judgePhoto('images/a.jpg', { kind: 'case', actual: 'images/A.jpg' })).toEqual({ kind: 'case', actual: 'images/A.jpg' });
  });
});

describe('photo names', () => {
  test('downloaded photos are named <slug>-N after the ones already there, in any case or extension', () => {
    expect(nextPhotoName('yinxingyuan', 'jpg', [])).toBe('yinxingyuan-1.jpg');
    expect(nextPhotoName('yinxingyuan', 'png', ['yinxingyuan-1.JPG', 'yinxingyuan-2.webp', 'other-3.jpg'])).toBe('yinxingyuan-3.png');
  });

  test('a photo reference is replaced where it is a photo: image destinations and front-matter values', () => {
    const text = [
      'cover: http://x/640',
      '![a](http://x/640 "图")',
      '![b](<http://x/640>)',
      '![c](http://x/640?wx_fmt=png)',
      '[原文](http://x/640)',
      '见 http://x/640',
    ].join('\n');
    expect(replaceReference(text, 'http://x/640', './images/a-1.jpg').split('\n')).toEqual([
      'cover: ./images/a-1.jpg',
      '![a](./images/a-1.jpg "图")',
      '![b](<./images/a-1.jpg>)',
      '![c](http://x/640?wx_fmt=png)',
      '[原文](http://x/640)',
      '见 http://x/640',
    ]);
  });

  test('an extension is changed as written, and names collide in any letter case', () => {
    expect(withExtension('./images/my%20photo.HEIC', 'jpg')).toBe('./images/my%20photo.jpg');
    expect(withExtension('IMG_1.jfif', 'jpg')).toBe('IMG_1.jpg');
    expect([nameTaken('IMG_1.jpg', ['IMG_1.JPG']), nameTaken('IMG_2.jpg', ['IMG_1.JPG'])]).toEqual([true, false]);
  });
});

describe('capPhotoWidth: no phone original is published whole', () => {
  test('a constrained 8000 px photo is capped with its srcset, sizes and proportions', () => {
    expect(
      capPhotoWidth(
        {
          width: 8000,
          height: 6000,
          widths: [640, 750, 828, 1080, 1280, 1668, 2048, 2560, 8000],
          sizes: '(min-width: 8000px) 8000px, 100vw',
          'data-astro-image': 'constrained',
        },
        1440,
      ),
    ).toEqual({
      width: 1440,
      height: 1080,
      widths: [640, 750, 828, 1080, 1280, 1440],
      sizes: '(min-width: 1440px) 1440px, 100vw',
      'data-astro-image': 'constrained',
    });
  });

  test('photos within the cap, and a cover that chose its own sizes, are left alone', () => {
    const small = { width: 900, height: 600, widths: [640, 900], 'data-astro-image': 'constrained' };
    expect(capPhotoWidth(small, 1440)).toBe(small);
    expect(capPhotoWidth({ width: 2000, widths: [480, 800, 1200], sizes: '10rem' }, 1440)).toEqual({ width: 1440, widths: [480, 800, 1200], sizes: '10rem' });
  });
});
