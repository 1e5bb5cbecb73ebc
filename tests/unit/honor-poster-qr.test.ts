import { describe, expect, test } from 'vitest';
import { posterQrSvg } from '../../src/lib/honors/poster-qr.ts';

describe('posterQrSvg', () => {
  test('draws an address as the same inline SVG every build, and another address differently', async () => {
    const svg = await posterQrSvg('https://shequ.example.cn/honors/2025/');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"[^>]*>.*<path .*<\/svg>\s*$/s);
    await expect(posterQrSvg('https://shequ.example.cn/honors/2025/')).resolves.toBe(svg);
    await expect(posterQrSvg('https://shequ.example.cn/honors/2024/')).resolves.not.toBe(svg);
  });
});
