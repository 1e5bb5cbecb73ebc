/**
 * Slowing down password guessing: after a few failed sign-ins for one name,
 * or from one address, further tries are refused for a while that doubles
 * with each failure (1 s, 2 s, 4 s … up to 15 min). A success clears both.
 */

/** Failures allowed before the lock starts: per name, and per address (an office shares one). */
export const FREE_FAILURES = { name: 3, address: 20 } as const;

/**
 * The longest lock per kind: a name can be locked for long (guessing one clerk's
 * password); an address only briefly, since a whole office may share it and one
 * person typing made-up names must not lock everyone out for a quarter of an hour.
 */
export const MAX_LOCK = { name: 15 * 60 * 1000, address: 60 * 1000 } as const;

const FIRST_LOCK_MS = 1000;
export const MAX_LOCK_MS = 15 * 60 * 1000;
/** A key with no failure for this long starts again from zero (longer than the longest lock). */
const FORGET_MS = 60 * 60 * 1000;
/** Made-up names cost a row each: the table keeps at most this many, dropping the oldest. */
const MAX_ROWS = 10_000;

/** How long a key stays locked after its `failures`-th failure, given `free` failures without one. */
export function lockFor(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(FIRST_LOCK_MS * 2 ** Math.min(failures - free, 30), MAX_LOCK_MS);
}

export interface Throttle {
  /** Milliseconds until any of `keys` may try again (0: now). */
  waitMs(keys: readonly ThrottleKey[]): number;
  failed(keys: readonly ThrottleKey[]): void;
  succeeded(keys: readonly ThrottleKey[]): void;
}

export interface ThrottleKey {
  kind: keyof typeof FREE_FAILURES;
  value: string;
}

export function createThrottle(now: () => number): Throttle {
  const table = new Map<string, { failures: number; until: number; last: number }>();
  const id = (k: ThrottleKey) => `${k.kind}\u0000${k.value}`;
  return {
    waitMs(keys) {
      return Math.max(0, ...keys.map((k) => (table.get(id(k))?.until ?? 0) - now()));
    },
    failed(keys) {
      for (const [key, entry] of table) if (now() - entry.last > FORGET_MS) table.delete(key);
      for (const k of keys) {
        const failures = (table.get(id(k))?.failures ?? 0) + 1;
        // Deleted first, so the row moves to the end of the Map's order: the first row is the oldest.
        table.delete(id(k));
        table.set(id(k), { failures, until: now() + Math.min(lockFor(failures, FREE_FAILURES[k.kind]), MAX_LOCK[k.kind]), last: now() });
      }
      for (const key of [...table.keys()].slice(0, Math.max(0, table.size - MAX_ROWS))) table.delete(key);
    },
    succeeded(keys) {
      for (const k of keys) table.delete(id(k));
    },
  };
}
