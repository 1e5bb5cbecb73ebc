/** Runs axe-core in a page and returns its violations as readable lines. */
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

/** axe's violations for `tags` (or for the named rules), one line each. */
export async function axeViolations(
  page: Page | Frame,
  options: { tags?: string[]; rules?: string[]; include?: string } = { tags: WCAG_22_AA },
): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SOURCE });
  const runOnly = options.rules ? { type: 'rule', values: options.rules } : { type: 'tag', values: options.tags ?? WCAG_22_AA };
  const result = (await page.evaluate(
    ([include, only]) =>
      (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } }).axe.run(include ? { include: [include] } : document, {
        runOnly: only,
      }),
    [options.include, runOnly] as const,
  )) as AxeResult;
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
