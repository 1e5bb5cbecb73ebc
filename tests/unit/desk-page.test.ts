import { expect, test } from 'vitest';
import { deskPage, scriptSafeJson } from '../../scripts/lib/desk/page.ts';
import { deskConfig } from '../../src/lib/desk/decap-config.ts';

test('keeps a value that holds </script> inside its JSON block, and the JSON reads back the same', () => {
  const value = { css: 'a::after{content:"</script><!--"}', t: '&\u2028' };
  const json = scriptSafeJson(value);
  expect(json).not.toMatch(/[<>&\u2028]/);
  expect(JSON.parse(json)).toEqual(value);
});

test('serves a Chinese page that loads only /desk.js and names no other host', () => {
  const page = deskPage(deskConfig({ topics: ['加装电梯'], branch: 'main' }), 'body{color:red}');
  expect(page).toContain('<html lang="zh-CN">');
  expect(page).toContain('<title>社区新闻编辑台</title>');
  expect(page.match(/<script[^>]*\ssrc="[^"]*"/g)).toEqual(['<script src="/desk.js"']);
  expect(page).not.toMatch(/https?:|\/\/[a-z]/i);
  expect(page).toContain('window.CMS_MANUAL_INIT = true');
});

test('hands the page the desk’s SITE_NOW, when set, so its 定时/草稿 labels use the same clock', () => {
  const data = (page: string) => JSON.parse(/<script type="application\/json" id="desk-data">(.*?)<\/script>/s.exec(page)?.[1] ?? '{}') as { siteNow?: number };
  const config = deskConfig({ topics: [], branch: 'main' });
  expect(data(deskPage(config, '', new Date(Date.UTC(2027, 0, 1)))).siteNow).toBe(Date.UTC(2027, 0, 1));
  expect(data(deskPage(config, '')).siteNow).toBeUndefined();
});
