import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { ROOT } from '../support/build.ts';

const dist = realpathSync(inject('distDir'));
const VNU = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

/** One built page of every type. */
const PAGES = [
  'index.html',
  'news/index.html',
  'news/2/index.html',
  'news/luojiapo-dajiating/index.html',
  'news/qingsongli-yinling-zhijia/index.html',
  'topics/index.html',
  'topics/hongxin-shitang/index.html',
  'communities/index.html',
  'communities/qingsongli/index.html',
  'honors/index.html',
  'honors/2024/index.html',
  'honors/2024/tang-zhiqiang/index.html',
  'archive/index.html',
  'archive/2024/index.html',
  'feeds/index.html',
  'search/index.html',
  'sitemap/index.html',
  'contact/index.html',
  'accessibility/index.html',
  '404.html',
];

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
}

describe('the W3C Nu HTML checker', () => {
  test('reports no error on any page type', () => {
    const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...PAGES.map((p) => join(dist, p))], { encoding: 'utf8' });
    expect(run.error).toBeUndefined();
    const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
    const errors = messages.filter((m) => m.type === 'error').map((m) => `${m.url.replace(`file:${dist}/`, '')}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});
