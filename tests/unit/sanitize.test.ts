import { describe, expect, test } from 'vitest';
import { isSafeUrl, sanitizeContentHtml } from '../../src/lib/text/sanitize-html.ts';

const HOSTS = ['player.bilibili.com'];

describe('the content sanitiser', () => {
  test('keeps an embed from a trusted host, sandboxed and without a referrer', () => {
    const embed = '<iframe src="https://player.bilibili.com/player.html?bvid=1" width="640" onload="x()"></iframe>';
    expect(sanitizeContentHtml(embed, { iframeHosts: HOSTS })).toBe(
      '<iframe src="https://player.bilibili.com/player.html?bvid=1" width="640" ' +
        'sandbox="allow-scripts allow-same-origin allow-presentation" loading="lazy" referrerpolicy="no-referrer"></iframe>',
    );
  });

  test.each([
    ['another host', '<iframe src="https://evil.example/"></iframe>'],
    ['the trusted host over plain http', '<iframe src="http://player.bilibili.com/x"></iframe>'],
    ['a javascript: frame', '<iframe src="javascript:alert(1)"></iframe>'],
  ])('drops an iframe from %s', (_name, html) => {
    expect(sanitizeContentHtml(html, { iframeHosts: HOSTS })).toBe('');
  });

  test('drops raw images when asked (Markdown content), keeps them otherwise (feeds)', () => {
    const html = '<p>图<img src="/a.webp" alt="a"></p>';
    expect(sanitizeContentHtml(html, { iframeHosts: [], images: false })).toBe('<p>图</p>');
    expect(sanitizeContentHtml(html, { iframeHosts: [] })).toBe('<p>图<img src="/a.webp" alt="a" /></p>');
  });

  test.each([
    ['relative', '/news/a/', true],
    ['https', 'https://example.org/', true],
    ['tel', 'tel:01012345678', true],
    ['javascript', 'javascript:alert(1)', false],
    ['JavaScript with spaces and a tab', ' java\tscript:alert(1)', false],
    ['data', 'data:text/html,<script>', false],
    ['vbscript', 'VBScript:msgbox', false],
  ])('%s URL is safe: %s', (_name, url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});
