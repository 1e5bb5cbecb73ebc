/** Reading and answering the desk's HTTP requests. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { t } from '../../../src/i18n/zh-CN.ts';
import { DeskError } from './desk-error.ts';

/** Decap sends photos inside the JSON as base64: room for a few phone photos per save. */
export const MAX_BODY = 200 * 1024 * 1024;

/** The request's body as a JSON object; 400 or 413 otherwise. */
export async function readJson(req: IncomingMessage, limit = MAX_BODY): Promise<Record<string, unknown>> {
  // Said before reading, so the browser gets the answer rather than a connection cut mid-upload.
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    req.resume();
    throw new DeskError(413, t('desk.error.tooLarge', { size: sizeText(limit) }));
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new DeskError(413, t('desk.error.tooLarge', { size: sizeText(limit) }));
    chunks.push(chunk as Buffer);
  }
  try {
    const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (body !== null && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new DeskError(400, `${t('desk.error.badRequest')}JSON`);
}

/** `200 MB`, `16 KB`: a limit as the error states it. */
function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

export function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), headers);
}
