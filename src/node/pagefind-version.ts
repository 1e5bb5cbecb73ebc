/** The installed Pagefind's version: a new one writes a different index (the search stage's digests, the site manifest). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// From the project's node_modules by path: inside Astro's bundled pages this module's URL is the bundle's, so it is not resolved from here.
export const PAGEFIND_VERSION: string = (
  JSON.parse(readFileSync(fileURLToPath(new URL('node_modules/pagefind/package.json', `file://${process.cwd()}/`)), 'utf8')) as { version: string }
).version;
