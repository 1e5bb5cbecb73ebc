/**
 * `astro build` bundles the whole content store into the server build as one string
 * module (`export default JSON.parse("…")`): at 10,000 articles a 67 MB module that
 * Vite parses and writes on every build, whatever it renders. Here the bundle reads the
 * store's file when the pages are rendered instead (the build runs where the file is).
 * The chunked store's modules (`collectionStorage: 'chunked'`) are read from disk the same way.
 * Measured in docs/performance.md ("Publish latency").
 *
 * This leans on Astro's internals (the virtual module ids and the store's file names in
 * `astro/dist/content/consts.js`): tests/unit/integrations.test.ts checks them against the
 * installed Astro, so an upgrade that moves them fails there, not as an empty site.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's resolved id of the whole store's module (`RESOLVED_DATA_STORE_VIRTUAL_ID`). */
export const STORE_MODULE_ID = '\0astro:data-layer-content';
/** Astro's resolved id of one chunk's module; the group is the chunk's file name in CHUNKS_DIR. */
export const CHUNK_MODULE_ID = /^\0astro:data-layer-content-chunk:([a-f0-9]{16}\.txt)\.mjs$/;
/** The store's file and the chunks' folder in Astro's cacheDir (`DATA_STORE_FILE`, `DATA_STORE_DIR`). */
export const STORE_FILE = 'data-store.json';
export const CHUNKS_DIR = 'data-store/';

/** A module that reads `file` when it is imported: the parsed JSON, or the text of a chunk. */
function readingModule(file: URL, parse: boolean): string {
  // Astro swallows an error loading the store and renders an empty site (the pipeline then
  // finds the pages missing): say why here.
  return [
    "import { readFileSync } from 'node:fs';",
    'let text;',
    `try { text = readFileSync(${JSON.stringify(fileURLToPath(file))}, 'utf8'); } ` +
      "catch (error) { console.error('content store could not be read:', error); throw error; }",
    `export default ${parse ? 'JSON.parse(text)' : 'text'};`,
  ].join('\n');
}

/** The module for a virtual id, or null to leave it to Astro. */
export function storeModule(id: string, cacheDir: URL, chunked: boolean): string | null {
  const store = new URL(STORE_FILE, cacheDir);
  if (id === STORE_MODULE_ID && !chunked && existsSync(store)) return readingModule(store, true);
  const chunk = CHUNK_MODULE_ID.exec(id)?.[1];
  return chunk ? readingModule(new URL(chunk, new URL(CHUNKS_DIR, cacheDir)), false) : null;
}

export function contentStoreFromDisk(): AstroIntegration {
  return {
    name: 'content-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const chunked = config.experimental.collectionStorage === 'chunked';
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'content-store-from-disk',
                enforce: 'pre',
                // Before Astro's own loader of these modules (a plugin's place in the list is not enough).
                load: { order: 'pre', handler: (id: string) => storeModule(id, config.cacheDir, chunked) },
              },
            ],
          },
        });
      },
    },
  };
}
