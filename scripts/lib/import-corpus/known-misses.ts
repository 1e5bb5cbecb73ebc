/**
 * The development pages' misses we have looked at and chosen to leave
 * (`dev/known-misses.yaml`): each with the check it fails and why. npm test holds
 * every page to exactly its list, so a new miss fails and so does a fixed one
 * (take it off the list), and the file stays a true account of what the importer
 * does not read.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { CORPUS_DIR } from './corpus.ts';
import { readYamlWith } from './expectation.ts';

const knownMissSchema = z.strictObject({
  /** `newspaper/r3-qcwb-aging-home`. */
  page: z.string().regex(/^[a-z-]+\/[\w-]+$/, 'family/name'),
  /** The check that fails, as the scorer names it (`frontmatter.source`, `body.figures.caption`). */
  what: z.string().min(1),
  reason: z.string().min(10, 'say why the miss is left'),
});

export type KnownMiss = z.infer<typeof knownMissSchema>;

export const KNOWN_MISSES_FILE = join(CORPUS_DIR, 'dev/known-misses.yaml');

export function readKnownMisses(file = KNOWN_MISSES_FILE): KnownMiss[] {
  return existsSync(file) ? readYamlWith(file, z.array(knownMissSchema)) : [];
}

/** The names of the checks a page is expected to fail, sorted (a check may fail more than once). */
export function knownMissesOf(misses: readonly KnownMiss[], page: string): string[] {
  return misses
    .filter((m) => m.page === page)
    .map((m) => m.what)
    .sort();
}
