/**
 * The desk page's "now" for publish states (定时, 草稿): the server's SITE_NOW when it
 * was started with one (src/env.ts), so the page and the server's checks agree on what
 * is scheduled; otherwise the browser's clock.
 */
let pinned: number | undefined;

/** Called once with the page data's `siteNow`. */
export function pinDeskClock(siteNow: number | undefined): void {
  pinned = siteNow;
}

export function deskNow(): Date {
  return pinned === undefined ? new Date() : new Date(pinned);
}
