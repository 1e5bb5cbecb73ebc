/** The 公众号's photo copies and cover crops: named by what they are made from, cut around the editor's focus. */
import { describe, expect, test } from 'vitest';
import { parseFocus } from '../../src/lib/wechat/focus.ts';
import { coverCrop, photoDigest, renditionPath } from '../../src/lib/wechat/renditions.ts';

describe('coverCrop', () => {
  test('cuts the largest 2.35:1 strip of a 4:3 photo, centred by default', () => {
    expect(coverCrop(1200, 900, 2.35)).toEqual({ left: 0, top: 195, width: 1200, height: 511 });
  });
  test('a square from a landscape photo, moved to the focus but never past an edge', () => {
    expect(coverCrop(1600, 900, 1, { x: 0.25, y: 0.5 })).toEqual({ left: 0, top: 0, width: 900, height: 900 });
    expect(coverCrop(1600, 900, 1, { x: 0.6, y: 0.5 })).toEqual({ left: 510, top: 0, width: 900, height: 900 });
    expect(coverCrop(1600, 900, 1, { x: 1, y: 0 })).toEqual({ left: 700, top: 0, width: 900, height: 900 });
  });
  test('a focus near the top keeps faces in a wide strip of a portrait photo', () => {
    const crop = coverCrop(900, 1600, 2.35, { x: 0.5, y: 0.2 });
    expect(crop).toEqual({ left: 0, top: 129, width: 900, height: 383 });
  });
});

test('parseFocus reads two percentages, across then down, and nothing else', () => {
  expect(parseFocus('50% 30%')).toEqual({ x: 0.5, y: 0.3 });
  expect(parseFocus(' 0% 100% ')).toEqual({ x: 0, y: 1 });
  for (const bad of ['50%', '50 30', '120% 10%', 'center', '50%,30%']) expect(parseFocus(bad), bad).toBeUndefined();
});

test('renditionPath changes with the photo, the kind and the focus, and only with them', () => {
  const a = photoDigest(new Uint8Array([1, 2, 3]));
  const path = renditionPath(a, 'photo');
  expect(path).toMatch(/^wechat\/[0-9a-f]{20}-photo\.jpg$/);
  expect(renditionPath(photoDigest(new Uint8Array([1, 2, 3])), 'photo')).toBe(path);
  expect(renditionPath(photoDigest(new Uint8Array([1, 2, 4])), 'photo')).not.toBe(path);
  expect(renditionPath(a, 'wide')).not.toBe(renditionPath(a, 'square'));
  expect(renditionPath(a, 'wide', { x: 0.5, y: 0.3 })).not.toBe(renditionPath(a, 'wide'));
});
