/**
 * Turns the bytes of a saved page into text, refusing what is not text.
 * Chinese portals still serve GBK pages: the bytes are read as content:check
 * reads content files (`lib/text/encoding.ts`), so both agree on what is text.
 */
import { decodeText, looksBinary } from '../text/encoding.ts';
import { ImportError } from './import-error.ts';

/** Decodes a file's bytes (UTF-8, UTF-16 by its BOM, GB18030); throws `binary` for what is not text, `empty` for no text. */
export function decodeInput(bytes: Uint8Array): string {
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new ImportError('binary');
  return checkText(decoded.text);
}

/** Checks text that is already decoded: throws `empty` or `binary`, else returns it. */
export function checkText(text: string): string {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new ImportError('empty');
  if (looksBinary(body)) throw new ImportError('binary');
  return body;
}

/**
 * Evens out how copied text spells whitespace: CRLF, non-breaking and full-width
 * spaces, zero-width characters and soft hyphens, so later rules see plain spaces.
 */
export function normalizeWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u00A0\u2002-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/[\u2028\u2029]/g, '\n');
}
