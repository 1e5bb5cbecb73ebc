/**
 * The reader's text size and contrast choices. Stored in localStorage and
 * applied to <html> as data attributes before first paint.
 *
 * `parsePrefs` and `prefsAttributes` are also serialised with `Function#toString`
 * into the tiny inline script that runs before paint, so each must stay
 * self-contained: no references to anything outside its own body.
 */

export type TextSize = 'standard' | 'large' | 'xlarge';
export type Contrast = 'normal' | 'high';

export interface ReadingPrefs {
  size: TextSize;
  contrast: Contrast;
}

export const PREFS_KEY = 'shequ-reading';
export const TEXT_SIZES: readonly TextSize[] = ['standard', 'large', 'xlarge'];

/** Reads stored prefs; anything unreadable falls back to the defaults. */
export function parsePrefs(raw: string | null): ReadingPrefs {
  let size: TextSize = 'standard';
  let contrast: Contrast = 'normal';
  try {
    const value: unknown = raw === null ? null : JSON.parse(raw);
    if (typeof value === 'object' && value !== null) {
      const { size: s, contrast: c } = value as Record<string, unknown>;
      if (s === 'large' || s === 'xlarge') size = s;
      if (c === 'high') contrast = c;
    }
  } catch {
    // corrupt storage: defaults
  }
  return { size, contrast };
}

/** The attributes <html> gets for `prefs`; the defaults add none, so the page without script looks the same. */
export function prefsAttributes(prefs: ReadingPrefs): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (prefs.size !== 'standard') attributes['data-text-size'] = prefs.size;
  if (prefs.contrast !== 'normal') attributes['data-contrast'] = prefs.contrast;
  return attributes;
}

export function serializePrefs(prefs: ReadingPrefs): string {
  return JSON.stringify(prefs);
}
