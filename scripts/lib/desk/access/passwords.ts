/**
 * Password hashes for the desk's clerk accounts: scrypt (node:crypto) with a
 * random salt, the cost parameters stored beside the hash so they can be
 * raised later without breaking the accounts already made.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** One stored password. */
export interface PasswordHash {
  algorithm: 'scrypt';
  /** scrypt's cost (N), block size (r) and parallelism (p). */
  N: number;
  r: number;
  p: number;
  /** base64 */
  salt: string;
  /** base64; its length is the key length. */
  hash: string;
}

/** About 50 ms and 16 MB on an office computer: slow for guessing, quick enough for a sign-in. */
const COST = { N: 2 ** 14, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions, length: number): Promise<Buffer> {
  // maxmem above scrypt's own need (128·N·r), which Node's 32 MB default refuses at N = 2^15.
  const maxmem = 256 * (options.N ?? COST.N) * (options.r ?? COST.r);
  return new Promise((resolve, reject) => scrypt(password, salt, length, { ...options, maxmem }, (error, key) => (error ? reject(error) : resolve(key))));
}

/** A fresh hash of `password` (already checked with cleanPassword). */
export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST, KEY_LENGTH);
  return { algorithm: 'scrypt', ...COST, salt: salt.toString('base64'), hash: key.toString('base64') };
}

/** Whether `password` is the one `stored` was made from, compared in constant time. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  if (expected.length === 0) return false;
  const key = await derive(password.normalize('NFC'), Buffer.from(stored.salt, 'base64'), { N: stored.N, r: stored.r, p: stored.p }, expected.length);
  return timingSafeEqual(key, expected);
}

/** Whether `value` has the shape of a stored hash (the clerks file is read from disk). */
export function isPasswordHash(value: unknown): value is PasswordHash {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const positive = (n: unknown) => Number.isSafeInteger(n) && (n as number) > 0;
  return (
    v['algorithm'] === 'scrypt' && positive(v['N']) && positive(v['r']) && positive(v['p']) && typeof v['salt'] === 'string' && typeof v['hash'] === 'string'
  );
}
