/**
 * The photographer's credit news pages print at the end of a caption, in the
 * press's forms: `图为…。人民网 韩雪摄`, `…（新华社记者 王 强 摄）`,
 * `大众网·海报新闻记者 韩雪 通讯员 李明 摄`, `…/张三 摄`. The names go to the
 * article's photographers; the caption keeps only what the photo shows.
 */
import { joinPaddedNames } from './byline.ts';
import { isOrganisation } from './organisation.ts';

export interface CaptionParts {
  /** What the photo shows: no `图为`, no credit, no full stop after a one-sentence caption. */
  caption: string;
  photographers: string[];
  /** Whether the text ended in a credit, a person's or an office's (`（西河县民政局供图）`). */
  credited: boolean;
}

// The credit's last word: `摄`, `摄影`, `供图`, optionally after a slash and inside brackets.
const CREDIT_END = /\s*\/?\s*(?:摄影?|供图)\s*$/u;
// An outlet or a role before the names: `人民网`, `新华社记者`, `大众网·海报新闻记者`, `通讯员`.
const ROLE = /(?:记者|通讯员|摄影师|摄影记者|特约摄影|见习记者|实习生)$/u;
// `新华社发`, `央广网发`: an agency's photo, distributed by it.
const OUTLET = /(?:网|社|报|台|站|客户端|新闻|融媒|融媒体中心|中心|日报|晚报|在线|发布|频道)发?$/u;
const NAME = /^\p{Script=Han}{1,4}$/u;
const MAX_NAMES = 6;

/** A caption line split into what it shows and who took it; no photographers when it names none. */
export function splitCaptionCredit(raw: string): CaptionParts {
  let text = raw.trim();
  let credit: string[] = [];
  // `…（新华社记者 王强 摄）`: a credit in brackets at the end.
  const bracketed = /^(.*?)\s*[（(]([^（()）]*?(?:摄影?|供图))\s*[）)]$/u.exec(text);
  const tail = bracketed ? (bracketed[2] ?? '') : text;
  if (CREDIT_END.test(tail)) {
    const found = creditNames(tail.replace(CREDIT_END, ''));
    // An office supplied the photo: no photographer to name, but the credit is not the caption.
    if (found === undefined && bracketed && isOrganisation(tail.replace(CREDIT_END, ''))) {
      return { caption: cleanCaption(bracketed[1] ?? ''), photographers: [], credited: true };
    }
    if (found !== undefined) {
      credit = found.names;
      // `…外景。新华社发（刘洋 摄）`: the agency before the bracket is credit too.
      text = bracketed ? (bracketed[1] ?? '').replace(/[。\s]*[\p{Script=Han}·]{2,12}?(?:网|社|报|台)发$/u, '') : found.before;
    }
  }
  return { caption: cleanCaption(text), photographers: credit, credited: credit.length > 0 };
}

/** Names at the end of `text` (after its last sentence end), with what came before them. */
function creditNames(text: string): { before: string; names: string[] } | undefined {
  const sentenceEnd = Math.max(text.lastIndexOf('。'), text.lastIndexOf('！'), text.lastIndexOf('？'));
  const head = text.slice(0, sentenceEnd + 1);
  const after = text.slice(sentenceEnd + 1).trim();
  const words = [...after.matchAll(/[^\s、，,/]+/gu)];
  const tokens = words.map((w) => w[0]);
  // Walk back from the end: names, then roles and outlets, until a word that is neither.
  let start = tokens.length;
  let names = 0;
  while (start > 0) {
    const token = tokens[start - 1] ?? '';
    const bare = token.replace(ROLE, '');
    if (NAME.test(token) && names < MAX_NAMES && !OUTLET.test(token)) names++;
    else if (ROLE.test(token) || OUTLET.test(bare)) {
      /* an outlet or a role: part of the credit */
    } else break;
    start--;
  }
  if (names === 0) return undefined;
  // Before the sentence end, the whole rest must be credit; after a space-separated caption, what the walk left.
  // What the walk left keeps its own separators (`安置点内，志愿者为群众分发热粥`).
  const rest = start === 0 ? '' : after.slice(0, (words[start - 1]?.index ?? 0) + (tokens[start - 1] ?? '').length);
  if (head === '' && rest === '' && start === 0 && tokens.every((t) => NAME.test(t) || ROLE.test(t) || OUTLET.test(t.replace(ROLE, '')))) {
    return { before: '', names: personNames(tokens) };
  }
  if (head !== '' && rest !== '') return undefined;
  return { before: head !== '' ? head : rest, names: personNames(tokens.slice(start)) };
}

function personNames(tokens: readonly string[]): string[] {
  const people = tokens.flatMap((t) => {
    const bare = t.replace(/^.*?(?:记者|通讯员|摄影师|摄影记者|特约摄影|见习记者|实习生)/u, '');
    if (bare !== t) return bare === '' ? [] : [bare];
    return ROLE.test(t) || OUTLET.test(t) ? [] : [t];
  });
  return joinPaddedNames(people);
}

/** `图为社区志愿者为老人理发。` → `社区志愿者为老人理发`; a caption of several sentences keeps its stops. */
export function cleanCaption(text: string): string {
  const bare = text
    .trim()
    .replace(/^[（(]?图为[：:]?\s*/u, '')
    .replace(/[）)]$/u, (close) => (/[（(]/u.test(text) && !/^[（(]/u.test(text.trim()) ? close : ''))
    .trim();
  const sentences = bare.split(/(?<=[。！？])/u).filter((s) => s.trim() !== '');
  return sentences.length === 1 ? bare.replace(/[。．.]$/u, '') : bare;
}
