/**
 * The build's settings from the environment, read once: `CONTENT_DIR` (which
 * content folder to build) and `SITE_NOW` (the instant that decides what is
 * published). Everything else takes them from here.
 */
import { resolveBuildEnv } from './node/content-files.ts';

export const BUILD_ENV = resolveBuildEnv(process.env, process.cwd());
