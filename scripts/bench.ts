/**
 * `npm run bench -- [--sizes 1000,10000] [--large] [--smoke] [--repeat N] [--out DIR]`, `-- --district` for a district
 * of member sites and its portal (scripts/lib/bench/district.ts), or `-- --import`
 * to score the importer on its labelled corpus (scripts/lib/import-corpus/bench.ts):
 * our full build against Hugo + Pagefind on the same generated corpus, at each
 * size, interleaved; prints a table and writes results.json, report.txt and
 * chart.svg to the output folder (default bench-results/). See docs/performance.md.
 */
import { BenchUsageError, parseBenchArgs } from './lib/bench/options.ts';
import { runBench } from './lib/bench/run-bench.ts';
import { runImportBench } from './lib/import-corpus/bench.ts';
import { runDistrictBench } from './lib/bench/district.ts';

try {
  const options = parseBenchArgs(process.argv.slice(2));
  if (options.district) {
    // One total (the largest size given, 100,000 by default), split across the members.
    const total = process.argv.includes('--sizes') ? Math.max(...options.sizes) : 100_000;
    const result = await runDistrictBench(process.cwd(), { total, ...options.district, out: options.out, keep: options.keep });
    console.log(`\n${result.report}\n\nwrote ${result.outDir}/district.json, district-report.txt`);
  } else if (options.import) {
    console.log(`${await runImportBench(options.out)}\n\nwrote ${options.out}/import.json, import-report.txt`);
  } else {
    const result = await runBench(process.cwd(), options);
    console.log(`\n${result.report}\n\nwrote ${result.outDir}/results.json, report.txt, chart.svg`);
  }
} catch (error) {
  console.error(error instanceof BenchUsageError ? error.message : error);
  process.exitCode = 1;
}
