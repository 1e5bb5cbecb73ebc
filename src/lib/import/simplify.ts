/**
 * Traditional → Simplified with OpenCC's phrase-aware tables, so `頭髮` becomes
 * `头发` and `乾淨` becomes `干净`, not a character-by-character guess.
 *
 * Taiwan-standard tables (`tw`) are used because portals copy Taiwan-style text:
 * only they know that `握著` is `握着` while `著名` stays. They would also turn a
 * Simplified `土著` into `土着`, so text with no Traditional character at all
 * (judged with the plain `t` tables, which leave Simplified text alone) is
 * returned untouched. Wording is never changed (`软体` stays, no `twp`).
 */
import { Converter } from 'opencc-js/t2cn';

const fromTraditional = Converter({ from: 't', to: 'cn' });
const fromTaiwan = Converter({ from: 'tw', to: 'cn' });

// OpenCC segments greedily, and a dictionary phrase can swallow the particle:
// `握著志願者` is read as `握` + `著志` and keeps its `著`. After a common verb, and
// not before the words that make it `著名`, `著作`, `著称`, it is the particle `着`.
const VERB_ZHE =
  /([握拿看带跟想说笑等住穿戴抱牵望记挂守陪忙接随顺朝沿向靠有怀背扛举提捧推拉坐站躺走唱跳写画贴摆放闪亮开连聊听盯喊叫吃喝做领扶搀拎揣攥哭睡躲藏围绕伴护])著(?![名作称述录者])/gu;

export interface SimplifyResult {
  text: string;
  /** How many characters changed. */
  converted: number;
}

export function toSimplified(text: string): SimplifyResult {
  if (fromTraditional(text) === text) return { text, converted: 0 };
  const out = fromTaiwan(text).replace(VERB_ZHE, '$1着');
  return { text: out, converted: countChanged(Array.from(text), Array.from(out)) };
}

// OpenCC maps character for character in all but a few phrases; when lengths
// differ the count is only an estimate, which is all the report needs.
function countChanged(before: readonly string[], after: readonly string[]): number {
  let changed = Math.abs(before.length - after.length);
  const length = Math.min(before.length, after.length);
  for (let i = 0; i < length; i++) if (before[i] !== after[i]) changed++;
  return changed;
}
