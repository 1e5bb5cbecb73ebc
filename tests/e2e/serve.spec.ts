import { execFileSync } from 'node:child_process';
import { globSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';

const base = inject('baseUrl');
const dist = realpathSync(inject('distDir'));
const head = async (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers });
// The largest stylesheet: nginx does not compress files under its gzip_min_length.
const asset = globSync('_astro/*.css', { cwd: dist }).sort((a, b) => statSync(join(dist, b)).size - statSync(join(dist, a)).size)[0] ?? '';
const fragment = globSync('pagefind/*/fragment/*', { cwd: dist })[0] ?? '';

describe('nginx with deploy/nginx/shequ.conf', () => {
  test.each([
    ['/news/yuhuangyuan-youren-qi/', 200, 'text/html; charset=utf-8'],
    ['/news/yuhuangyuan-youren-qi', 301, undefined],
    ['/rss.xml', 200, 'application/rss+xml; charset=utf-8'],
    ['/communities/qingsongli/rss.xml', 200, 'application/rss+xml; charset=utf-8'],
    ['/feeds.opml', 200, 'text/x-opml; charset=utf-8'],
    ['/sitemap-index.xml', 200, 'text/xml; charset=utf-8'],
    ['/pagefind/shards.json', 200, 'application/json; charset=utf-8'],
    ['/pagefind/all/pagefind.js', 200, 'application/javascript; charset=utf-8'],
    ['/pagefind/all/wasm.unknown.pagefind', 200, 'application/octet-stream'],
    ['/robots.txt', 200, 'text/plain; charset=utf-8'],
    ['/favicon.ico', 200, 'image/x-icon'],
    ['/no/such/page/', 404, 'text/html; charset=utf-8'],
  ])('%s answers %i with %s', async (path, status, type) => {
    const res = await fetch(base + path, { redirect: 'manual' });
    expect(res.status).toBe(status);
    if (type) expect(res.headers.get('content-type')).toBe(type);
  });

  test('the 404 page is the site’s own, in Chinese', async () => {
    const res = await head('/no/such/page/');
    expect(await res.text()).toContain('页面找不到了');
  });

  test.each(['/', '/news/luojiapo-dajiating/', '/rss.xml', `/${asset}`, '/no/such/page/'])('%s carries the security headers', async (path) => {
    const res = await head(path);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(res.headers.get('content-security-policy')).toContain("object-src 'none'");
  });

  test('hashed assets are cached for a year; pages, feeds and the search entry for minutes', async () => {
    expect(asset).not.toBe('');
    expect((await head(`/${asset}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/news/', '/rss.xml', '/feeds.opml']) expect((await head(path)).headers.get('cache-control'), path).toBe('public, max-age=300');
    expect((await head('/pagefind/all/pagefind-entry.json')).headers.get('cache-control')).toBe('public, max-age=600');
    // The shard list names the folders of this release: always asked again, never stale after a rebuild.
    expect((await head('/pagefind/shards.json')).headers.get('cache-control')).toBe('no-cache');
    expect(fragment).not.toBe('');
  });

  test('text is gzip-compressed for clients that accept it', async () => {
    for (const path of ['/news/luojiapo-dajiating/', '/rss.xml', `/${asset}`]) {
      const out = execFileSync(
        'curl',
        ['-s', '-o', '/dev/null', '-H', 'Accept-Encoding: gzip', '-w', '%{content_type} %header{content-encoding}', base + path],
        { encoding: 'utf8' },
      );
      expect(out, path).toMatch(/ gzip$/);
    }
  });
});

describe('a short load test (wrk, loopback only, 3 s per URL)', () => {
  test.each([
    ['an article', '/news/luojiapo-dajiating/'],
    ['a list page', '/news/'],
    ['a feed', '/rss.xml'],
  ])('%s is served with no error', (_name, path) => {
    const out = execFileSync('wrk', ['-t2', '-c16', '-d3s', '--latency', base + path], { encoding: 'utf8' });
    const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
    console.log(`wrk ${path}: ${rps.toFixed(0)} requests/s`);
    expect(out).not.toMatch(/Non-2xx or 3xx responses/);
    expect(out).not.toMatch(/Socket errors/);
    expect(rps).toBeGreaterThan(0);
  });
});
