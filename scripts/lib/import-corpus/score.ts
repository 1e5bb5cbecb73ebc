/**
 * Scores one import against its expectation: every front-matter field, body
 * phrase, figure, heading list and report item is one check. Pure: takes the
 * Markdown the CLI wrote and the report it printed.
 */
import { t } from '../../../src/i18n/zh-CN.ts';
import { readFrontmatter } from '../../../src/lib/text/frontmatter.ts';
import { toHalfWidth } from '../../../src/lib/import/full-width.ts';
import { FRONT_MATTER_KEYS, type Expectation } from './expectation.ts';

export interface Check {
  /** What was checked, e.g. `frontmatter.authors`, `body.contains`, `report.chrome`. */
  what: string;
  ok: boolean;
  expected: unknown;
  actual?: unknown;
}

// Written by the importer whatever the page says; not part of what a page is scored on.
const ALWAYS_WRITTEN = new Set(['draft', 'community']);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Markdown's backslash escapes undone, so `\*` compares as `*`. */
const unescape = (text: string): string => text.replace(/\\([\\`*_[\]~#.)+=-])/g, '$1');

/** Figure captions in body order (the alt text; the placeholder when the page had none). */
export function figureCaptions(body: string): string[] {
  return [...body.matchAll(/^!\[((?:\\.|[^\]\\])*)\]\(/gm)].map((m) => unescape(m[1] ?? ''));
}

export function headingTexts(body: string): string[] {
  return [...body.matchAll(/^#{1,6} (.+)$/gm)].map((m) => unescape(m[1] ?? '').trim());
}

/** The chrome lines the report lists, as printed (possibly cut short with `…`). */
export function reportedChrome(report: string): string[] {
  const lines = report.split('\n');
  const start = lines.indexOf(t('import.report.chromeLines'));
  if (start < 0) return [];
  const [open = '', close = ''] = t('import.report.chromeLine', { text: '\u0000' }).split('\u0000');
  return lines
    .slice(start + 1)
    .filter((line) => line.startsWith(open) && line.endsWith(close))
    .map((line) => line.slice(open.length, line.length - close.length));
}

// Chrome is compared without spaces and widths: the report quotes lines after full-width digits are narrowed.
const squeeze = (text: string): string => toHalfWidth(text).text.replace(/\s+/g, '');

function chromeListed(expected: string, reported: readonly string[]): boolean {
  const want = squeeze(expected);
  return reported.some((line) => {
    const got = squeeze(line);
    const cut = got.endsWith('…') ? got.slice(0, -1) : undefined;
    return got === want || got.includes(want) || (cut !== undefined && cut.length > 0 && want.startsWith(cut));
  });
}

/** Every check of a page failed, with why: what a refused or unreadable import scores (never just one miss). */
export function failEvery(expect: Expectation, why: string): Check[] {
  return scoreImport(expect, '---\n---\n', '').map((c) => ({ ...c, ok: false, actual: why }));
}

export function scoreImport(expect: Expectation, markdown: string, report: string): Check[] {
  const fm = readFrontmatter(markdown);
  if (!fm.ok) return failEvery(expect, `unreadable front matter: ${fm.error}`);
  const data = (fm.data ?? {}) as Record<string, unknown>;
  const checks: Check[] = [];
  const check = (what: string, ok: boolean, expected: unknown, actual?: unknown) => checks.push({ what, ok, expected, ...(ok ? {} : { actual }) });

  const wanted = expect.frontmatter as Record<string, unknown>;
  for (const key of FRONT_MATTER_KEYS) {
    if (wanted[key] !== undefined) check(`frontmatter.${key}`, same(data[key], wanted[key]), wanted[key], data[key]);
  }
  for (const key of Object.keys(data)) {
    if (!ALWAYS_WRITTEN.has(key) && wanted[key] === undefined) check(`frontmatter.${key} (not on the page)`, false, undefined, data[key]);
  }

  for (const phrase of expect.body.contains) check('body.contains', fm.body.includes(phrase), phrase);
  for (const phrase of expect.body.absent) check('body.absent', !markdown.includes(phrase), `no ${phrase}`, phrase);
  if (expect.body.figures !== undefined) {
    const captions = figureCaptions(fm.body);
    check('body.figures.count', captions.length === expect.body.figures.length, expect.body.figures.length, captions.length);
    expect.body.figures.forEach((caption, i) => check('body.figures.caption', captions[i] === caption, caption, captions[i]));
  }
  if (expect.body.headings !== undefined) {
    const headings = headingTexts(fm.body);
    check('body.headings', same(headings, expect.body.headings), expect.body.headings, headings);
  }

  const lines = report.split('\n');
  const says = (line: string) => lines.includes(line);
  if (expect.report.dayOnly !== undefined) {
    const day = expect.frontmatter.publishedAt ?? '';
    const line = t('import.todo.dayOnly', { day });
    check('report.dayOnly', says(line) === expect.report.dayOnly, expect.report.dayOnly ? line : `no ${line}`);
  }
  const chrome = reportedChrome(report);
  for (const text of expect.report.chrome) check('report.chrome', chromeListed(text, chrome), text);
  for (const text of expect.report.aboveTitle) check('report.aboveTitle', says(t('import.todo.aboveTitle', { text })), t('import.todo.aboveTitle', { text }));
  for (const { line, as } of expect.report.assumed) {
    const wantLine = t(`import.todo.assumed.${as}`, { text: line });
    check('report.assumed', says(wantLine), wantLine);
  }
  return checks;
}
