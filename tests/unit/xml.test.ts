import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { escapeXml } from '../../src/lib/feeds/xml.ts';

describe('escapeXml', () => {
  test.each([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ["'", '&apos;'],
    ['李红 & 张伟', '李红 &amp; 张伟'],
    ['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ['&amp;', '&amp;amp;'],
    ['https://example.org/?a=1&b=2', 'https://example.org/?a=1&amp;b=2'],
  ])('escapes %j as %j', (text, expected) => {
    expect(escapeXml(text)).toBe(expected);
  });

  test.each([
    ['Chinese text and full-width punctuation', '桃源社区“红心食堂”开张了！（第一期）'],
    ['tab, newline and carriage return', '第一行\t甲\n第二行\r\n'],
    ['emoji outside the Basic Multilingual Plane', '点赞👍𠮷'],
    ['an empty string', ''],
  ])('keeps %s unchanged', (_what, text) => {
    expect(escapeXml(text)).toBe(text);
  });

  test.each([
    ['NUL', 'a\u0000b'],
    ['a backspace', 'a\u0008b'],
    ['a vertical tab', 'a\u000Bb'],
    ['a form feed', 'a\u000Cb'],
    ['an escape', 'a\u001Bb'],
    ['unit separator', 'a\u001Fb'],
    ['U+FFFE', 'a\uFFFEb'],
    ['U+FFFF', 'a\uFFFFb'],
  ])('drops %s, which XML 1.0 forbids', (_what, text) => {
    expect(escapeXml(text)).toBe('ab');
  });

  test('turns pasted text with control characters into a well-formed element and attribute that read back as the text', () => {
    const pasted = '王\u0007小明 & "李红" <编辑>\u0001\t第二行\n';
    const xml = `<root a="${escapeXml(pasted)}">${escapeXml(pasted)}</root>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', trimValues: false }).parse(xml);
    const expected = '王小明 & "李红" <编辑>\t第二行\n';
    expect(doc.root['#text']).toBe(expected);
    expect(doc.root['@a']).toBe(expected);
  });
});
