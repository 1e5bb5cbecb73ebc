/**
 * What the 朗读 button says, in order: the title, then the body paragraph by
 * paragraph, long paragraphs cut at sentence ends. Browsers stop reading one
 * long utterance part-way (Chromium after about 15 seconds), so we queue short ones.
 */

const SENTENCE = /[^。！？；!?;]+[。！？；!?;]*[”’」』）)]*/g;

/** Utterance texts for a title and body paragraphs, none longer than `max` characters unless one sentence is. */
export function speechChunks(title: string, paragraphs: readonly string[], max = 120): string[] {
  const chunks: string[] = [];
  for (const text of [title, ...paragraphs].map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean)) {
    let current = '';
    for (const sentence of text.match(SENTENCE) ?? [text]) {
      if (current && Array.from(current + sentence).length > max) {
        chunks.push(current.trim());
        current = '';
      }
      current += sentence;
    }
    if (current.trim()) chunks.push(current.trim());
  }
  return chunks;
}

/** Whether a voice speaks Chinese (`zh-CN`, `zh_CN`, `zh-Hans`, `cmn-…`). */
export function isChineseVoice(lang: string): boolean {
  return /^(zh|cmn)(\b|[-_])/i.test(lang);
}
