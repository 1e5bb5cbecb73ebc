/**
 * Builds the sample site once for all browser tests (the same pipeline as
 * `npm run build`, into a temporary folder, at a fixed SITE_NOW) and serves it
 * with nginx and the config in deploy/nginx/.
 */
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, runBuild, SITE_NOW, tempDir } from '../../support/build.ts';
import { serveWithNginx } from '../../../scripts/lib/browser/nginx.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = join(tempDir('e2e'), 'dist');
  const run = runBuild({ CONTENT_DIR: join(ROOT, 'content'), SITE_NOW, OUT_DIR: dist });
  if (run.status !== 0) throw new Error(`build for browser tests failed:\n${run.output}`);
  // The production web server with the repo's own config (deploy/nginx/), as a site owner runs it.
  const server = await serveWithNginx(dist);
  project.provide('baseUrl', server.url);
  project.provide('distDir', dist);
  return server.close;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}
