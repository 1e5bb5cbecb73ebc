/**
 * The widest a photo is published. Phones take 4000–8000 px photos; sized by the
 * original, Astro would publish them at full size (an 8000 px JPEG of 7 MB) for
 * a column 40em wide. Twice that column (720 px at the base size) is enough for
 * any screen that shows it.
 */
export const MAX_PHOTO_WIDTH = 1440;

/** The options Astro's image service gets, as far as size goes. */
export interface SizedOptions {
  width?: number | undefined;
  height?: number | undefined;
  widths?: number[] | undefined;
  sizes?: string | undefined;
  'data-astro-image'?: unknown;
  [key: string]: unknown;
}

/**
 * Caps a photo's width (and its srcset, and a constrained layout's `sizes`) at
 * `max`, keeping its proportions. Options within the cap come back unchanged.
 */
export function capPhotoWidth<O extends SizedOptions>(options: O, max = MAX_PHOTO_WIDTH): O {
  const { width, height } = options;
  if (width === undefined || width <= max) return options;
  const capped: O = { ...options, width: max };
  if (height !== undefined) capped.height = Math.round((height * max) / width);
  if (options.widths) {
    // Widths past the cap become the cap itself; a list within it is what its component chose.
    const kept = options.widths.filter((w) => w < max);
    if (kept.length < options.widths.length) capped.widths = [...kept, max].sort((a, b) => a - b);
  }
  if (options['data-astro-image'] === 'constrained') capped.sizes = `(min-width: ${max}px) ${max}px, 100vw`;
  return capped;
}
