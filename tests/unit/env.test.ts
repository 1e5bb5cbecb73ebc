import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { childEnv, ENV_NAMES, parseEnv } from '../../src/env.ts';

const CWD = '/srv/site';
const CLOCK = () => new Date('2026-03-01T00:00:00Z');

describe('parseEnv', () => {
  test('gives every setting its default when nothing is set', () => {
    const env = parseEnv({}, CWD, CLOCK);
    expect({ ...env, clock: undefined }).toEqual({
      contentDir: '/srv/site/content',
      now: CLOCK(),
      clock: undefined,
      siteNow: undefined,
      previewDrafts: false,
      outDir: '/srv/site/dist',
      searchShardSize: undefined,
      renderPlan: undefined,
      codeDigest: '',
      astroCacheDir: undefined,
      fault: undefined,
      chromiumPath: '/usr/bin/chromium',
    });
  });

  test('reads every variable, paths against the working folder', () => {
    const env = parseEnv(
      {
        CONTENT_DIR: 'tests/fixtures/site-small',
        SITE_NOW: '2026-11-22 12:00',
        PREVIEW_DRAFTS: '1',
        OUT_DIR: '/tmp/out/dist',
        SEARCH_SHARD_SIZE: '8',
        SHEQU_RENDER_PLAN: '/tmp/plan.json',
        SHEQU_CODE_DIGEST: 'abc',
        SHEQU_ASTRO_CACHE_DIR: '../cache',
        SHEQU_FAULT: 'search index',
        CHROMIUM_PATH: '/opt/chromium/chrome',
      },
      CWD,
      CLOCK,
    );
    expect(env).toMatchObject({
      contentDir: '/srv/site/tests/fixtures/site-small',
      now: new Date('2026-11-22T04:00:00Z'),
      siteNow: new Date('2026-11-22T04:00:00Z'),
      previewDrafts: true,
      outDir: '/tmp/out/dist',
      searchShardSize: 8,
      renderPlan: '/tmp/plan.json',
      codeDigest: 'abc',
      astroCacheDir: '/srv/cache',
      fault: 'search index',
      chromiumPath: '/opt/chromium/chrome',
    });
  });

  test('SITE_NOW pins the clock; without it the clock runs', () => {
    const pinned = parseEnv({ SITE_NOW: '2027-01-01T08:00:00+08:00' }, CWD, () => new Date(0));
    expect(pinned.clock().toISOString()).toBe('2027-01-01T00:00:00.000Z');
    // A copy each call: a caller that changes its Date does not move the clock.
    pinned.clock().setTime(0);
    expect(pinned.clock().toISOString()).toBe('2027-01-01T00:00:00.000Z');
    let tick = 0;
    const running = parseEnv({}, CWD, () => new Date(++tick));
    expect([running.clock().getTime(), running.clock().getTime()]).toEqual([2, 3]);
  });

  test('an empty variable counts as unset', () => {
    expect(parseEnv({ CONTENT_DIR: '', SITE_NOW: '', SEARCH_SHARD_SIZE: '', PREVIEW_DRAFTS: '' }, CWD, CLOCK)).toMatchObject({
      contentDir: '/srv/site/content',
      now: CLOCK(),
      searchShardSize: undefined,
      previewDrafts: false,
    });
  });

  test('names every variable with a bad value, not only the first', () => {
    expect(() => parseEnv({ SITE_NOW: '3月8日', SEARCH_SHARD_SIZE: '0', PREVIEW_DRAFTS: 'yes' }, CWD, CLOCK)).toThrowErrorMatchingInlineSnapshot(`
      [Error: SITE_NOW=3月8日: 不是有效的时间——请写成 2026-01-01T08:00:00+08:00
      PREVIEW_DRAFTS=yes: 只能是 1（预览草稿）或 0
      SEARCH_SHARD_SIZE=0: 应为正整数，例如 5000]
    `);
  });

  test.each(['-1', '2.5', '1e3', 'many', ' 8'])('refuses SEARCH_SHARD_SIZE=%s', (value) => {
    expect(() => parseEnv({ SEARCH_SHARD_SIZE: value }, CWD, CLOCK)).toThrow(`SEARCH_SHARD_SIZE=${value}: `);
  });
});

describe('childEnv', () => {
  test('passes this environment on with telemetry off, then the tool’s and the project’s variables', () => {
    const env = childEnv({ CONTENT_DIR: '/c', SITE_NOW: '2026-11-22T12:00:00+08:00' }, { LC_ALL: 'C' });
    expect(env).toMatchObject({
      PATH: process.env['PATH'],
      ASTRO_TELEMETRY_DISABLED: '1',
      LC_ALL: 'C',
      CONTENT_DIR: '/c',
      SITE_NOW: '2026-11-22T12:00:00+08:00',
    });
  });
});

describe('docs/environment.md', () => {
  const doc = readFileSync(join(import.meta.dirname, '../../docs/environment.md'), 'utf8');
  const rows = new Set([...doc.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]));
  test('has a row for every variable the env module knows, and no other', () => {
    expect([...rows].sort()).toEqual([...ENV_NAMES].sort());
  });
});
