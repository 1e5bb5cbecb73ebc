/**
 * How a 红榜 prints on one A4 notice-board sheet. A short roll prints as cards
 * (badge or portrait, name, community, deed); a long one as names only, by
 * category in three columns, so up to POSTER_NAME_LIMIT names still fit one
 * sheet. Decided here, from counts, so the rule is tested without a browser.
 */
import type { HonorYear } from './groupings.ts';

/** How a roll prints: `cards` for a short roll, `names` (names in columns) for a long one. */
export type PosterLayout = 'cards' | 'names';

/** Most names a poster prints as cards; past a dozen a roll reads better as a list of names. */
export const POSTER_CARD_LIMIT = 12;
/** Cards side by side on the printed sheet (A4 less 15 mm margins is 180 mm: two 88 mm cards). */
export const POSTER_CARD_COLUMNS = 2;
/**
 * Height in mm the roll may take on the sheet: A4's 297 less two 15 mm margins,
 * the title band (29 mm with its margin) and the QR code (28 mm), less a few mm
 * to spare for rounding in the browser's print layout. Measured in Chromium.
 */
export const POSTER_ROLL_HEIGHT_MM = 205;
/** A row of printed cards, the gap under it included (HonorRoll's print styles clamp the deed to two lines). */
export const POSTER_CARD_ROW_MM = 29;
/** A category or year heading on the printed sheet, margins included. */
export const POSTER_HEADING_MM = 12;
/** Most names one sheet holds as names in columns; a longer roll may run onto a second sheet. */
export const POSTER_NAME_LIMIT = 40;

/** What a roll holds, as the poster's layout needs it. */
export interface RollSize {
  /** Every name on the roll. */
  names: number;
  /** Rows of cards, each category starting a new row. */
  cardRows: number;
  /** Category headings plus, on a roll of several years, year headings. */
  headings: number;
}

/** Counts a roll's names, card rows and headings, across all its years. */
export function rollSize(years: readonly HonorYear<unknown>[]): RollSize {
  const categories = years.flatMap((y) => y.categories);
  return {
    names: categories.reduce((sum, c) => sum + c.entries.length, 0),
    cardRows: categories.reduce((sum, c) => sum + Math.ceil(c.entries.length / POSTER_CARD_COLUMNS), 0),
    headings: categories.length + (years.length > 1 ? years.length : 0),
  };
}

/** Cards while there are at most a dozen and they fit one sheet, otherwise names only. */
export function posterLayout(years: readonly HonorYear<unknown>[]): PosterLayout {
  const size = rollSize(years);
  const cardsHeight = size.cardRows * POSTER_CARD_ROW_MM + size.headings * POSTER_HEADING_MM;
  return size.names <= POSTER_CARD_LIMIT && cardsHeight <= POSTER_ROLL_HEIGHT_MM ? 'cards' : 'names';
}
