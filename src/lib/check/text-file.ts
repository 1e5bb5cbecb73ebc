/**
 * Whether a content file's bytes can be published as they stand: UTF-8 text
 * (with or without a BOM, any line ends) of sensible size, inside the content
 * folder. Anything else becomes one problem naming the file and the fix, and
 * the file is left out of every other check so one cause gives one message.
 */
import { t } from '../../i18n/zh-CN.ts';
import { decodeText, type TextEncodingName } from '../text/encoding.ts';
import type { SourceFile } from './entries.ts';
import type { Problem } from './problem.ts';

/** Larger than any article (the longest sample is 12 KB): only embedded data or a wrong file gets here. */
export const MAX_TEXT_BYTES = 1024 * 1024;

const ENCODING_NAMES: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': t('check.file.utf16be'),
  gb18030: 'GB18030/GBK',
};

/** An encoding as editors' tools name it (`GB18030/GBK`). */
export const encodingName = (encoding: TextEncodingName): string => ENCODING_NAMES[encoding];

export interface RawFile {
  path: string;
  rel: string;
  bytes: Uint8Array;
  /** Where a symbolic link leads, when that is outside the content folder. */
  symlinkTarget?: string | undefined;
}

export function sourceFromBytes({ path, rel, bytes, symlinkTarget }: RawFile): SourceFile | Problem {
  const refuse = (message: string, field = 'file'): Problem => ({ file: path, field, message, severity: 'error' });
  if (symlinkTarget !== undefined) return refuse(t('check.file.symlink', { target: symlinkTarget }));
  if (bytes.length > MAX_TEXT_BYTES) return refuse(t('check.file.tooLarge', { size: formatBytes(bytes.length), limit: formatBytes(MAX_TEXT_BYTES) }));
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    return refuse(t(decoded.reason === 'binary' ? 'check.file.binary' : 'check.file.unknownEncoding'), decoded.reason === 'binary' ? 'file' : 'encoding');
  if (decoded.encoding !== 'utf-8') {
    return { ...refuse(t('check.file.encoding', { encoding: encodingName(decoded.encoding) }), 'encoding'), fix: { kind: 'reencode', rel } };
  }
  return { path, rel, text: decoded.text };
}

/** `1.34 MB`, `820 KB`, `12 字节`: sizes as an editor reads them; rounded up, so a file over a limit never reads as the limit. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${String(Math.ceil((bytes / 1024 / 1024) * 100) / 100)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return t('check.file.bytes', { bytes });
}
