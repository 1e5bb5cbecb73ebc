/**
 * Builds the desk's browser bundle (Decap CMS plus our client code) with
 * esbuild. A build takes ~10 s, so it is kept and reused until an input
 * changes: the lockfile (every npm package) or one of our own source files.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ENTRY = join(ROOT, 'scripts/lib/desk/client/main.ts');
const BUNDLE = 'desk.js';
const STAMP = 'desk.inputs.json';

/** What the last build was made from: our source files (repo-relative) and the hash over them and the lockfile. */
interface Stamp {
  files: string[];
  hash: string;
}

async function hashOf(files: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of ['package-lock.json', ...files]) {
    hash.update(`${file}\0`);
    hash.update(await readFile(join(ROOT, file)).catch(() => Buffer.from('missing')));
  }
  return hash.digest('hex');
}

async function readStamp(outDir: string): Promise<Stamp | undefined> {
  try {
    return JSON.parse(await readFile(join(outDir, STAMP), 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

/** The path of an up-to-date `desk.js` in `outDir`, building it only when an input changed. */
export async function buildDeskBundle(outDir: string): Promise<string> {
  const out = resolve(outDir, BUNDLE);
  const stamp = await readStamp(outDir);
  if (stamp && (await hashOf(stamp.files)) === stamp.hash) {
    const exists = await readFile(out).then(
      () => true,
      () => false,
    );
    if (exists) return out;
  }
  await mkdir(outDir, { recursive: true });
  const temp = `${out}.${process.pid}.tmp`;
  const result = await build({
    entryPoints: [ENTRY],
    outfile: temp,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    // The site configuration reads its SITE_CONFIG file with Node: in the page, a stand-in with none.
    plugins: [
      {
        name: 'site-overrides-in-browser',
        setup: (b) => b.onResolve({ filter: /\/node\/site-overrides\.ts$/ }, () => ({ path: join(ROOT, 'scripts/lib/desk/client/site-overrides.ts') })),
      },
    ],
    absWorkingDir: ROOT,
    metafile: true,
    logLevel: 'error',
  });
  // Inputs under node_modules are covered by the lockfile's hash; `(disabled):fs`
  // and the like are esbuild's stand-ins for Node modules, not files.
  const files = Object.keys(result.metafile.inputs)
    .filter((input) => !input.startsWith('(') && !input.split('/').includes('node_modules'))
    .sort();
  await rename(temp, out);
  await writeFile(join(outDir, STAMP), JSON.stringify({ files, hash: await hashOf(files) } satisfies Stamp));
  return out;
}
