/**
 * Adds the session's token (`x-desk-csrf`) to the page's requests to the
 * desk's own `/api/`: the server refuses a change without it, and only a page
 * served by the desk can read the token. Composes with other wrappers:
 * `window.fetch = other(withCsrf(window.fetch.bind(window), csrf, location.href))`.
 */

export const CSRF_HEADER = 'x-desk-csrf';

/** `fetchImpl` with the token added to same-origin `/api/` requests; `page` is the page's URL. */
export function withCsrf(fetchImpl: typeof fetch, token: string, page: string): typeof fetch {
  const origin = new URL(page).origin;
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), page);
    if (url.origin !== origin || !url.pathname.startsWith('/api/')) return fetchImpl(input, init);
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    headers.set(CSRF_HEADER, token);
    return fetchImpl(input, { ...init, headers });
  };
}
