/**
 * What a corpus page must import to (`<name>.expect.yaml`, format in
 * tests/fixtures/import/corpus/README.md), read and checked with zod so a typo in
 * an expectation is an error naming the file, never a check that silently passes.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse } from 'yaml';

const names = z.array(z.string().min(1));

export const FRONT_MATTER_KEYS = [
  'kicker',
  'title',
  'subtitle',
  'publishedAt',
  'source',
  'authors',
  'correspondents',
  'photographers',
  'editor',
  'review',
] as const;

const frontMatter = z.strictObject({
  kicker: z.string().min(1).optional(),
  title: z.string().min(1),
  subtitle: z.string().min(1).optional(),
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?$/)
    .optional(),
  source: z.string().min(1).optional(),
  authors: names.optional(),
  correspondents: names.optional(),
  photographers: names.optional(),
  editor: z.string().min(1).optional(),
  review: z.strictObject({ first: z.string().min(1).optional(), second: z.string().min(1).optional(), final: z.string().min(1).optional() }).optional(),
});

export const ASSUMED_AS = ['source', 'subtitle'] as const;

export const expectationSchema = z.strictObject({
  family: z.string().min(1),
  page: z.string().min(1),
  frontmatter: frontMatter,
  body: z.strictObject({
    contains: z.array(z.string().min(1)).default([]),
    absent: z.array(z.string().min(1)).default([]),
    figures: z.array(z.string()).optional(),
    headings: z.array(z.string().min(1)).optional(),
  }),
  report: z
    .strictObject({
      dayOnly: z.boolean().optional(),
      chrome: z.array(z.string().min(1)).default([]),
      aboveTitle: z.array(z.string().min(1)).default([]),
      assumed: z.array(z.strictObject({ line: z.string().min(1), as: z.enum(ASSUMED_AS) })).default([]),
    })
    .default({ chrome: [], aboveTitle: [], assumed: [] }),
});

export type Expectation = z.infer<typeof expectationSchema>;

export class ExpectationError extends Error {}

/** Reads one `.expect.yaml`; throws naming the file and every bad field. */
export function readExpectation(file: string): Expectation {
  return readYamlWith(file, expectationSchema);
}

/** Reads a YAML file against a schema; throws naming the file and every bad field. */
export function readYamlWith<T>(file: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ExpectationError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
  throw new ExpectationError(`${file}:\n  ${problems.join('\n  ')}`);
}
