/**
 * What the desk page hands the bundle: the Decap config, the site's CSS for
 * the preview and the build interval, in one JSON block (page.ts writes it), so no second request.
 */

/** The id of the `<script type="application/json">` block page.ts writes. */
export const DESK_DATA_ID = 'desk-data';

/** A collection as the client needs it from the generated config. */
export interface DeskCollection {
  name: string;
  extension: string;
  format: string;
  identifier_field: string;
  fields: readonly { name: string; widget: string }[];
}

export interface DeskData {
  config: { collections: readonly DeskCollection[] } & Record<string, unknown>;
  /** Raw CSS text of the site's styles for the preview pane. */
  css: string;
  /** How often the site is rebuilt (SITE.publishEveryMinutes), for the line after a save. */
  publishEveryMinutes: number;
  /** The desk's SITE_NOW in milliseconds, when it was started with one: the page's clock (clock.ts) stops there too. */
  siteNow?: number;
}

/** Reads the block page.ts wrote. */
export function readDeskData(doc: Document): DeskData {
  const text = doc.getElementById(DESK_DATA_ID)?.textContent;
  if (!text) throw new Error(`desk: #${DESK_DATA_ID} missing from the page`);
  return JSON.parse(text) as DeskData;
}
