/** The repository's root folder (with a trailing slash), wherever the checkout lives. */
export const ROOT = new URL('../..', import.meta.url).pathname;
