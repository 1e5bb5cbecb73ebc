/**
 * The clerks file: account names and password hashes, kept outside the site's
 * repository (default `.desk/clerks.json` in this checkout), readable by its
 * owner only, replaced whole by an atomic rename.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../../../../src/node/write-atomic.ts';
import { t } from '../../../../src/i18n/zh-CN.ts';
import { cleanClerkName } from '../../../../src/lib/desk/clerk-name.ts';
import { isPasswordHash, type PasswordHash } from './passwords.ts';

/** Name → password hash. */
export type Clerks = ReadonlyMap<string, PasswordHash>;

/** The file's clerks; none when it does not exist. Throws, naming the file, when it cannot be read. */
export function readClerks(file: string): Clerks {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw new Error(t('desk.clerks.badFile', { file, reason: (error as Error).message }), { cause: error });
  }
  return parseClerks(text, file);
}

function parseClerks(text: string, file: string): Clerks {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(t('desk.clerks.badFile', { file, reason: (error as Error).message }), { cause: error });
  }
  const clerks = (value as { clerks?: unknown } | null)?.clerks;
  if (clerks === null || typeof clerks !== 'object' || Array.isArray(clerks)) throw new Error(t('desk.clerks.badFile', { file, reason: 'clerks' }));
  const out = new Map<string, PasswordHash>();
  for (const [name, hash] of Object.entries(clerks)) {
    if (cleanClerkName(name) !== name || !isPasswordHash(hash)) throw new Error(t('desk.clerks.badFile', { file, reason: `clerks.${name}` }));
    out.set(name, hash);
  }
  return out;
}

/**
 * Replaces the file with `clerks` atomically (a temporary file created
 * exclusively, mode 0600, renamed over it), so a crash leaves the old file or
 * the new one and nobody else can read either.
 */
export function writeClerks(file: string, clerks: Clerks): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileAtomic(file, `${JSON.stringify({ version: 1, clerks: Object.fromEntries(clerks) }, null, 2)}\n`, { mode: 0o600 });
}
