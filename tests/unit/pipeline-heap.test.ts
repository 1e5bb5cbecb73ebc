import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PIPELINE_HEAP_FLAG } from '../../scripts/lib/build/heap.ts';
import { ROOT } from '../../scripts/lib/repo-root.ts';

const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('the pipeline heap', () => {
  // Node's default heap ran out at 100,000 articles: the commands an editor and the server run must raise it,
  // and the bench and the tests start the scripts with the same flag, so they measure what runs.
  test.each(['build', 'publisher'])('npm run %s gives the pipeline the heap the bench measures', (name) => {
    expect(scripts[name]).toBe(`node ${PIPELINE_HEAP_FLAG} scripts/${name}.ts`);
  });

  test('the flag raises the heap above Node’s default of about 4 GB', () => {
    expect(Number(PIPELINE_HEAP_FLAG.match(/^--max-old-space-size=(\d+)$/)?.[1])).toBeGreaterThan(4096);
  });
});
