/**
 * Which encoding a text file's bytes are in. Editors' tools write more than
 * UTF-8: Notepad and many Chinese Windows programs save GBK (GB18030 is its
 * superset), some save UTF-16 with a byte-order mark. The site reads UTF-8
 * only, so content:check names the others and `--fix` converts them.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncodingName; bom: boolean }
  /** `binary`: not text at all (NUL bytes, control characters); `unknown`: text in an encoding we cannot name. */
  | { ok: false; reason: 'binary' | 'unknown' };

// Control characters other than tab, newline and carriage return, plus U+FFFD:
// a text file has almost none, a binary file read as text is full of them.
// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
const NON_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;
const MAX_NON_TEXT_SHARE = 0.02;

/** Whether decoded text is mostly made of control characters (a binary file read as text). */
export function looksBinary(text: string): boolean {
  if (text.length === 0) return false;
  return (text.match(NON_TEXT)?.length ?? 0) / text.length > MAX_NON_TEXT_SHARE;
}

/**
 * Decodes bytes as UTF-8 (BOM or not), UTF-16 by its BOM, else GB18030; the
 * text comes back without its BOM and with line ends as written.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decoded(bytes.subarray(3), 'utf-8', true);
  if (startsWith(bytes, [0xff, 0xfe])) return decoded(bytes.subarray(2), 'utf-16le', true);
  if (startsWith(bytes, [0xfe, 0xff])) return decoded(bytes.subarray(2), 'utf-16be', true);
  if (bytes.includes(0)) return { ok: false, reason: 'binary' };
  const utf8 = decoded(bytes, 'utf-8', false);
  if (utf8.ok || utf8.reason === 'binary') return utf8;
  // GB18030 maps nearly any pair of high bytes to some character: Big5 or Shift-JIS
  // text decodes "cleanly" to nonsense. Real GBK text is mostly GB2312's common rows.
  const gbk = decoded(bytes, 'gb18030', false);
  if (gbk.ok && !readsAsCommonChinese(bytes)) return { ok: false, reason: 'unknown' };
  if (gbk.ok || gbk.reason === 'binary') return gbk;
  // Undecodable either way: control characters in a Latin-1 reading tell binary junk from text.
  return { ok: false, reason: looksBinary(new TextDecoder('latin1').decode(bytes)) ? 'binary' : 'unknown' };
}

/** The share of GBK's two-byte characters a Chinese text needs from GB2312's punctuation rows and 3,755 common characters. */
const MIN_COMMON_SHARE = 0.8;

/**
 * Whether GBK bytes spell ordinary Chinese: most two-byte characters in GB2312's
 * rows of punctuation (lead bytes A1–A9) and common characters (B0–D7).
 */
export function readsAsCommonChinese(bytes: Uint8Array): boolean {
  let common = 0;
  let all = 0;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = bytes[i + 1] ?? 0;
    all++;
    if (trail >= 0x30 && trail <= 0x39) {
      i += 4; // a four-byte GB18030 sequence: rare in Chinese prose
      continue;
    }
    if (trail >= 0xa1 && ((lead >= 0xa1 && lead <= 0xa9) || (lead >= 0xb0 && lead <= 0xd7))) common++;
    i += 2;
  }
  return all === 0 || common / all >= MIN_COMMON_SHARE;
}

function decoded(bytes: Uint8Array, encoding: TextEncodingName, bom: boolean): DecodedText {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'unknown' };
  }
  return looksBinary(text) ? { ok: false, reason: 'binary' } : { ok: true, text, encoding, bom };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
