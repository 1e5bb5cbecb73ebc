/**
 * #32: Decap names an upload with the config's slug rules before the desk sees
 * it (`sanitizeSlug(file.name.toLowerCase(), config.slug)`). With ASCII rules a
 * clerk's 活动现场.jpg became `.jpg`, listed nowhere: 未找到图片.
 */
import { sanitizeSlug } from 'decap-cms-core/dist/esm/lib/urlHelper.js';
import { describe, expect, test } from 'vitest';
import { deskConfig } from '../../src/lib/desk/decap-config.ts';

const config = deskConfig({ topics: [], branch: 'main' });
const uploadName = (name: string) => sanitizeSlug(name.toLowerCase(), config['slug']);

describe('photos a clerk uploads keep their names in the browser', () => {
  test.each(['活动现场.jpg', '微信图片_20261206150312.jpg', 'IMG_2041.JPG'])('%s', (name) => {
    expect(uploadName(name)).toBe(name.toLowerCase());
  });

  test('a space still becomes a hyphen (a Markdown target holds none)', () => {
    expect(uploadName('我的 照片.jpg')).toBe('我的-照片.jpg');
  });

  test('the body editor offers our 图片 component under Decap’s id, so it also reads reopened photos', () => {
    const news = (config['collections'] as { name: string; fields: { name: string; editor_components?: string[] }[] }[]).find((c) => c.name === 'news');
    expect(news?.fields.find((f) => f.name === 'body')?.editor_components).toEqual(['image']);
  });
});
