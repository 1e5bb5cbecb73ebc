/**
 * How a 红榜 prints as an A4 notice-board poster. The roll is set in the
 * largest tier that fits the sheet (cards with the deed for a short roll, then
 * names in ever more columns), so a short roll fills the sheet with large type
 * and a long one falls back to a grid. Decided here, from counts and heights
 * measured in Chromium, so the rule is tested without a browser; the print
 * styles that give each tier its size are in HonorPoster.astro.
 */
import type { HonorYear } from '../site/groupings.ts';

/** How a roll prints: `cards` (name, community, deed) for a short roll, `names` in a grid for a long one. */
export type PosterLayout = 'cards' | 'names';

/** One way to set the roll, with the heights its print styles give (HonorPoster.astro, `data-tier`). */
export interface PosterTier {
  readonly id: string;
  readonly layout: PosterLayout;
  /** Cells side by side in each category. */
  readonly columns: number;
  /** The names' type size in pt, as the print styles set it (poster.spec measures it). */
  readonly namePt: number;
  /** A row of cells in mm, the gap under it included, without and with the honoree's community line (cards show it beside the name). */
  readonly rowMm: { readonly alone: number; readonly withCommunity: number };
  /** A category's fixed height in mm: its heading with its margin, and the 3 mm gap to the next block less its last row's 2 mm gap. */
  readonly headingMm: number;
}

/** Tiers from the largest type down; the last is the fallback for a roll that needs more than one sheet. */
export const POSTER_TIERS = [
  { id: 'cards-1', layout: 'cards', columns: 1, namePt: 28, rowMm: { alone: 29.5, withCommunity: 29.5 }, headingMm: 11 },
  { id: 'cards-2', layout: 'cards', columns: 2, namePt: 20, rowMm: { alone: 30, withCommunity: 30 }, headingMm: 11 },
  { id: 'names-3', layout: 'names', columns: 3, namePt: 24, rowMm: { alone: 13.2, withCommunity: 19.2 }, headingMm: 11 },
  { id: 'names-4', layout: 'names', columns: 4, namePt: 20, rowMm: { alone: 11.4, withCommunity: 17 }, headingMm: 11 },
  { id: 'names-5', layout: 'names', columns: 5, namePt: 16, rowMm: { alone: 9.4, withCommunity: 14.5 }, headingMm: 11 },
  // Each category's name beside its names, not over them: a heading line less a category.
  { id: 'rows-4', layout: 'names', columns: 4, namePt: 16, rowMm: { alone: 9.4, withCommunity: 14.5 }, headingMm: 1 },
] as const satisfies readonly PosterTier[];

/**
 * Height in mm the roll may take on the first sheet: the poster's 272 (A4's 297 less
 * 12 mm margins, 1 mm to spare) less the title band (37 with its margin) and the foot
 * (44: the 40 mm 落款, room for a seal over the issuer and date, and its margin), less
 * 3 mm for rounding. Measured in Chromium at the sheet's 186 mm width.
 */
export const POSTER_ROLL_MM = 188;
/** A year heading with its gap, on a roll of several years (a community's roll). */
export const POSTER_YEAR_HEADING_MM = 12;
/** The gap between blocks (categories, years), counted in each block's height; the last block has none. */
const BLOCK_GAP_MM = 3;

/** What a roll holds, as the poster's layout needs it. */
export interface RollSize {
  /** Every name on the roll. */
  names: number;
  /** Categories, across all years. */
  categories: number;
  /** Year headings: one a year on a roll of several years, none on one year's roll. */
  years: number;
}

/** Counts a roll's names, categories and year headings. */
export function rollSize(years: readonly HonorYear<unknown>[]): RollSize {
  const categories = years.flatMap((y) => y.categories);
  return {
    names: categories.reduce((sum, c) => sum + c.entries.length, 0),
    categories: categories.length,
    years: years.length > 1 ? years.length : 0,
  };
}

/** What the poster's slot can print and what each cell shows. */
export interface PosterRoll {
  /** The slot renders cards (HonorRoll), which may also print as names; `names` (HonorNameList) prints names only. */
  renders: PosterLayout;
  /** Each honoree's community is shown: a roll that mixes communities, not one community's roll. */
  communities: boolean;
}

/** The tier a roll prints in, and whether it fits one sheet. */
export interface PosterPlan {
  tier: (typeof POSTER_TIERS)[number];
  /** False for a roll longer than one sheet even in the densest tier: it runs on, a category never split, onto further sheets. */
  fits: boolean;
}

/** Height in mm of `years` set in `tier`. */
export function rollHeightMm(years: readonly HonorYear<unknown>[], tier: PosterTier, communities: boolean): number {
  const row = communities ? tier.rowMm.withCommunity : tier.rowMm.alone;
  const categories = years.flatMap((y) => y.categories);
  const rows = categories.reduce((sum, c) => sum + Math.ceil(c.entries.length / tier.columns), 0);
  if (rows === 0) return 0;
  return rows * row + categories.length * tier.headingMm + rollSize(years).years * POSTER_YEAR_HEADING_MM - BLOCK_GAP_MM;
}

/** The largest tier that fits one sheet; when none does, the densest, over as many sheets as it needs. */
export function planPoster(years: readonly HonorYear<unknown>[], roll: PosterRoll): PosterPlan {
  const tiers = POSTER_TIERS.filter((tier) => roll.renders === 'cards' || tier.layout === 'names');
  for (const tier of tiers) {
    if (rollHeightMm(years, tier, roll.communities) <= POSTER_ROLL_MM) return { tier, fits: true };
  }
  // The filter keeps the names tiers whatever the slot renders, so there is a last one.
  return { tier: tiers[tiers.length - 1]!, fits: false };
}

/**
 * The one community every honoree on the roll is from, or undefined when the roll mixes
 * communities (or is empty). Such a roll is that community's own: its 居民委员会 issues
 * the poster, and a community line under each name would say the same thing forty times.
 */
export function rollCommunity<T>(years: readonly HonorYear<T>[], communityOf: (entry: T) => string): string | undefined {
  const communities = new Set(years.flatMap((y) => y.categories.flatMap((c) => c.entries.map(communityOf))));
  return communities.size === 1 ? [...communities][0] : undefined;
}

/**
 * The page's public address for the poster's QR code: the page path under the site's URL.
 * Joined, not resolved as `new URL(path, site)`, so a site served under a sub-path keeps it.
 */
export function posterAddress(pagePath: string, siteUrl: string): string {
  const site = new URL(siteUrl);
  const base = site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`;
  const path = pagePath.startsWith(base) ? pagePath.slice(base.length) : pagePath.replace(/^\/+/, '');
  return new URL(path, new URL(base, site)).href;
}
