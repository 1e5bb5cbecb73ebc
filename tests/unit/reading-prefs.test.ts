import { describe, expect, test } from 'vitest';
import { parsePrefs, prefsAttributes, serializePrefs } from '../../src/lib/reader/reading-prefs.ts';
import { isChineseVoice, speechChunks } from '../../src/lib/reader/speech.ts';

describe('stored reading preferences', () => {
  test.each([
    [null, { size: 'standard', contrast: 'normal' }],
    ['', { size: 'standard', contrast: 'normal' }],
    ['not json', { size: 'standard', contrast: 'normal' }],
    ['"xlarge"', { size: 'standard', contrast: 'normal' }],
    ['{"size":"huge","contrast":"max"}', { size: 'standard', contrast: 'normal' }],
    ['{"size":"large"}', { size: 'large', contrast: 'normal' }],
    ['{"size":"xlarge","contrast":"high"}', { size: 'xlarge', contrast: 'high' }],
  ])('%j reads as %j (anything unreadable falls back to the defaults)', (raw, expected) => {
    expect(parsePrefs(raw)).toEqual(expected);
  });

  test('round-trips through storage', () => {
    expect(parsePrefs(serializePrefs({ size: 'large', contrast: 'high' }))).toEqual({ size: 'large', contrast: 'high' });
  });

  test.each([
    [{ size: 'standard', contrast: 'normal' }, {}],
    [{ size: 'xlarge', contrast: 'normal' }, { 'data-text-size': 'xlarge' }],
    [{ size: 'standard', contrast: 'high' }, { 'data-contrast': 'high' }],
  ] as const)('%j puts %j on <html>; the defaults add nothing, so a page without script looks the same', (prefs, attributes) => {
    expect(prefsAttributes(prefs)).toEqual(attributes);
  });

  test('the two functions serialised into the before-paint script still work on their own', () => {
    // The inline script is built from Function#toString; a reference to anything outside would break it.
    const run = new Function(`return (${prefsAttributes.toString()})((${parsePrefs.toString()})('{"size":"large","contrast":"high"}'))`);
    expect(run()).toEqual({ 'data-text-size': 'large', 'data-contrast': 'high' });
  });
});

describe('what 朗读 says', () => {
  test('the title first, then each paragraph', () => {
    expect(speechChunks('标题', ['第一段。', '  第二段\n换行。 '])).toEqual(['标题', '第一段。', '第二段 换行。']);
  });

  test('cuts a long paragraph at sentence ends, keeping closing quotes with their sentence', () => {
    const long = '他说：“我们很满意。”'.repeat(10);
    const chunks = speechChunks('题', [long], 30);
    expect(chunks.slice(1).join('')).toBe(long);
    for (const chunk of chunks.slice(1)) {
      expect(Array.from(chunk).length).toBeLessThanOrEqual(30);
      expect(chunk.endsWith('。”')).toBe(true);
    }
  });

  test('keeps a single over-long sentence whole rather than cutting a word', () => {
    const sentence = '很'.repeat(50) + '。';
    expect(speechChunks('', [sentence], 20)).toEqual([sentence]);
  });

  test.each([
    ['zh-CN', true],
    ['zh_CN', true],
    ['zh-Hans-CN', true],
    ['cmn-Hans-CN', true],
    ['zh', true],
    ['en-US', false],
    ['zu-ZA', false],
  ])('a %s voice speaks Chinese: %s', (lang, expected) => {
    expect(isChineseVoice(lang)).toBe(expected);
  });
});
