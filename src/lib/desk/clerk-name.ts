/**
 * A clerk's account name, which the desk's server writes as the author of
 * every commit, and the rule for the account's password.
 */

/** Longest name accepted: a person's name, not a sentence. */
export const CLERK_NAME_MAX = 20;

/** Shortest password accepted, in characters. */
export const PASSWORD_MIN = 8;

/** Longest password accepted: hashing is deliberately slow, so no megabyte passwords. */
export const PASSWORD_MAX = 256;

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

/**
 * The password as it is hashed (NFC, so two input methods typing the same
 * characters agree), or undefined when it is too short or too long.
 */
export function cleanPassword(input: string): string | undefined {
  const password = input.normalize('NFC');
  const length = [...password].length;
  return length >= PASSWORD_MIN && length <= PASSWORD_MAX ? password : undefined;
}
