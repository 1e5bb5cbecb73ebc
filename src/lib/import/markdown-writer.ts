/**
 * Writes an article in our content format: a YAML 1.2 front-matter block and a
 * Markdown body. All text is escaped as text: whatever a page smuggled in, the
 * output holds no markup, link or code, only words.
 */
import { t } from '../../i18n/zh-CN.ts';
import type { Block } from './structure.ts';

/** Front matter in the order editors read it; absent fields are left out. */
export interface ArticleFrontMatter {
  kicker?: string | undefined;
  title: string;
  subtitle?: string | undefined;
  /** Already spelled as China time (`2021-01-25 15:54`); always written quoted. */
  publishedAt?: string | undefined;
  source?: string | undefined;
  authors?: string[] | undefined;
  correspondents?: string[] | undefined;
  photographers?: string[] | undefined;
  editor?: string | undefined;
  community?: string | undefined;
  review?: { first?: string | undefined; second?: string | undefined; final?: string | undefined } | undefined;
  draft: boolean;
}

/** A body figure: the picture file an editor must supply, and its caption. */
export interface FigureFile {
  file: string;
  caption: string;
}

// Plain YAML scalars that would read as something other than text.
const YAML_RESERVED = /^(?:true|false|null|~|yes|no|on|off|y|n|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|[-+]?\.inf|\.nan)$/i;

/** Neutralises text that could be read as code anywhere it ends up. */
export function defang(text: string): string {
  return text
    .replace(/((?:java|vb)script)(\s*):/gi, '$1$2：')
    .replace(/(on\w+)(\s*)=/gi, '$1$2＝')
    .replace(/data:text\/html/gi, 'data：text/html');
}

/** A YAML scalar: plain when safe, else double-quoted (JSON strings are valid YAML). */
export function yamlScalar(value: string, inFlow = false): string {
  // `---` anywhere in the block would end it early for our front-matter reader; in Chinese text it is a dash.
  const text = defang(value).replace(/</g, '＜').replace(/>/g, '＞').replace(/-{3,}/g, '——');
  const unsafe =
    text === '' ||
    text !== text.trim() ||
    /^[-?:,[\]{}#&*!|>'"%@`]/.test(text) ||
    // eslint-disable-next-line no-control-regex -- YAML must quote a value with a control character
    /:\s|:$|\s#|[\u0000-\u001f\u007f\u0085\u2028\u2029]/.test(text) ||
    YAML_RESERVED.test(text) ||
    (inFlow && /[,[\]{}]/.test(text));
  return unsafe ? JSON.stringify(text) : text;
}

export function renderFrontMatter(fm: ArticleFrontMatter): string {
  const lines: string[] = ['---'];
  const text = (key: string, value: string | undefined) => {
    if (value !== undefined) lines.push(`${key}: ${yamlScalar(value)}`);
  };
  const list = (key: string, values: readonly string[] | undefined) => {
    if (values !== undefined && values.length > 0) lines.push(`${key}: [${values.map((v) => yamlScalar(v, true)).join(', ')}]`);
  };
  text('kicker', fm.kicker);
  text('title', fm.title);
  text('subtitle', fm.subtitle);
  // Quoted so YAML 1.1 readers cannot turn it into a UTC instant.
  if (fm.publishedAt !== undefined) lines.push(`publishedAt: ${JSON.stringify(fm.publishedAt)}`);
  text('source', fm.source);
  list('authors', fm.authors);
  list('correspondents', fm.correspondents);
  list('photographers', fm.photographers);
  text('editor', fm.editor);
  text('community', fm.community);
  const review = (['first', 'second', 'final'] as const).filter((role) => fm.review?.[role] !== undefined);
  if (review.length > 0) {
    lines.push('review:');
    for (const role of review) lines.push(`  ${role}: ${yamlScalar(fm.review?.[role] ?? '')}`);
  }
  lines.push(`draft: ${fm.draft}`, '---');
  return lines.join('\n');
}

/** Escapes text so Markdown shows it as written and never as markup. */
export function escapeMarkdown(text: string): string {
  return defang(text)
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/[\\`*_[\]~]/g, '\\$&')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(#|[-+=](?=\s|$))/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

// Inside `![alt](src "title")` brackets and quotes would end the alt or title early.
function captionText(caption: string): string {
  return escapeMarkdown(caption.replace(/\[/g, '［').replace(/\]/g, '］').replace(/"/g, '”').replace(/'/g, '’'));
}

/** The body: blocks separated by blank lines; figures numbered in `figures` order. */
export function renderBody(blocks: readonly Block[], figures: readonly FigureFile[]): string {
  let figure = 0;
  const parts = blocks.map((block) => {
    switch (block.kind) {
      case 'paragraph':
        return escapeMarkdown(block.text);
      case 'heading':
        return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
      case 'list':
        return block.items.map((item) => `- ${escapeMarkdown(item)}`).join('\n');
      case 'figure': {
        const file = figures[figure++]?.file ?? '';
        const caption = block.caption.trim();
        if (caption === '') return `![${t('import.placeholder.caption')}](./images/${file})`;
        return `![${captionText(caption)}](./images/${file} "${captionText(caption)}")`;
      }
    }
  });
  return `${parts.join('\n\n')}\n`;
}
