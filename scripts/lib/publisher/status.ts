/**
 * What the publisher is doing, in one small file beside the releases
 * (`.releases/publisher.json`), rewritten whole at each change: the desk reads it to
 * say 已上线, an operator to see why nothing went live, the tests to follow it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { releasesDirFor } from '../build/release.ts';
import { writeFileAtomic } from '../../../src/node/write-atomic.ts';

export interface PublisherStatus {
  pid: number;
  /** `building` from the moment it starts a publish; `failed`: the last one published nothing (see `error`). */
  state: 'starting' | 'building' | 'idle' | 'failed' | 'stopped';
  /** Publishes started since the publisher started. */
  runs: number;
  /** The live release (what `dist` points at), and when this publisher last made one live. */
  release: string | undefined;
  publishedAt: string | undefined;
  /** The content repository's commit the last successful publish was made from (absent outside git). */
  commit: string | undefined;
  /** Why the last publish failed, with each content problem as content:check prints it (file: field: message). */
  error: string | undefined;
  /** The next scheduled article's publish time, when the publisher will wake for it. */
  nextScheduled: string | undefined;
  /** Resident memory of the publisher process, bytes, after its last publish. */
  rss: number;
  updatedAt: string;
}

export function statusFile(dist: string): string {
  return join(releasesDirFor(dist), 'publisher.json');
}

export function writeStatus(dist: string, status: PublisherStatus): void {
  writeFileAtomic(statusFile(dist), `${JSON.stringify(status, null, 2)}\n`);
}

export function readStatus(dist: string): PublisherStatus | undefined {
  const file = statusFile(dist);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PublisherStatus;
  } catch {
    return undefined;
  }
}
