/**
 * `npm run bench -- --import`: the labelled import corpus through the real CLI,
 * scored per family and per batch (see corpus.ts): the blind batch's figure is the one
 * reported, the others beside it show how far development and blind scores are apart.
 * Every miss is listed, so a closing note can name each one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../repo-root.ts';
import { corpusPages, familyScores, scorePages, type CorpusHalf, type FamilyScore, type PageScore } from './corpus.ts';

const HALVES: readonly CorpusHalf[] = ['held-out', 'dev'];

const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;

function table(scores: ReadonlyMap<CorpusHalf, readonly FamilyScore[]>): string[] {
  const all = HALVES.flatMap((half) => scores.get(half) ?? []);
  const families = [...new Set(all.map((f) => f.family).filter((f) => f !== 'all'))].sort().concat('all');
  const cell = (f: FamilyScore | undefined) => (f === undefined ? '—' : `${percent(f.accuracy)} (${f.passed}/${f.checks}, ${f.perfect}/${f.pages} whole)`);
  const header = ['family', ...HALVES];
  const rows = families.map((family) => [family, ...HALVES.map((half) => cell(scores.get(half)?.find((f) => f.family === family)))]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => Array.from(r[i] ?? '').length)));
  const line = (r: readonly string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(header), ...rows.map(line)];
}

function misses(scores: readonly PageScore[]): string[] {
  return scores.flatMap((s) =>
    s.checks
      .filter((c) => !c.ok)
      .map(
        (c) => `${relative(ROOT, s.page.raw)}  ${c.what}: expected ${JSON.stringify(c.expected)}${'actual' in c ? `, got ${JSON.stringify(c.actual)}` : ''}`,
      ),
  );
}

export async function runImportBench(out: string): Promise<string> {
  const pages = new Map<CorpusHalf, PageScore[]>();
  for (const half of HALVES) pages.set(half, await scorePages(corpusPages(half)));
  const families = new Map(HALVES.map((half) => [half, familyScores(pages.get(half) ?? [])] as const));
  const report = [
    `import corpus, checks passed / checks: ${HALVES.map((half) => `${half} ${pages.get(half)?.length ?? 0} pages`).join(', ')}`,
    ...table(families),
    ...HALVES.flatMap((half) => {
      const missed = misses(pages.get(half) ?? []);
      return ['', `${half} misses (${missed.length}):`, ...missed];
    }),
  ].join('\n');
  mkdirSync(out, { recursive: true });
  const strip = (list: readonly PageScore[]) => list.map((s) => ({ family: s.page.family, page: relative(ROOT, s.page.raw), checks: s.checks }));
  const json = Object.fromEntries(HALVES.map((half) => [half, { families: families.get(half), pages: strip(pages.get(half) ?? []) }]));
  writeFileSync(join(out, 'import.json'), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(join(out, 'import-report.txt'), `${report}\n`);
  return report;
}
