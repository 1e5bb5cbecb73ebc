/**
 * The clerk's name (署名), which the desk's server writes as the author of
 * every commit. The browser keeps it in a cookie on the desk's own origin,
 * so it travels with Decap's requests without changing Decap.
 */

export const CLERK_COOKIE = 'desk_clerk';

/** Longest name accepted: a person's name, not a sentence. */
export const CLERK_NAME_MAX = 20;

/**
 * The name as it will be recorded, or undefined when it cannot be one: empty,
 * too long, or holding characters that would break a commit's author line.
 */
export function cleanClerkName(input: string): string | undefined {
  const name = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (name === '' || [...name].length > CLERK_NAME_MAX) return undefined;
  // git's author is `Name <email>`: angle brackets would end the name.
  if (/[<>\p{Cc}\p{Cf}]/u.test(name)) return undefined;
  // git refuses a name made only of punctuation (`.`, `...`): the commit would fail after the write.
  if (!/[\p{L}\p{N}]/u.test(name)) return undefined;
  return name;
}

/** The `document.cookie` assignment that stores `name` (for the session). */
export function clerkCookie(name: string): string {
  return `${CLERK_COOKIE}=${encodeURIComponent(name)}; path=/; SameSite=Strict`;
}

/** The clerk's name from a `Cookie` header or `document.cookie`, if one is set and valid. */
export function readClerk(cookieHeader: string | undefined): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1 || part.slice(0, eq).trim() !== CLERK_COOKIE) continue;
    try {
      return cleanClerkName(decodeURIComponent(part.slice(eq + 1).trim()));
    } catch {
      return undefined; // a malformed %-escape
    }
  }
  return undefined;
}
