/** The 朗读 button: Chinese speech synthesis of the title and body, stoppable. */
import { isChineseVoice, speechChunks } from '../lib/reader/speech.ts';

const button = document.querySelector<HTMLButtonElement>('[data-listen]');

if (button && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window) {
  const synth = window.speechSynthesis;
  const voice = () => synth.getVoices().find((v) => isChineseVoice(v.lang));
  const reveal = () => {
    if (voice()) button.hidden = false;
  };
  const setSpeaking = (on: boolean) => {
    button.setAttribute('aria-pressed', String(on));
    button.textContent = (on ? button.dataset['labelStop'] : button.dataset['labelStart']) ?? '';
  };
  reveal();
  synth.addEventListener('voiceschanged', reveal);

  button.addEventListener('click', () => {
    if (button.getAttribute('aria-pressed') === 'true') {
      synth.cancel();
      setSpeaking(false);
      return;
    }
    const title = document.querySelector('h1')?.textContent ?? '';
    const paragraphs = [...document.querySelectorAll<HTMLElement>('.prose p, .prose h2, .prose h3, .prose li, .prose figcaption')].map(
      (p) => p.textContent ?? '',
    );
    const chunks = speechChunks(title, paragraphs);
    synth.cancel();
    chunks.forEach((text, i) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = 'zh-CN';
      const v = voice();
      if (v) utterance.voice = v;
      if (i === chunks.length - 1) utterance.addEventListener('end', () => setSpeaking(false));
      synth.speak(utterance);
    });
    setSpeaking(true);
  });
}
