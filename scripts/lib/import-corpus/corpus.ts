/**
 * The labelled import corpus (tests/fixtures/import/corpus/): its pages, each run
 * through the real `npm run import` CLI and scored. `dev` is what we develop
 * against (run by npm test); `held-out` is scored only by `npm run bench -- --import`.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv } from '../../../src/env.ts';
import { ROOT } from '../repo-root.ts';
import { readExpectation, type Expectation } from './expectation.ts';
import { failEvery, scoreImport, type Check } from './score.ts';

/** `dev` we develop against; `held-out` is scored blind (see the corpus README for its history). */
export type CorpusHalf = 'dev' | 'held-out';

export const CORPUS_DIR = join(ROOT, 'tests/fixtures/import/corpus');

export interface CorpusPage {
  family: string;
  name: string;
  raw: string;
  expect: Expectation;
}

const RAW = /^(.+)\.raw\.(?:txt|html)$/;

/** Every page of one half, by family then name; an expectation whose family is not its folder is an error. */
export function corpusPages(half: CorpusHalf, dir = CORPUS_DIR): CorpusPage[] {
  const base = join(dir, half);
  if (!existsSync(base)) return [];
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((family) =>
      readdirSync(join(base, family))
        .sort()
        .flatMap((file) => {
          const name = RAW.exec(file)?.[1];
          if (name === undefined) return [];
          const expectFile = join(base, family, `${name}.expect.yaml`);
          if (!existsSync(expectFile)) throw new Error(`${join(base, family, file)}: no ${name}.expect.yaml beside it`);
          const expect = readExpectation(expectFile);
          if (expect.family !== family) throw new Error(`${expectFile}: family is ${expect.family}, but the page is in ${family}/`);
          return [{ family, name, raw: join(base, family, file), expect }];
        }),
    );
}

export interface PageScore {
  page: CorpusPage;
  checks: Check[];
  /** The CLI's Markdown and report, for reading a miss. */
  markdown: string;
  report: string;
  /** Set when the CLI refused the page (exit code ≠ 0). */
  failure?: string;
}

/** Runs one page through `scripts/import-news.ts --stdout`, as an editor would, and scores it. */
export async function scorePage(page: CorpusPage): Promise<PageScore> {
  const run = await new Promise<{ failed: boolean; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, ['scripts/import-news.ts', page.raw, '--stdout'], { cwd: ROOT, env: childEnv(), encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ failed: error !== null, stdout, stderr }),
    );
  });
  if (run.failed) {
    // A refused page loses every check it has: refusing must never score better than a poor import.
    const failure = run.stderr.trim();
    return { page, markdown: run.stdout, report: run.stderr, failure, checks: failEvery(page.expect, `refused: ${failure}`) };
  }
  return { page, markdown: run.stdout, report: run.stderr, checks: scoreImport(page.expect, run.stdout, run.stderr) };
}

/** Every page scored, `atOnce` imports side by side (each is mostly a Node start-up). */
export async function scorePages(pages: readonly CorpusPage[], atOnce = 2): Promise<PageScore[]> {
  const scores: PageScore[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < pages.length; i = next++) {
      const page = pages[i];
      if (page !== undefined) scores[i] = await scorePage(page);
    }
  };
  await Promise.all(Array.from({ length: atOnce }, worker));
  return scores;
}

export interface FamilyScore {
  family: string;
  pages: number;
  passed: number;
  checks: number;
  /** passed / checks. */
  accuracy: number;
  /** Pages whose every check held. */
  perfect: number;
}

export function familyScores(scores: readonly PageScore[]): FamilyScore[] {
  const families = [...new Set(scores.map((s) => s.page.family))];
  const total = (list: readonly PageScore[], family: string): FamilyScore => {
    const checks = list.flatMap((s) => s.checks);
    const passed = checks.filter((c) => c.ok).length;
    return {
      family,
      pages: list.length,
      passed,
      checks: checks.length,
      accuracy: checks.length === 0 ? 1 : passed / checks.length,
      perfect: list.filter((s) => s.checks.every((c) => c.ok)).length,
    };
  };
  return [
    ...families.map((f) =>
      total(
        scores.filter((s) => s.page.family === f),
        f,
      ),
    ),
    total(scores, 'all'),
  ];
}
