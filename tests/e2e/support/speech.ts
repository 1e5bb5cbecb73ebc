/** Speech synthesis with the given voices, recording what the page asks it to say (for 朗读 tests). */
// Plain JavaScript text: a serialised TypeScript function could carry the test runner's helpers into the page.
export const stubSpeech = (voices: string[]): string => `
  const spoken = [];
  let cancelled = 0;
  const synth = {
    speaking: false,
    getVoices: () => ${JSON.stringify(voices)}.map((lang) => ({ lang, name: lang })),
    speak: (u) => spoken.push({ text: u.text, lang: u.lang }),
    cancel: () => { cancelled++; },
    addEventListener: () => undefined,
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth });
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ''; this.voice = null; } addEventListener() {} };
  window.speech = { spoken, cancelled: () => cancelled };`;
