/**
 * Turns the bytes of a saved page into text, refusing what is not text.
 * Chinese portals still serve GBK pages, so bytes that are not valid UTF-8 are
 * read as GB18030 (a superset of GBK and GB2312) before being called binary.
 */
import { ImportError } from './import-error.ts';

// Control characters other than tab, newline and carriage return, plus U+FFFD:
// a text file has almost none, a binary file read as text is full of them.
const NON_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;
const MAX_NON_TEXT_SHARE = 0.02;

/** Decodes a file's bytes; throws `binary` for NUL bytes or undecodable data, `empty` for no text. */
export function decodeInput(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new ImportError('binary');
  const text = tryDecode(bytes, 'utf-8') ?? tryDecode(bytes, 'gb18030');
  if (text === undefined) throw new ImportError('binary');
  return checkText(text);
}

/** Checks text that is already decoded: throws `empty` or `binary`, else returns it. */
export function checkText(text: string): string {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new ImportError('empty');
  const nonText = body.match(NON_TEXT)?.length ?? 0;
  if (nonText / body.length > MAX_NON_TEXT_SHARE) throw new ImportError('binary');
  return body;
}

function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
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
