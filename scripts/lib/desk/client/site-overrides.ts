/**
 * The desk page's stand-in for src/node/site-overrides.ts: the browser has no `SITE_CONFIG` file to
 * read, and the page uses only the configuration's fixed fields (honor categories, page rules).
 */
export const readSiteOverrides = (): Record<string, never> => ({});
