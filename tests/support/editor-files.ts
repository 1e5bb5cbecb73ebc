/**
 * The files editors really commit, one case per file, written into a copy of
 * tests/fixtures/site-small (news/2024/): content:check's unit test and the
 * build test share them.
 */
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { makeHeic, twoTonePhoto, withPhoneExif } from './photos.ts';

export function article(title: string, body = '正文第一段。'): string {
  return [
    '---',
    `title: ${title}`,
    'publishedAt: "2024-06-02 09:00"',
    'source: 本站讯',
    'community: taoyuan',
    'review: { first: 测试甲, second: 测试乙, final: 测试丙 }',
    '---',
    '',
    body,
    '',
  ].join('\n');
}

let GBK_TABLE: Map<string, number[]> | undefined;

/** `text` as GBK bytes. Node has no GBK encoder: every two-byte code is read back through TextDecoder (characters outside GBK become `?`). */
export function gbk(text: string): Uint8Array {
  if (!GBK_TABLE) {
    GBK_TABLE = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let hi = 0x81; hi <= 0xfe; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) if (lo !== 0x7f) GBK_TABLE.set(decoder.decode(new Uint8Array([hi, lo])), [hi, lo]);
    }
  }
  const table = GBK_TABLE;
  return new Uint8Array([...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (table.get(c) ?? [0x3f]))));
}

/** Case files that content:check reports as errors (before --fix). */
export const ERROR_CASES = [
  'gbk-notepad.md',
  'utf16-wps.md',
  'binary-junk.md',
  'too-large.md',
  'link-outside.md',
  'photo-truncated.md',
  'photo-empty.md',
  'photo-not-image.md',
  'photo-case.md',
  'photo-heic.md',
  'photo-remote.md',
  'photo-link-outside.md',
  'link-broken.md',
  'photo-jfif.md',
  'photo-heic-space.md',
] as const;

export const GBK_TEXT = article('银杏苑社区：网格员守好“最小单元”', '社区网格员每天入户走访，收集居民意见。');

/** The file `link-outside.md` leads to: beside the content folder, not in it (`.jpg` for the photo). */
export const outsideFile = (dir: string, ext = 'md'): string => `${dir}-outside.${ext}`;

/** Writes every case into `dir` (a copy of site-small); remote photos point at `origin`. */
export async function writeEditorFiles(dir: string, origin: string): Promise<void> {
  const news = join(dir, 'news/2024');
  const images = join(news, 'images');
  const photo = await twoTonePhoto();
  const write = (name: string, data: string | Uint8Array) => writeFileSync(join(news, name), data);
  write('gbk-notepad.md', gbk(GBK_TEXT));
  write('utf16-wps.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article('两字节编码的稿件'), 'utf16le')]));
  write('bom-crlf.md', `\uFEFF${article('带签名和回车换行的稿件').replace(/\n/g, '\r\n')}`);
  write('binary-junk.md', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, ...Array(200).fill(0x41)]));
  write('too-large.md', article('嵌入了图片数据的稿件', `![图](data:image/png;base64,${'A'.repeat(1_100_000)})`));
  writeFileSync(outsideFile(dir), article('内容文件夹以外的稿件'));
  symlinkSync(outsideFile(dir), join(news, 'link-outside.md'));
  symlinkSync(join(dir, 'no-such-file.md'), join(news, 'link-broken.md'));

  write(
    'photos-good.md',
    article(
      '照片名字各式各样',
      [
        '![大写扩展名](./images/IMG_0001.JPG "图注")',
        '![带空格](<./images/my photo.jpg>)',
        '![百分号写法](./images/my%20photo.jpg)',
        '![汉字文件名](./images/活动照片.jpg)',
      ].join('\n\n'),
    ),
  );
  writeFileSync(join(images, 'IMG_0001.JPG'), photo);
  writeFileSync(join(images, 'my photo.jpg'), photo);
  writeFileSync(join(images, '活动照片.jpg'), photo);

  write('photo-truncated.md', article('照片上传中断', '![照片](./images/cut-short.jpg)'));
  writeFileSync(join(images, 'cut-short.jpg'), photo.subarray(0, Math.floor(photo.length / 2)));
  write('photo-empty.md', article('空照片', '![照片](./images/empty.jpg)'));
  writeFileSync(join(images, 'empty.jpg'), '');
  write('photo-not-image.md', article('不是照片', '![照片](./images/notes.jpg)'));
  writeFileSync(join(images, 'notes.jpg'), '这其实是一段文字');
  write('photo-png-as-jpg.md', article('扩展名不符', '![照片](./images/screenshot.jpg)'));
  writeFileSync(join(images, 'screenshot.jpg'), await sharp(photo).png().toBuffer());
  write('photo-link-outside.md', article('照片是个链接', '![照片](./images/linked.jpg)'));
  writeFileSync(outsideFile(dir, 'jpg'), photo);
  symlinkSync(outsideFile(dir, 'jpg'), join(images, 'linked.jpg'));
  write('photo-jfif.md', article('微信图片另存的照片', '![照片](./images/微信图片_20240602.jfif "照片")'));
  writeFileSync(join(images, '微信图片_20240602.jfif'), photo);
  write('photo-heic-space.md', article('名字带空格的苹果照片', '![居民](./images/phone%20photo.heic)'));
  writeFileSync(join(images, 'phone photo.heic'), makeHeic(photo));
  write('photo-case.md', article('大小写不符', '![照片](./images/Group-Photo.jpg)'));
  writeFileSync(join(images, 'group-photo.jpg'), photo);
  write(
    'photo-heic.md',
    `${article('苹果手机照片', '![居民合影](./images/IMG_2024.HEIC "居民合影")')}`.replace(
      'title:',
      'cover: ./images/IMG_2024.HEIC\ncoverAlt: 居民合影\ntitle:',
    ),
  );
  writeFileSync(join(images, 'IMG_2024.HEIC'), makeHeic(await withPhoneExif(photo)));
  write(
    'photo-remote.md',
    article('微信文章里的照片', `![志愿者合影](${origin}/mmbiz_png/AbC123/640?wx_fmt=png&from=appmsg "志愿者合影")\n\n![被拒绝的](${origin}/refused.jpg)`),
  );
}
