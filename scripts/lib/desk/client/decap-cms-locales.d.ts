// decap-cms-locales ships no types; the desk uses one locale object.
declare module 'decap-cms-locales' {
  export const zh_Hans: Record<string, unknown>;
}
