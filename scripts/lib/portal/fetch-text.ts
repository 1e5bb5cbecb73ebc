/**
 * One document from a member site, as the portal fetches it: a time limit for each try, a size
 * cap (a member serving a runaway file is cut off, not read into memory), and a few tries with a
 * pause between them for a member that is restarting. Errors say what happened in words a site
 * owner can act on.
 */
import { setTimeout as sleep } from 'node:timers/promises';

export interface FetchLimits {
  /** Milliseconds for each try, headers and body together. */
  timeoutMs: number;
  /** Bytes read before giving up on the document. */
  maxBytes: number;
  /** Tries after the first. */
  retries: number;
  /** Pause before each retry, doubled each time. */
  retryDelayMs: number;
}

export const PORTAL_LIMITS: Readonly<Record<'manifest' | 'feed', FetchLimits>> = {
  manifest: { timeoutMs: 10_000, maxBytes: 1_000_000, retries: 2, retryDelayMs: 500 },
  feed: { timeoutMs: 20_000, maxBytes: 10_000_000, retries: 2, retryDelayMs: 500 },
};

/** A failure that another try will not fix (the member answered, with something wrong). */
class Final extends Error {}

async function once(url: string, limits: FetchLimits): Promise<string> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal, redirect: 'follow', headers: { Accept: 'application/json, application/rss+xml, application/xml;q=0.9, */*;q=0.1' } });
  } catch (error) {
    throw new Error(
      signal.aborted
        ? `no answer within ${limits.timeoutMs / 1000} s`
        : `cannot connect (${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message})`,
      { cause: error },
    );
  }
  if (!response.ok) {
    await response.body?.cancel();
    const message = `HTTP ${response.status}`;
    // 5xx and 429 may pass; a 404 will not.
    if (response.status >= 500 || response.status === 429) throw new Error(message);
    throw new Final(message);
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > limits.maxBytes) {
    await response.body?.cancel();
    throw new Final(`larger than ${limits.maxBytes} bytes (${declared})`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.length;
      if (size > limits.maxBytes) throw new Final(`larger than ${limits.maxBytes} bytes`);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof Final) throw error;
    throw new Error(signal.aborted ? `no answer within ${limits.timeoutMs / 1000} s` : `connection lost (${(error as Error).message})`, { cause: error });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new Final('not UTF-8 text');
  }
}

/** The document's text, or an Error saying why not after the last try. */
export async function fetchText(url: string, limits: FetchLimits): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await once(url, limits);
    } catch (error) {
      if (error instanceof Final || attempt >= limits.retries) throw new Error((error as Error).message, { cause: error });
      await sleep(limits.retryDelayMs * 2 ** attempt);
    }
  }
}
