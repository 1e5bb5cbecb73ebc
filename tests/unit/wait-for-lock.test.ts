import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { waitForLock } from '../../scripts/lib/build/release.ts';

const lockIn = () => join(mkdtempSync(join(tmpdir(), 'shequ-lock-')), 'sub', 'build.lock');

describe('waitForLock', () => {
  test('takes a free lock at once and frees it', async () => {
    const lock = lockIn();
    const unlock = await waitForLock(lock, () => expect.unreachable('should not wait'));
    expect(existsSync(lock)).toBe(true);
    unlock();
    expect(existsSync(lock)).toBe(false);
  });

  test('waits while another holds it, saying so once, and takes it when freed', async () => {
    const lock = lockIn();
    const first = await waitForLock(lock, () => undefined);
    let waits = 0;
    const second = waitForLock(lock, () => waits++);
    setTimeout(first, 500);
    (await second)();
    expect(waits).toBe(1);
  });

  test('takes over the lock of a process that is gone', async () => {
    const lock = lockIn();
    (await waitForLock(lock, () => undefined))();
    writeFileSync(lock, '999999999');
    const unlock = await waitForLock(lock, () => expect.unreachable('a dead holder is not waited for'));
    unlock();
  });
});
