// Decap's own file-name rule, which desk-photo-names.test.ts runs against the desk's config.
declare module 'decap-cms-core/dist/esm/lib/urlHelper.js' {
  export function sanitizeSlug(str: string, options?: unknown): string;
}
