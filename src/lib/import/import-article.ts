/**
 * Imports a crawled or copied article: raw text or HTML in, one clean Markdown
 * article (always a draft) and a report out. Pure: the caller reads the file and
 * says which slugs are taken.
 *
 * The order matters: full-width digits and letters, readings and Traditional
 * characters go first so every later rule sees half-width numbers in Simplified
 * text; lines are judged (spam, chrome, credits) before
 * punctuation changes them; structure is rebuilt last, on clean sentences.
 */
import { chinaYear, toChinaDay, toChinaWallTime } from '../china-time.ts';
import { articleSlug, uniqueSlug } from './article-slug.ts';
import { datelineCredits } from './byline.ts';
import { checkText, decodeInput, normalizeWhitespace } from './decode.ts';
import { removeDecoration } from './emoji.ts';
import { filterLines } from './filter-lines.ts';
import { toHalfWidth } from './full-width.ts';
import { joinHeaderLines } from './header-lines.ts';
import { countHan } from './han.ts';
import { htmlToLines, looksLikeHtml } from './html.ts';
import { ImportError } from './import-error.ts';
import { textToLines } from './lines.ts';
import { renderBody, renderFrontMatter, type ArticleFrontMatter, type FigureFile } from './markdown-writer.ts';
import { addPhotographers, applyCredits, extractMeta, type ArticleMeta } from './metadata.ts';
import { removePinyinJunk } from './pinyin-junk.ts';
import { normalizeHeadline, normalizePunctuation } from './punctuation.ts';
import { hasUnbalancedQuotes } from './quotes.ts';
import type { ImportReport, MovedField, ReviewRole } from './report.ts';
import { longestClause } from './sentences.ts';
import { toSimplified } from './simplify.ts';
import { buildBlocks, type Block } from './structure.ts';

export interface ImportOptions {
  /** Community id for the front matter (checked by the caller). */
  community?: string | undefined;
  /** Whether `slug` is already used (in `folder`, `2021` or `undated`, or anywhere in the news). */
  isTaken?: ((slug: string, folder: string) => boolean) | undefined;
}

export interface ImportResult {
  markdown: string;
  frontmatter: ArticleFrontMatter;
  blocks: Block[];
  report: ImportReport;
  slug: string;
  /** `2021` (China year of publication) or `undated`. */
  folder: string;
}

// Fewer Han characters than this and there is no article to speak of.
const MIN_ARTICLE_HAN = 20;
// How many paragraphs from the top a dateline (`本报讯（记者 …）`) may sit.
const DATELINE_PARAGRAPHS = 3;
// A clause this long without any punctuation has almost surely lost some.
const MAX_CLAUSE = 36;

