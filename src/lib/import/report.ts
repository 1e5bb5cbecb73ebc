/** What an import changed and what an editor still has to do, printed as short Chinese lines. */
import { excerpt } from './han.ts';
import { t, type UiKey } from '../../i18n/zh-CN.ts';

export type ReviewRole = 'review.first' | 'review.second' | 'review.final';
/** Front-matter fields a credit line (`来源：`, `责任编辑：`, `初审：`) fills. */
export type CreditTarget = 'source' | 'authors' | 'correspondents' | 'photographers' | 'editor' | ReviewRole;
export type MovedField = 'title' | 'kicker' | 'subtitle' | 'publishedAt' | CreditTarget;

export interface ImportReport {
  removed: {
    spam: number;
    chrome: number;
    code: number;
    pinyin: number;
    simplified: number;
    fullWidth: number;
    punctuation: number;
    splits: number;
    decoration: number;
  };
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
  /** A short line under the title, filed as the source or the subtitle: the editor confirms. */
  assumed: { line: string; as: 'source' | 'subtitle' }[];
  /**
   * Every line dropped as page chrome, as written: the rules judge lines by their
   * shape, so an editor reads the list to catch a line of the article among them.
   */
  chromeLines: string[];
}

const REMOVED_KEYS = {
  spam: 'import.report.removed.spam',
  chrome: 'import.report.removed.chrome',
  code: 'import.report.removed.code',
  pinyin: 'import.report.removed.pinyin',
  simplified: 'import.report.removed.simplified',
  fullWidth: 'import.report.removed.fullWidth',
  punctuation: 'import.report.removed.punctuation',
  splits: 'import.report.removed.splits',
  decoration: 'import.report.removed.decoration',
} as const satisfies Record<keyof ImportReport['removed'], UiKey>;

/**
 * The report as lines. `imageDir` is where the pictures go, as the editor should
 * see it (`content/news/2021/images`).
 */
export function formatReport(report: ImportReport, imageDir: string): string[] {
  const lines: string[] = [t('import.report.cleaned')];
  const removed = (Object.keys(REMOVED_KEYS) as (keyof typeof REMOVED_KEYS)[]).filter((k) => report.removed[k] > 0);
  if (removed.length === 0) lines.push(t('import.report.nothingCleaned'));
  for (const key of removed) lines.push(t(REMOVED_KEYS[key], { count: report.removed[key] }));
  if (report.moved.length > 0) {
    lines.push(t('import.report.moved', { fields: report.moved.map((f) => t(`import.field.${f}`)).join(t('import.field.separator')) }));
  }
  lines.push(t('import.report.todo'), ...todo(report, imageDir), t('import.todo.draft'));
  // Last, after what the editor must do: the list can be long, and it is for checking, not doing.
  if (report.chromeLines.length > 0) {
    lines.push(t('import.report.chromeLines'), ...report.chromeLines.map((text) => t('import.report.chromeLine', { text: excerpt(text, CHROME_EXCERPT) })));
  }
  return lines;
}

// Long enough to recognise a menu or a footer, short enough to keep one line per item.
const CHROME_EXCERPT = 30;

function todo(report: ImportReport, imageDir: string): string[] {
  const lines: string[] = [];
  for (const image of report.images) {
    const file = `${imageDir}/${image.file}`;
    const caption = image.caption || t('import.placeholder.caption');
    lines.push(image.src ? t('import.todo.imageFrom', { file, caption, src: image.src }) : t('import.todo.image', { file, caption }));
  }
  if (report.missing.publishedAt) lines.push(t('import.todo.missing.publishedAt'));
  if (report.dayOnly !== undefined) lines.push(t('import.todo.dayOnly', { day: report.dayOnly }));
  if (report.badDate !== undefined) lines.push(t('import.todo.badDate', { value: report.badDate }));
  if (report.missing.source) lines.push(t('import.todo.missing.source'));
  if (report.missing.review.length > 0) {
    lines.push(t('import.todo.missing.review', { roles: report.missing.review.map((r) => t(`import.field.${r}`)).join(t('import.field.separator')) }));
  }
  for (const text of report.aboveTitle) lines.push(t('import.todo.aboveTitle', { text }));
  for (const { line, as } of report.assumed) lines.push(t(`import.todo.assumed.${as}`, { text: line }));
  for (const text of report.unknownCredits) lines.push(t('import.todo.credit', { text }));
  for (const text of report.splits) lines.push(t('import.todo.split', { excerpt: excerpt(text, 24) }));
  for (const text of report.glued) lines.push(t('import.todo.glued', { excerpt: excerpt(text, 24) }));
  for (const text of report.unbalancedQuotes) lines.push(t('import.todo.quotes', { excerpt: excerpt(text) }));
  return lines;
}
