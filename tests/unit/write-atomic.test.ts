import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { UnsafeWriteError, writeFileAtomic } from '../../src/node/write-atomic.ts';
import { tempDir } from '../support/build.ts';

describe('writeFileAtomic never writes through a link', () => {
  test('writes a new file, creating its folders, and leaves no temporary file', () => {
    const root = tempDir('atomic');
    writeFileAtomic(join(root, 'a/b/c.md'), '内容', { root });
    expect(readFileSync(join(root, 'a/b/c.md'), 'utf8')).toBe('内容');
    expect(readdirSync(join(root, 'a/b'))).toEqual(['c.md']);
  });

  test('refuses a target that is a symbolic link, leaving the link and what it points to alone', () => {
    const root = tempDir('atomic');
    const outside = join(tempDir('outside'), 'login.sh');
    writeFileSync(outside, 'original');
    symlinkSync(outside, join(root, 'article.md'));
    expect(() => writeFileAtomic(join(root, 'article.md'), 'hostile', { root })).toThrow(UnsafeWriteError);
    expect(readFileSync(outside, 'utf8')).toBe('original');
    expect(lstatSync(join(root, 'article.md')).isSymbolicLink()).toBe(true);
    expect(readdirSync(root)).toEqual(['article.md']);
  });

  test('refuses a folder on the way that is a symbolic link', () => {
    const root = tempDir('atomic');
    const outsideDir = tempDir('outside');
    mkdirSync(join(root, 'news'));
    symlinkSync(outsideDir, join(root, 'news/images'));
    expect(() => writeFileAtomic(join(root, 'news/images/a.jpg'), 'x', { root })).toThrow(UnsafeWriteError);
    expect(readdirSync(outsideDir)).toEqual([]);
  });

  test('a link waiting under any temporary name is never opened: temporary names are random and created exclusively', () => {
    const root = tempDir('atomic');
    const outside = join(tempDir('outside'), 'victim');
    writeFileSync(outside, 'original');
    for (const pid of [process.pid, 1, 2]) symlinkSync(outside, join(root, `.a.md.${pid}.tmp`));
    writeFileAtomic(join(root, 'a.md'), 'new', { root });
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe('new');
    expect(readFileSync(outside, 'utf8')).toBe('original');
    expect(existsSync(join(root, 'a.md'))).toBe(true);
  });
});