export function importArticle(input: string | Uint8Array, options: ImportOptions = {}): ImportResult {
  const halfWidth = toHalfWidth(normalizeWhitespace(typeof input === 'string' ? checkText(input) : decodeInput(input)));
  const junk = removePinyinJunk(halfWidth.text);
  const simplified = toSimplified(junk.text);
  const page = looksLikeHtml(simplified.text) ? htmlToLines(simplified.text) : { lines: textToLines(simplified.text), code: 0, chrome: 0, chromeLines: [] };
  const undecorated = removeDecoration(page.lines);
  const filtered = filterLines(undecorated.lines);
  const { meta, body } = extractMeta(joinHeaderLines(filtered.lines));

  let punctuation = 0;
  const fix = (s: string): string => {
    const result = normalizePunctuation(s);
    punctuation += result.changed;
    return result.text;
  };
  const fixHeadline = (s: string | undefined) => {
    if (s === undefined) return undefined;
    const result = normalizeHeadline(s);
    punctuation += result.changed;
    return result.text;
  };
  const structure = buildBlocks(body.map((line) => ({ ...line, text: fix(line.text) })));
  const { blocks } = structure;
  // The dateline opens the news, but an 编者按 or a lead-in may stand before it.
  const opening = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])).slice(0, DATELINE_PARAGRAPHS);
  applyCredits(meta, opening.map(datelineCredits).find((credits) => credits.length > 0) ?? []);
  // `图为…。人民网 韩雪摄`: the credit under a photo names a photographer of the article.
  addPhotographers(
    meta,
    blocks.flatMap((b) => (b.kind === 'figure' ? (b.photographers ?? []) : [])),
  );

  const han = countHan(blocks.map(blockText).join(''));
  if (han < MIN_ARTICLE_HAN) throw new ImportError('no-article', { count: han });
  const title = fixHeadline(meta.title);
  if (title === undefined || title === '') throw new ImportError('no-title');

  const folder = meta.publishedAt ? String(chinaYear(meta.publishedAt)) : 'undated';
  const slug = uniqueSlug(articleSlug(title), (s) => options.isTaken?.(s, folder) ?? false);
  const figures = blocks.flatMap((b) => (b.kind === 'figure' ? [b] : []));
  const files: FigureFile[] = figures.map((b, i) => ({ file: `${slug}-${i + 1}.jpg`, caption: b.caption }));

  const frontmatter = frontMatterOf({ ...meta, title, kicker: fixHeadline(meta.kicker), subtitle: fixHeadline(meta.subtitle) }, options.community);
  const markdown = `${renderFrontMatter(frontmatter)}\n\n${renderBody(blocks, files)}`;
  const report: ImportReport = {
    removed: {
      spam: filtered.spam,
      chrome: filtered.chrome + page.chrome,
      code: filtered.code + page.code,
      pinyin: junk.removed,
      simplified: simplified.converted,
      fullWidth: halfWidth.changed,
      punctuation,
      splits: structure.splits.length,
      decoration: undecorated.removed,
    },
    ...metaReport(meta),
    images: figures.map((b, i) => ({ file: files[i]?.file ?? '', caption: b.caption, src: b.src })),
    splits: structure.splits,
    glued: [
      ...structure.leadIns,
      ...blocks.flatMap((b) => (b.kind === 'paragraph' ? [longestClause(b.text)] : [])).filter((c) => Array.from(c).length >= MAX_CLAUSE),
    ],
    unbalancedQuotes: blocks.flatMap((b) => (b.kind === 'figure' ? [] : [blockText(b)])).filter(hasUnbalancedQuotes),
    chromeLines: [...page.chromeLines, ...filtered.chromeLines, ...meta.dropped],
  };
  return { markdown, frontmatter, blocks, report, slug, folder };
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'list':
      return block.items.join('');
    case 'figure':
      return '';
    default:
      return block.text;
  }
}

function frontMatterOf(meta: ArticleMeta & { title: string }, community: string | undefined): ArticleFrontMatter {
  const names = (list: string[]) => (list.length > 0 ? list : undefined);
  const review = meta.review.first || meta.review.second || meta.review.final ? meta.review : undefined;
  return {
    kicker: meta.kicker,
    title: meta.title,
    subtitle: meta.subtitle,
    publishedAt: meta.publishedAt && (meta.dayOnly ? toChinaDay(meta.publishedAt) : toChinaWallTime(meta.publishedAt)),
    source: meta.source,
    authors: names(meta.authors),
    correspondents: names(meta.correspondents),
    photographers: names(meta.photographers),
    editor: meta.editor,
    community,
    review,
    // An import is never ready to publish: pictures and 三审 come from an editor.
    draft: true,
  };
}

/** The report's account of the article information: what moved, what is missing or doubtful. */
function metaReport(meta: ArticleMeta): Pick<ImportReport, 'moved' | 'missing' | 'dayOnly' | 'badDate' | 'unknownCredits' | 'aboveTitle' | 'assumed'> {
  return {
    moved: movedFields(meta),
    missing: {
      publishedAt: meta.publishedAt === undefined,
      source: meta.source === undefined,
      review: (['first', 'second', 'final'] as const).filter((r) => meta.review[r] === undefined).map((r): ReviewRole => `review.${r}`),
    },
    dayOnly: meta.publishedAt && meta.dayOnly ? toChinaDay(meta.publishedAt) : undefined,
    badDate: meta.publishedAt === undefined ? meta.badDate : undefined,
    unknownCredits: meta.unknownCredits,
    aboveTitle: meta.aboveTitle,
    assumed: meta.assumed,
  };
}

function movedFields(meta: ArticleMeta): MovedField[] {
  const present: [MovedField, boolean][] = [
    ['title', meta.title !== undefined],
    ['kicker', meta.kicker !== undefined],
    ['subtitle', meta.subtitle !== undefined],
    ['publishedAt', meta.publishedAt !== undefined],
    ['source', meta.source !== undefined],
    ['authors', meta.authors.length > 0],
    ['correspondents', meta.correspondents.length > 0],
    ['photographers', meta.photographers.length > 0],
    ['editor', meta.editor !== undefined],
    ['review.first', meta.review.first !== undefined],
    ['review.second', meta.review.second !== undefined],
    ['review.final', meta.review.final !== undefined],
  ];
  return present.filter(([, has]) => has).map(([field]) => field);
}
