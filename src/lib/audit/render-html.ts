/**
 * The report as one self-contained page for the office: inline CSS, no
 * scripts, no external assets (its colours are its own: the site's tokens.css is
 * not there), and `noindex`, because it is kept out of the
 * public site (written outside dist/, never linked, not in the sitemap).
 */
import { escapeXml } from '../feeds/xml.ts';
import type { ReportSection, ReportTable } from './sections.ts';

const CSS = [
  'body{font-family:system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;line-height:1.75;' +
    'max-inline-size:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}',
  'h1{font-size:1.6rem}h2{font-size:1.25rem;border-block-end:2px solid #b3261e;padding-block-end:.25rem;margin-block-start:2rem}',
  'p{margin:.25rem 0}table{border-collapse:collapse;inline-size:100%}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:start}th{background:#f2f2f2}',
  '.verdict-fail{color:#b3261e;font-weight:700}.verdict-pass{color:#1b5e20;font-weight:700}',
  '@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}th{background:#333}}',
].join('\n');

function tableHtml(table: ReportTable): string {
  const head = table.head.map((h) => `<th scope="col">${escapeXml(h)}</th>`).join('');
  const rows = table.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeXml(c)}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function sectionHtml(s: ReportSection, verdictClass: string | undefined): string {
  const paragraphs = s.lines.map((line, i) => `<p${i === 0 && verdictClass ? ` class="${verdictClass}"` : ''}>${escapeXml(line)}</p>`);
  const table = s.table ? tableHtml(s.table) : '';
  return `<section><h2>${escapeXml(s.title)}</h2>${paragraphs.join('')}${table}</section>`;
}

/** The whole page; `passed` colours the verdict, the first section. */
export function renderHtml(title: string, intro: string, sections: readonly ReportSection[], passed: boolean): string {
  const body = sections.map((s, i) => sectionHtml(s, i === 0 ? (passed ? 'verdict-pass' : 'verdict-fail') : undefined)).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeXml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${escapeXml(title)}</h1>
<p>${escapeXml(intro)}</p>
${body}
</main>
</body>
</html>
`;
}
