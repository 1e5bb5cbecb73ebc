import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { publishStaging, releasesDirFor } from '../../scripts/lib/build/release.ts';

function publish(dist: string, stamp: string, text: string): void {
  const staging = join(releasesDirFor(dist), `staging-${stamp}`);
  mkdirSync(staging, { recursive: true });
  writeFileSync(join(staging, 'index.html'), text);
  publishStaging(dist, staging, stamp);
}

test('publishing one site never removes the live release of another site beside it', () => {
  const parent = mkdtempSync(join(tmpdir(), 'releases-'));
  const a = join(parent, 'site-a');
  const b = join(parent, 'site-b');
  publish(a, '20260101000000000-1', 'A1');
  publish(b, '20260101000000001-2', 'B1');
  // Three more releases of A: its own old ones go, B's live one stays.
  publish(a, '20260101000000002-3', 'A2');
  publish(a, '20260101000000003-4', 'A3');
  publish(a, '20260101000000004-5', 'A4');
  expect(readFileSync(join(b, 'index.html'), 'utf8')).toBe('B1');
  expect(readFileSync(join(a, 'index.html'), 'utf8')).toBe('A4');
  // A keeps one previous release for a rollback, as before.
  expect(existsSync(join(releasesDirFor(a), 'release-20260101000000003-4'))).toBe(true);
  expect(existsSync(join(releasesDirFor(a), 'release-20260101000000002-3'))).toBe(false);
});
