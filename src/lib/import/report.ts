/** What an import changed and what an editor still has to do, printed as short Chinese lines. */
import { excerpt } from './han.ts';
import { msg, type ImportMessageKey } from './messages.ts';

export type ReviewRole = 'review.first' | 'review.second' | 'review.final';
/** Front-matter fields a credit line (`来源：`, `责任编辑：`, `初审：`) fills. */
export type CreditTarget = 'source' | 'authors' | 'correspondents' | 'photographers' | 'editor' | ReviewRole;
export type MovedField = 'title' | 'kicker' | 'subtitle' | 'publishedAt' | CreditTarget;

export interface ImportReport {
  removed: { spam: number; chrome: number; code: number; pinyin: number; simplified: number; fullWidth: number; punctuation: number; splits: number };
  moved: MovedField[];
  /** Picture files the editor must add, in body order. */
  images: { file: string; caption: string; src?: string | undefined }[];
  missing: { publishedAt: boolean; source: boolean; review: ReviewRole[] };
  /** The page gave a day but no time (`2021-01-25`). */
  dayOnly?: string | undefined;
  badDate?: string | undefined;
  /** Headings cut out of glued text. */
  splits: string[];
  /** Clauses so long they probably lost a full stop or swallowed a heading. */
  glued: string[];
  unbalancedQuotes: string[];
  /** Credits with no field (`审核：张三`). */
  unknownCredits: string[];
  /** Short lines above the title, dropped: a site name, or a kicker on its own line. */
  aboveTitle: string[];
  /**
   * Every line dropped as page chrome, as written: the rules judge lines by their
   * shape, so an editor reads the list to catch a line of the article among them.
   */
  chromeLines: string[];
}

const REMOVED_KEYS = {
  spam: 'report.removed.spam',
  chrome: 'report.removed.chrome',
  code: 'report.removed.code',
  pinyin: 'report.removed.pinyin',
  simplified: 'report.removed.simplified',
  fullWidth: 'report.removed.fullWidth',
  punctuation: 'report.removed.punctuation',
  splits: 'report.removed.splits',
} as const satisfies Record<keyof ImportReport['removed'], ImportMessageKey>;

/**
 * The report as lines. `imageDir` is where the pictures go, as the editor should
 * see it (`content/news/2021/images`).
 */
export function formatReport(report: ImportReport, imageDir: string): string[] {
  const lines: string[] = [msg('report.cleaned')];
  const removed = (Object.keys(REMOVED_KEYS) as (keyof typeof REMOVED_KEYS)[]).filter((k) => report.removed[k] > 0);
  if (removed.length === 0) lines.push(msg('report.nothingCleaned'));
  for (const key of removed) lines.push(msg(REMOVED_KEYS[key], { count: report.removed[key] }));
  if (report.moved.length > 0) {
    lines.push(msg('report.moved', { fields: report.moved.map((f) => msg(`field.${f}`)).join(msg('field.separator')) }));
  }
  lines.push(msg('report.todo'), ...todo(report, imageDir), msg('todo.draft'));
  // Last, after what the editor must do: the list can be long, and it is for checking, not doing.
  if (report.chromeLines.length > 0) {
    lines.push(msg('report.chromeLines'), ...report.chromeLines.map((text) => msg('report.chromeLine', { text: excerpt(text, CHROME_EXCERPT) })));
  }
  return lines;
}

// Long enough to recognise a menu or a footer, short enough to keep one line per item.
const CHROME_EXCERPT = 30;

function todo(report: ImportReport, imageDir: string): string[] {
  const lines: string[] = [];
  for (const image of report.images) {
    const file = `${imageDir}/${image.file}`;
    const caption = image.caption || msg('placeholder.caption');
    lines.push(image.src ? msg('todo.imageFrom', { file, caption, src: image.src }) : msg('todo.image', { file, caption }));
  }
  if (report.missing.publishedAt) lines.push(msg('todo.missing.publishedAt'));
  if (report.dayOnly !== undefined) lines.push(msg('todo.dayOnly', { day: report.dayOnly }));
  if (report.badDate !== undefined) lines.push(msg('todo.badDate', { value: report.badDate }));
  if (report.missing.source) lines.push(msg('todo.missing.source'));
  if (report.missing.review.length > 0) {
    lines.push(msg('todo.missing.review', { roles: report.missing.review.map((r) => msg(`field.${r}`)).join(msg('field.separator')) }));
  }
  for (const text of report.aboveTitle) lines.push(msg('todo.aboveTitle', { text }));
  for (const text of report.unknownCredits) lines.push(msg('todo.credit', { text }));
  for (const text of report.splits) lines.push(msg('todo.split', { excerpt: excerpt(text, 24) }));
  for (const text of report.glued) lines.push(msg('todo.glued', { excerpt: excerpt(text, 24) }));
  for (const text of report.unbalancedQuotes) lines.push(msg('todo.quotes', { excerpt: excerpt(text) }));
  return lines;
}
