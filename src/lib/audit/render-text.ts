/** The report for a terminal: headed sections, tables padded to the width a terminal gives Chinese text. */
import type { ReportSection, ReportTable } from './sections.ts';

/** Columns a terminal gives a string: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

function tableLines(table: ReportTable): string[] {
  const widths = table.head.map((_, i) => Math.max(...[table.head, ...table.rows].map((row) => displayWidth(row[i] ?? ''))));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - displayWidth(cell)))
      .join('  ')
      .trimEnd();
  return [line(table.head), ...table.rows.map(line)];
}

/** Title, then each section under a 【heading】. */
export function renderText(title: string, intro: string, sections: readonly ReportSection[]): string {
  const out = [title, intro];
  for (const s of sections) {
    out.push('', `【${s.title}】`, ...s.lines);
    if (s.table) out.push(...tableLines(s.table));
  }
  return `${out.join('\n')}\n`;
}
