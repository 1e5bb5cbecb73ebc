/**
 * A photo in an article body as the site writes it: `![alt](./images/x.jpg "caption")`,
 * alt describing the picture, the title shown as its caption. The desk's 图片
 * editor component reads and writes this line.
 */

export interface Figure {
  src: string;
  alt: string;
  caption: string;
}

/**
 * A figure alone on its line. The quote rules follow markdown-refs.ts, which
 * content:check uses: a caption holds no ASCII quote. Decap matches it against
 * the rest of the document from a block's start, so the end is a line end,
 * not `$` (and Decap refuses the `m` flag).
 */
export const FIGURE_PATTERN = /^!\[([^\]\n]*)\]\([ \t]*(?:<([^>\n]+)>|([^\s)>]+))(?:[ \t]+"([^"\n]*)")?[ \t]*\)(?=[ \t]*(?:\n|$))/;

/** The figure in a matched line. */
export function figureFromMatch(match: RegExpMatchArray): Figure {
  const [, alt = '', bracketed, bare, caption = ''] = match;
  return { src: bracketed ?? bare ?? '', alt, caption };
}

// What would end the alt text or the caption early becomes its full-width twin,
// which reads the same in Chinese text.
const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();
const safeAlt = (text: string): string => oneLine(text).replace(/\[/g, '［').replace(/\]/g, '］');
const safeCaption = (text: string): string => {
  let open = true;
  const quote = (): string => {
    open = !open;
    return open ? '”' : '“';
  };
  return oneLine(text).replace(/"/g, quote).replace(/'/g, '’');
};

/** The Markdown line for a figure. */
export function figureToMarkdown({ src, alt, caption }: Figure): string {
  const path = dotImagePath(src.trim());
  const target = /\s/.test(path) ? `<${path}>` : path;
  const title = safeCaption(caption);
  return `![${safeAlt(alt)}](${target}${title === '' ? '' : ` "${title}"`})`;
}

// Decap writes an upload as `images/x.jpg` (path.join drops the `./` of `./images`);
// the site's files write `./images/x.jpg`.
const BARE_IMAGES = /^images\/(?=[^/\s]+$)/;

/** `images/x.jpg` → `./images/x.jpg`; anything else unchanged. */
export function dotImagePath(path: string): string {
  return path.replace(BARE_IMAGES, './images/');
}

/** The same for every image target in a Markdown body. */
export function dotImagePathsInMarkdown(body: string): string {
  return body.replace(/(!\[[^\]\n]*\]\(\s*<?)images\//g, '$1./images/');
}
